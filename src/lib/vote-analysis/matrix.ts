/**
 * The countries × resolutions matrix, with each change of position between
 * the two votes of a track flagged.
 */
import type { Actor, Position, Vote } from "../../corpus/index.ts";
import type { Track } from "./series.ts";

export interface PositionChange {
  track: string;
  from: Position;
  to: Position;
}

export interface MatrixRow {
  iso3: string;
  name: string;
  url: string;
  region: NonNullable<Actor["region"]>;
  /** One per vote id, in the order asked for; undefined where the record has no position. */
  positions: (Position | undefined)[];
  changes: PositionChange[];
}

type MatrixActor = Pick<Actor, "iso3" | "name" | "url" | "region">;
type MatrixVote = Pick<Vote, "id" | "positions">;

export function positionMatrix(
  states: readonly MatrixActor[],
  votes: readonly MatrixVote[],
  tracks: readonly Track[],
): MatrixRow[] {
  const byId = new Map(votes.map((v) => [v.id, v]));
  return states
    .flatMap((state) => (state.iso3 && state.region ? [{ ...state, iso3: state.iso3, region: state.region }] : []))
    .map((state) => ({
      iso3: state.iso3,
      name: state.name,
      url: state.url,
      region: state.region,
      positions: votes.map((vote) => vote.positions[state.iso3]),
      changes: tracks.flatMap((track) => {
        const [from, to] = track.votes.map((id) => byId.get(id)?.positions[state.iso3]);
        return from && to && from !== to ? [{ track: track.id, from, to }] : [];
      }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** "yes → abstain": 12, … for one track, most frequent first. */
export function transitionCounts(
  rows: readonly MatrixRow[],
  trackId: string,
): { from: Position; to: Position; states: MatrixRow[] }[] {
  const groups = new Map<string, { from: Position; to: Position; states: MatrixRow[] }>();
  for (const row of rows)
    for (const change of row.changes.filter((c) => c.track === trackId)) {
      const key = `${change.from}>${change.to}`;
      const group = groups.get(key) ?? { from: change.from, to: change.to, states: [] };
      group.states.push(row);
      groups.set(key, group);
    }
  return [...groups.values()].sort(
    (a, b) => b.states.length - a.states.length || `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`),
  );
}
