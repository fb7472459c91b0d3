import { describe, expect, it } from "vitest";
import { worldMapData } from "../../../../src/charts/world-map/data.ts";
import { allStates, cyclePositions, recordedVote, state, vote } from "../../votes/fixtures.ts";

describe("worldMapData", () => {
  const states = allStates();
  const positions = cyclePositions();

  it("gives every member state its position, sorted by name, with counts", () => {
    const data = worldMapData(recordedVote("v", positions), states, new Set());
    expect(data?.states).toHaveLength(193);
    const names = data?.states.map((s) => s.name) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    for (const s of data?.states ?? []) expect(s.position).toBe(positions[s.iso3]);
    const expected = { yes: 0, no: 0, abstain: 0, "non-voting": 0 };
    for (const p of Object.values(positions)) expected[p] += 1;
    expect(data?.counts).toEqual(expected);
  });

  it("lists the states too small to see with their positions", () => {
    const data = worldMapData(
      recordedVote("v", { AND: "no", MCO: "abstain", RUS: "yes" }),
      [state("AND", "Andorra"), state("MCO", "Monaco"), state("RUS", "Russia")],
      new Set(["AND", "MCO"]),
    );
    expect(data?.small).toEqual([
      { iso3: "AND", name: "Andorra", url: "/actors/and/", position: "no" },
      { iso3: "MCO", name: "Monaco", url: "/actors/mco/", position: "abstain" },
    ]);
  });

  it("is null when the vote has no country-level record", () => {
    expect(worldMapData(vote("a-c-3-74-l-11-rev-1", { positions: {} }), states, new Set())).toBeNull();
  });

  it("skips actors that are not states", () => {
    const org = { ...state("XXX", "An organisation"), iso3: undefined } as const;
    const data = worldMapData(recordedVote("v", { RUS: "yes" }), [org, state("RUS", "Russia")], new Set());
    expect(data?.states.map((s) => s.iso3)).toEqual(["RUS"]);
  });
});
