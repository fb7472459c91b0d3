import { describe, expect, it } from "vitest";
import { regionChartData, regionGroupName } from "../../../../src/charts/region-chart/data.ts";
import { allStates, cyclePositions, recordedVote, state, vote } from "../../votes/fixtures.ts";

describe("regionChartData", () => {
  it("puts all 193 states in the five UN regional groups, in the UN's order", () => {
    const groups = regionChartData(recordedVote("v", cyclePositions()), allStates());
    expect(groups?.map((g) => g.region)).toEqual([
      "African",
      "Asia-Pacific",
      "Eastern European",
      "Latin American and Caribbean",
      "Western European and Others",
    ]);
    expect(groups?.reduce((n, g) => n + g.cells.length, 0)).toBe(193);
  });

  it("sorts each group yes, no, abstain, non-voting, then by name, and counts it", () => {
    const states = [
      state("ZAF", "South Africa"),
      state("AGO", "Angola"),
      state("DZA", "Algeria"),
      state("BEN", "Benin"),
      state("CPV", "Cabo Verde"),
    ];
    const groups = regionChartData(
      recordedVote("v", { ZAF: "yes", AGO: "non-voting", DZA: "yes", BEN: "abstain", CPV: "no" }),
      states,
    );
    const african = groups?.[0];
    expect(african?.cells.map((c) => c.iso3)).toEqual(["DZA", "ZAF", "CPV", "BEN", "AGO"]);
    expect(african?.counts).toEqual({ yes: 2, no: 1, abstain: 1, "non-voting": 1 });
    expect(groups?.[1]?.cells).toEqual([]);
  });

  it("is null without a country-level record", () => {
    expect(regionChartData(vote("v", { positions: {} }), allStates())).toBeNull();
  });

  it("names the groups as the UN does", () => {
    expect(regionGroupName("African")).toBe("African Group");
    expect(regionGroupName("Asia-Pacific")).toBe("Asia-Pacific Group");
    expect(regionGroupName("Western European and Others")).toBe("Western European and Others Group");
  });
});
