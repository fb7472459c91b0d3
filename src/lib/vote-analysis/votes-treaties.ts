/**
 * Votes × treaties: how the member states voted on a resolution, split by
 * whether they have signed the UN Convention against Cybercrime and whether
 * they were (or are) Budapest parties. Pure; every cell lists its states so
 * the page can name them.
 */
import type { Actor, Position, StatusList, Vote } from "../../corpus/index.ts";
import { hasSigned, standingOn } from "../../corpus/status.ts";
import type { IsoDate } from "../../corpus/dates.ts";
import { POSITION_ORDER } from "../../charts/positions/marks.ts";

export const TREATY_GROUPS = ["signed-party", "signed-not-party", "not-signed-party", "neither"] as const;
export type TreatyGroup = (typeof TREATY_GROUPS)[number];

export const TREATY_GROUP_LABELS: Readonly<Record<TreatyGroup, string>> = {
  "signed-party": "Signed the UN Convention, Budapest party",
  "signed-not-party": "Signed the UN Convention, not a Budapest party",
  "not-signed-party": "Not signed, Budapest party",
  neither: "Not signed, not a Budapest party",
};

type State = Pick<Actor, "id" | "iso3" | "name" | "url">;

export interface VotesTreatiesTable {
  vote: Pick<Vote, "id" | "symbol" | "date">;
  /** The day Budapest membership is read on. */
  budapestDay: IsoDate;
  cells: Record<Position, Record<TreatyGroup, State[]>>;
  rowTotals: Record<Position, number>;
  columnTotals: Record<TreatyGroup, number>;
}

/** Member states with a recorded position; states that did not sign are those without a signature on record in the UN list. */
export function votesByTreaties(
  vote: Pick<Vote, "id" | "symbol" | "date" | "positions">,
  states: readonly State[],
  uncc: StatusList,
  budapest: StatusList,
  budapestDay: IsoDate,
): VotesTreatiesTable {
  const signed = new Set(uncc.entries.filter(hasSigned).map((e) => e.participant));
  const budapestById = new Map(budapest.entries.map((e) => [e.participant, e]));
  const empty = (): Record<TreatyGroup, State[]> => ({
    "signed-party": [],
    "signed-not-party": [],
    "not-signed-party": [],
    neither: [],
  });
  const cells = Object.fromEntries(POSITION_ORDER.map((p) => [p, empty()])) as Record<Position, Record<TreatyGroup, State[]>>;
  for (const state of [...states].sort((a, b) => a.name.localeCompare(b.name, "en"))) {
    const position = state.iso3 ? vote.positions[state.iso3] : undefined;
    if (!position) continue;
    const entry = budapestById.get(state.id);
    const party = entry !== undefined && standingOn(entry, budapestDay, budapest.asOf) === "party";
    const group: TreatyGroup = signed.has(state.id)
      ? party
        ? "signed-party"
        : "signed-not-party"
      : party
        ? "not-signed-party"
        : "neither";
    cells[position][group].push(state);
  }
  const rowTotals = Object.fromEntries(
    POSITION_ORDER.map((p) => [p, TREATY_GROUPS.reduce((n, g) => n + cells[p][g].length, 0)]),
  ) as Record<Position, number>;
  const columnTotals = Object.fromEntries(
    TREATY_GROUPS.map((g) => [g, POSITION_ORDER.reduce((n, p) => n + cells[p][g].length, 0)]),
  ) as Record<TreatyGroup, number>;
  return { vote, budapestDay, cells, rowTotals, columnTotals };
}

/** States with this position that signed the UN Convention (whatever their Budapest standing). */
export function signedAmong(table: VotesTreatiesTable, position: Position): State[] {
  return [...table.cells[position]["signed-party"], ...table.cells[position]["signed-not-party"]].sort((a, b) =>
    a.name.localeCompare(b.name, "en"),
  );
}
