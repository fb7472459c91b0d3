import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { worldMapData } from "../../../../src/charts/world-map/data.ts";
import { mapGeometry } from "../../../../src/charts/world-map/geometry.ts";
import { renderWorldMap } from "../../../../src/charts/world-map/render.ts";
import { allStates, cyclePositions, expectGolden, idsIn, recordedVote } from "../../votes/fixtures.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const geometry = mapGeometry();
const positions = cyclePositions();
const data = worldMapData(recordedVote("a-res-74-247", positions, { symbol: "A/RES/74/247" }), allStates(), geometry.small);
if (!data) throw new Error("no data");
const svg = renderWorldMap(data, geometry, { id: "map-test", title: "How the member states voted on A/RES/74/247" });

const FILLS = {
  yes: 'fill="#009E73"',
  no: 'fill="url(#map-test-pattern-no)"',
  abstain: 'fill="url(#map-test-pattern-abstain)"',
  "non-voting": 'fill="#999999" fill-opacity="0.3"',
};

describe("renderWorldMap", () => {
  it("matches the golden SVG", () => {
    expectGolden(here, "map.svg", svg);
  });

  it("paints every member state with the colour and pattern of its position", () => {
    const elements = [
      ...svg.matchAll(/<(?:path|circle) class="map-state[^"]*" data-iso3="([A-Z]{3})" data-position="([a-z-]+)"[^>]*>/gu),
    ];
    const seen = new Set(elements.map((m) => m[1]));
    expect(seen.size).toBe(193);
    for (const [element, iso3, position] of elements) {
      expect(position).toBe(positions[iso3 ?? ""]);
      expect(element).toContain(FILLS[position as keyof typeof FILLS]);
    }
  });

  it("rings a marker for every small state and outlines non-voting shapes", () => {
    expect((svg.match(/class="map-state map-marker"/gu) ?? []).length).toBe(geometry.small.size);
    expect(svg).toMatch(/data-position="non-voting" d="[^"]+" fill="#999999" fill-opacity="0.3" stroke="#999999"/u);
  });

  it("names each state in its tooltip title and describes the whole map", () => {
    expect(svg).toContain("<title>State RUS: ");
    expect(svg).toContain('<desc id="map-test-desc">World map of the 193 member states by their vote on A/RES/74/247:');
    expect(svg).toContain(`viewBox="0 0 ${geometry.width} ${geometry.height}"`);
  });

  it("contains no text that could shrink on a phone, and unique ids", () => {
    expect(svg).not.toContain("<text");
    const ids = idsIn(svg);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
