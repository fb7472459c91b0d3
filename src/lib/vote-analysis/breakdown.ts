/**
 * How groups of states voted: by UN regional group, and by Budapest
 * Convention status on the day of each vote.
 */
import type { Actor, Position, StatusList, Vote } from "../../corpus/index.ts";
import { UN_REGIONS } from "../../corpus/schema/actor.ts";
import { countPositions } from "../../charts/positions/marks.ts";
import { TREATY_STATUS_ORDER, treatyStatusesAsOf, type TreatyStatus } from "./treaty-status.ts";

export interface GroupCounts<K extends string> {
  group: K;
  counts: Record<Position, number>;
  total: number;
}

type BreakdownVote = Pick<Vote, "positions" | "date">;
type BreakdownActor = Pick<Actor, "iso3" | "region">;

export function breakdownBy<K extends string>(
  vote: BreakdownVote,
  groupOf: (iso3: string) => K | undefined,
  groups: readonly K[],
): GroupCounts<K>[] {
  return groups.map((group) => {
    const positions = Object.entries(vote.positions)
      .filter(([iso3]) => groupOf(iso3) === group)
      .map(([, position]) => position);
    return { group, counts: countPositions(positions), total: positions.length };
  });
}

export function regionBreakdown(
  vote: BreakdownVote,
  states: readonly BreakdownActor[],
): GroupCounts<(typeof UN_REGIONS)[number]>[] {
  const regions = new Map(states.map((s) => [s.iso3, s.region]));
  return breakdownBy(vote, (iso3) => regions.get(iso3), UN_REGIONS);
}

/** Each state counted with the status it had on the day of this vote. */
export function treatyBreakdown(vote: BreakdownVote, list: StatusList | null | undefined): GroupCounts<TreatyStatus>[] {
  const statuses = treatyStatusesAsOf(list, Object.keys(vote.positions), vote.date);
  return breakdownBy(vote, (iso3) => statuses.get(iso3), TREATY_STATUS_ORDER);
}

/** Rows: position on the first vote; columns: position on the second. */
export function crossTab(a: Pick<Vote, "positions">, b: Pick<Vote, "positions">): Record<Position, Record<Position, number>> {
  const zero = (): Record<Position, number> => ({ yes: 0, no: 0, abstain: 0, "non-voting": 0 });
  const table: Record<Position, Record<Position, number>> = { yes: zero(), no: zero(), abstain: zero(), "non-voting": zero() };
  for (const [iso3, first] of Object.entries(a.positions)) {
    const second = b.positions[iso3];
    if (second) table[first][second] += 1;
  }
  return table;
}

/** "40-0-8 (6)": yes-no-abstain, non-voting in brackets; a group with no states is "—". */
export function formatCounts(counts: Record<Position, number>): string {
  const total = counts.yes + counts.no + counts.abstain + counts["non-voting"];
  if (total === 0) return "—";
  return `${counts.yes}-${counts.no}-${counts.abstain} (${counts["non-voting"]})`;
}
