/**
 * All member states grouped by UN regional group, each group sorted by
 * position (yes, no, abstain, non-voting) and then by name, so the cells of
 * one position sit together like a waffle chart.
 */
import type { Actor, Position, Vote } from "../../corpus/index.ts";
import { UN_REGIONS } from "../../corpus/schema/actor.ts";
import { countPositions, POSITION_ORDER } from "../positions/marks.ts";

export type Region = (typeof UN_REGIONS)[number];

export interface RegionCell {
  iso3: string;
  name: string;
  position: Position;
}

export interface RegionGroup {
  region: Region;
  cells: RegionCell[];
  counts: Record<Position, number>;
}

type RegionVote = Pick<Vote, "positions">;
type RegionActor = Pick<Actor, "iso3" | "name" | "region">;

/** Null when the vote has no country-level record. */
export function regionChartData(vote: RegionVote, states: readonly RegionActor[]): RegionGroup[] | null {
  if (Object.keys(vote.positions).length === 0) return null;
  const rank = (p: Position): number => POSITION_ORDER.indexOf(p);
  return UN_REGIONS.map((region) => {
    const cells = states.flatMap((s) => {
      const position = s.iso3 ? vote.positions[s.iso3] : undefined;
      return s.region === region && s.iso3 && position ? [{ iso3: s.iso3, name: s.name, position }] : [];
    });
    cells.sort((a, b) => rank(a.position) - rank(b.position) || a.name.localeCompare(b.name, "en"));
    return { region, cells, counts: countPositions(cells.map((c) => c.position)) };
  });
}

/** The UN's name for the group ("African Group", "Western European and Others Group"). */
export function regionGroupName(region: Region): string {
  return region === "Asia-Pacific" ? "Asia-Pacific Group" : `${region} Group`;
}
