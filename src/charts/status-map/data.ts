/**
 * Every member state with its standing under one instrument, for the status
 * map, its legend and the list of states too small to see; participants that
 * are not member states (the EU, observer states) are listed beside it.
 */
import type { Actor, StatusEntry, StatusList } from "../../corpus/index.ts";
import { standingNow } from "../../corpus/status.ts";

/** The map's marks: the standing, plus a reported act without signature and a withdrawal, which DESIGN.md draws apart. */
export type StatusMark = "party" | "signatory" | "reported" | "withdrawn" | "neither";

export const STATUS_MARK_ORDER = [
  "party",
  "signatory",
  "reported",
  "withdrawn",
  "neither",
] as const satisfies readonly StatusMark[];

export const STATUS_MARK_LABELS: Readonly<Record<StatusMark, string>> = {
  party: "Party",
  signatory: "Signatory, not yet party",
  reported: "Reported, not confirmed",
  withdrawn: "Withdrawn",
  neither: "Neither",
};

export interface StatusMapState {
  iso3: string;
  name: string;
  url: string;
  mark: StatusMark;
}

export interface StatusMapData {
  instrument: string;
  states: StatusMapState[];
  counts: Record<StatusMark, number>;
  small: StatusMapState[];
  /** Participants without a shape on the member-state map, with their mark. */
  others: { participant: string; name: string; url: string; mark: StatusMark }[];
}

export function statusMark(entry: StatusEntry | undefined, list: Pick<StatusList, "asOf">): StatusMark {
  if (!entry) return "neither";
  const standing = standingNow(entry, list);
  if (standing === "neither" && entry.withdrawn) return "withdrawn";
  if (standing === "neither" && entry.kind === "reported") return "reported";
  return standing;
}

type MapActor = Pick<Actor, "id" | "iso3" | "name" | "url" | "kind">;

export function statusMapData(
  list: StatusList,
  instrumentName: string,
  actors: readonly MapActor[],
  small: ReadonlySet<string>,
): StatusMapData {
  const byParticipant = new Map(list.entries.map((e) => [e.participant, e]));
  const states = actors
    .filter((a) => a.kind === "state" && a.iso3)
    .map((a) => ({ iso3: a.iso3 ?? "", name: a.name, url: a.url, mark: statusMark(byParticipant.get(a.id), list) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  const counts: Record<StatusMark, number> = { party: 0, signatory: 0, reported: 0, withdrawn: 0, neither: 0 };
  for (const s of states) counts[s.mark] += 1;
  const memberIds = new Set(actors.filter((a) => a.kind === "state").map((a) => a.id));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const others = list.entries
    .filter((e) => !memberIds.has(e.participant))
    .map((e) => {
      const actor = actorById.get(e.participant);
      return { participant: e.participant, name: actor?.name ?? e.participant, url: actor?.url ?? "", mark: statusMark(e, list) };
    });
  return { instrument: instrumentName, states, counts, small: states.filter((s) => small.has(s.iso3)), others };
}
