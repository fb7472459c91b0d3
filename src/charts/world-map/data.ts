/**
 * Every member state with its position in one vote, for the choropleth, its
 * legend and the list of states too small to see.
 */
import type { Actor, Position, Vote } from "../../corpus/index.ts";
import { countPositions } from "../positions/marks.ts";

export interface MapState {
  iso3: string;
  name: string;
  url: string;
  position: Position;
}

export interface WorldMapData {
  voteId: string;
  symbol: string;
  /** All member states with a recorded position, by name. */
  states: MapState[];
  counts: Record<Position, number>;
  /** States drawn as markers because their shape is missing or tiny, by name. */
  small: MapState[];
}

type MapVote = Pick<Vote, "id" | "symbol" | "positions">;
type MapActor = Pick<Actor, "iso3" | "name" | "url">;

/** Null when the vote has no country-level record: there is no map to draw. */
export function worldMapData(vote: MapVote, states: readonly MapActor[], small: ReadonlySet<string>): WorldMapData | null {
  const recorded = states.flatMap((state) => {
    const position = state.iso3 ? vote.positions[state.iso3] : undefined;
    return state.iso3 && position ? [{ iso3: state.iso3, name: state.name, url: state.url, position }] : [];
  });
  if (recorded.length === 0) return null;
  recorded.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return {
    voteId: vote.id,
    symbol: vote.symbol,
    states: recorded,
    counts: countPositions(recorded.map((s) => s.position)),
    small: recorded.filter((s) => small.has(s.iso3)),
  };
}
