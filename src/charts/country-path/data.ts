/**
 * A state's path through the record: its position in every vote, in date
 * order, and its standing under every treaty that has a status list.
 */
import type { Actor, Instrument, Position, StatusList, Vote } from "../../corpus/index.ts";
import { compareDates, yearOf } from "../../corpus/dates.ts";
import { treatyStatusAsOf, type TreatyStatus } from "../../lib/vote-analysis/treaty-status.ts";

/** A position, or why there is none: no country-level record, or no vote was taken. */
export type PathMark = Position | "no-record" | "without-vote";

export interface PathVote {
  id: string;
  symbol: string;
  url: string;
  date: string;
  year: number;
  body: Vote["body"];
  mark: PathMark;
}

export interface PathTreaty {
  id: string;
  shortName: string;
  url: string;
  status: TreatyStatus;
  signed?: string;
  ratified?: string;
  accession: boolean;
  asOf: string;
}

export interface CountryPathData {
  iso3: string;
  name: string;
  votes: PathVote[];
  treaties: PathTreaty[];
}

type PathActor = Pick<Actor, "kind" | "iso3" | "name">;
type PathVoteRecord = Pick<Vote, "id" | "symbol" | "url" | "date" | "body" | "adoptedWithoutVote" | "positions">;
/** An instrument with its status list. */
export interface PathInstrument {
  instrument: Pick<Instrument, "id" | "shortName" | "url">;
  list: Pick<StatusList, "asOf" | "entries">;
}

/** Null for anything that is not a member state: the chart is only for states. */
export function countryPathData(
  actor: PathActor,
  votes: readonly PathVoteRecord[],
  instruments: readonly PathInstrument[],
): CountryPathData | null {
  if (actor.kind !== "state" || !actor.iso3) return null;
  const iso3 = actor.iso3;
  const pathVotes = [...votes]
    .sort((a, b) => compareDates(a.date, b.date) || a.symbol.localeCompare(b.symbol, "en"))
    .map((vote): PathVote => ({
      id: vote.id,
      symbol: vote.symbol,
      url: vote.url,
      date: vote.date,
      year: yearOf(vote.date),
      body: vote.body,
      mark: vote.positions[iso3] ?? (vote.adoptedWithoutVote ? "without-vote" : "no-record"),
    }));
  const treaties = instruments.map(({ instrument, list }): PathTreaty => {
    const row = list.entries.find((r) => r.iso3 === iso3);
    return {
      id: instrument.id,
      shortName: instrument.shortName,
      url: instrument.url,
      status: treatyStatusAsOf(row, list.asOf, list.asOf),
      ...(row?.signed ? { signed: row.signed } : {}),
      ...(row?.ratified ? { ratified: row.ratified } : {}),
      accession: row?.kind === "accession",
      asOf: list.asOf,
    };
  });
  return { iso3, name: actor.name, votes: pathVotes, treaties };
}
