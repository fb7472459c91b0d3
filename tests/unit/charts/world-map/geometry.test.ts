import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoCentroid } from "d3";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { mapGeometry, SMALL_AREA } from "../../../../src/charts/world-map/geometry.ts";
import { ISO3_TO_NUMERIC, iso3FromNumeric, numericFromIso3 } from "../../../../src/charts/world-map/iso-numeric.ts";
import { SMALL_STATE_POINTS } from "../../../../src/charts/world-map/small-state-points.ts";

const require = createRequire(import.meta.url);
function countries(resolution: "50m" | "10m") {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), "utf8")) as Topology<{
    countries: GeometryCollection;
  }>;
  return feature(topology, topology.objects.countries).features;
}

describe("the ISO numeric mapping", () => {
  it("covers the 193 member states with distinct three-digit codes", () => {
    const codes = Object.values(ISO3_TO_NUMERIC);
    expect(codes).toHaveLength(193);
    expect(new Set(codes).size).toBe(193);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/u);
  });

  it("maps both ways, with or without leading zeros", () => {
    expect(iso3FromNumeric("004")).toBe("AFG");
    expect(iso3FromNumeric(4)).toBe("AFG");
    expect(iso3FromNumeric("643")).toBe("RUS");
    expect(numericFromIso3("usa")).toBe("840");
    expect(iso3FromNumeric("304")).toBeUndefined(); // Greenland: not a member state
    expect(iso3FromNumeric(undefined)).toBeUndefined();
  });
});

describe("mapGeometry", () => {
  const geometry = mapGeometry();

  it("gives every member state a shape, a marker or both", () => {
    for (const iso3 of Object.keys(ISO3_TO_NUMERIC))
      expect(geometry.shapes.has(iso3) || geometry.markers.has(iso3), iso3).toBe(true);
  });

  it("marks every state missing at 1:110m and every tiny shape, and lists them as small", () => {
    for (const iso3 of Object.keys(SMALL_STATE_POINTS)) {
      expect(geometry.shapes.has(iso3), iso3).toBe(false);
      expect(geometry.small.has(iso3), iso3).toBe(true);
    }
    for (const iso3 of ["LUX", "CYP", "TTO", "QAT", "BRN"]) expect(geometry.small.has(iso3), iso3).toBe(true);
    for (const iso3 of ["RUS", "USA", "BRA", "DEU", "NGA"]) expect(geometry.small.has(iso3), iso3).toBe(false);
    expect(SMALL_AREA).toBeGreaterThan(0);
    expect([...geometry.markers.keys()].sort()).toEqual([...geometry.small]);
  });

  it("leaves out Antarctica and keeps territories as blank context", () => {
    const names = geometry.others.map((o) => o.name);
    expect(names).toContain("Greenland");
    expect(names).not.toContain("Antarctica");
  });

  it("puts every marker inside the map", () => {
    for (const [iso3, [x, y]] of geometry.markers) {
      expect(x, iso3).toBeGreaterThanOrEqual(0);
      expect(x, iso3).toBeLessThanOrEqual(geometry.width);
      expect(y, iso3).toBeGreaterThanOrEqual(0);
      expect(y, iso3).toBeLessThanOrEqual(geometry.height);
    }
  });

  it("writes compact relative paths with at most one decimal", () => {
    const usa = geometry.shapes.get("USA") ?? "";
    expect(usa.startsWith("m")).toBe(true);
    expect(usa).not.toMatch(/\d\.\d{2,}/u);
    expect(usa).not.toMatch(/[MLC]/u);
  });
});

describe("the committed small-state points", () => {
  it("are the centroids of the states' shapes in world-atlas 50m (10m for Tuvalu)", () => {
    const f50 = countries("50m");
    const f10 = countries("10m");
    for (const [iso3, [lon, lat]] of Object.entries(SMALL_STATE_POINTS)) {
      const id = numericFromIso3(iso3);
      const shape = f50.find((f) => f.id === id) ?? f10.find((f) => f.id === id);
      expect(shape, iso3).toBeDefined();
      if (!shape) continue;
      const [clon, clat] = geoCentroid(shape);
      expect(Math.abs(clon - lon), iso3).toBeLessThan(0.01);
      expect(Math.abs(clat - lat), iso3).toBeLessThan(0.01);
    }
  });
});
