/**
 * A vote's tally as bar segments. Parts of a tally that were never reported
 * (abstentions or non-voting in some committee records) are not guessed: the
 * rest of the membership becomes one "not reported" segment.
 */
import type { Position, Vote } from "../../corpus/index.ts";
import { countPhrase, POSITION_ORDER } from "../positions/marks.ts";

/** The members of the General Assembly and of each of its main committees. */
export const UN_MEMBERS = 193;

export interface TallySegment {
  position: Position;
  count: number;
  /** Votes before this segment: where it starts on the count scale. */
  start: number;
}

export interface TallyBarData {
  voteId: string;
  symbol: string;
  segments: TallySegment[];
  /** Members whose position the record does not give (0 when the tally is complete). */
  notReported: number;
  /** Parts of the tally the record leaves out. */
  missing: Position[];
  /** The count the bar's full width stands for. */
  scale: number;
}

type TallyVote = Pick<Vote, "id" | "symbol" | "tally">;

/** Null for a vote with no tally (adopted without a vote): there is nothing to draw. */
export function tallyBarData(vote: TallyVote, members: number = UN_MEMBERS): TallyBarData | null {
  const tally = vote.tally;
  if (!tally) return null;
  const counts: Record<Position, number | null> = {
    yes: tally.yes,
    no: tally.no,
    abstain: tally.abstain,
    "non-voting": tally.nonVoting,
  };
  const segments: TallySegment[] = [];
  const missing: Position[] = [];
  let start = 0;
  for (const position of POSITION_ORDER) {
    const count = counts[position];
    if (count === null) {
      missing.push(position);
      continue;
    }
    segments.push({ position, count, start });
    start += count;
  }
  const scale = Math.max(members, start);
  return { voteId: vote.id, symbol: vote.symbol, segments, notReported: missing.length > 0 ? scale - start : 0, missing, scale };
}

/** "79 yes, 60 no, 33 abstentions, 21 non-voting" with what the record leaves out. */
export function tallySentence(data: TallyBarData): string {
  const parts = data.segments.map((s) => countPhrase(s.position, s.count));
  const missing = data.missing.map((p) => (p === "abstain" ? "abstentions" : p)).join(" and ");
  return missing ? `${parts.join(", ")}; ${missing} not reported` : parts.join(", ");
}
