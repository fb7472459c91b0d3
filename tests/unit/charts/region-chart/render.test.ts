import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { regionChartData } from "../../../../src/charts/region-chart/data.ts";
import { COLUMNS, regionGroupSize, renderRegionGroup } from "../../../../src/charts/region-chart/render.ts";
import { allStates, cyclePositions, expectGolden, idsIn, recordedVote } from "../../votes/fixtures.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const groups = regionChartData(recordedVote("v", cyclePositions()), allStates()) ?? [];
const svgs = groups.map((g, i) => renderRegionGroup(g, { id: `regions-test-${i}`, symbol: "A/RES/74/247" }));

describe("renderRegionGroup", () => {
  it("matches the golden SVGs", () => {
    expectGolden(here, "regions.svg", svgs.join("\n"));
  });

  it("draws one labelled cell per state with its position", () => {
    const cells = svgs.flatMap((svg) => [
      ...svg.matchAll(/<g class="region-cell" data-iso3="([A-Z]{3})" data-position="([a-z-]+)"><title>([^<]+)<\/title>/gu),
    ]);
    expect(cells).toHaveLength(193);
    const positions = cyclePositions();
    for (const [, iso3, position, title] of cells) {
      expect(position).toBe(positions[iso3 ?? ""]);
      expect(title).toMatch(new RegExp(`^State ${iso3}: (Yes|No|Abstain|Non-voting)$`, "u"));
    }
  });

  it("is drawn at its natural size so its 13px labels never shrink", () => {
    const group = groups[0];
    if (!group) throw new Error("no group");
    const { width, height } = regionGroupSize(group);
    expect(svgs[0]).toContain(`width="${width}" height="${height}"`);
    expect(width).toBeLessThanOrEqual(328); // the content width of a 360px phone
    expect(height).toBe(Math.ceil(group.cells.length / COLUMNS) * 24);
    for (const svg of svgs)
      expect(Math.min(...[...svg.matchAll(/font-size="(\d+)"/gu)].map((m) => Number(m[1])))).toBeGreaterThanOrEqual(13);
  });

  it("titles each group and keeps ids unique across the page", () => {
    expect(svgs[0]).toContain('<title id="regions-test-0-title">African Group: ');
    const ids = svgs.flatMap(idsIn);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
