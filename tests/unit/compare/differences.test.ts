import { describe, expect, it } from "vitest";
import { cellId, compareKey, DESCRIPTIVE_DIMENSIONS, keysDiffer } from "../../../src/lib/compare/keys.ts";
import { splitByDifference } from "../../../src/lib/compare/pairs.ts";
import { allRows, buildComparison, rowDiffers } from "../../../src/lib/compare/table.ts";
import { claim, dimension, instrument } from "./fixtures.ts";

const dimensions = [
  dimension("illegal-access", "offences", 1, 2),
  dimension("csam", "offences", 2, 2),
  dimension("definitions", "scope", 1, 1),
  dimension("negotiating-forum", "governance", 1, 3),
  dimension("decision-rule", "governance", 2, 3),
];
const a = instrument("a", {
  "illegal-access": "covered",
  csam: "covered",
  definitions: "unknown",
  "negotiating-forum": "covered",
  "decision-rule": "not-applicable",
});
const b = instrument("b", {
  "illegal-access": "covered",
  csam: "partly",
  definitions: "unknown",
  "negotiating-forum": "covered",
  "decision-rule": "not-applicable",
});
const c = instrument("c", {
  "illegal-access": "not-covered",
  csam: "partly",
  definitions: "covered",
  "negotiating-forum": "unknown",
  "decision-rule": "unknown",
});
const input = {
  dimensions,
  instruments: [a, b, c],
  claims: [claim("x", ["csam"]), claim("y", ["csam", "definitions"]), claim("z", [])],
};

describe("what counts as a difference", () => {
  it("treats equal values as the same and different values as different", () => {
    expect(keysDiffer([compareKey("csam", "a", "covered"), compareKey("csam", "b", "covered")])).toBe(false);
    expect(keysDiffer([compareKey("csam", "a", "covered"), compareKey("csam", "b", "partly")])).toBe(true);
    expect(keysDiffer([compareKey("csam", "a", "unknown"), compareKey("csam", "b", "unknown")])).toBe(false);
  });

  it("never treats two documented cells of a descriptive row as the same", () => {
    expect(DESCRIPTIVE_DIMENSIONS.has("negotiating-forum")).toBe(true);
    expect(keysDiffer([compareKey("negotiating-forum", "a", "covered"), compareKey("negotiating-forum", "b", "covered")])).toBe(
      true,
    );
    expect(
      keysDiffer([compareKey("decision-rule", "a", "not-applicable"), compareKey("decision-rule", "b", "not-applicable")]),
    ).toBe(false);
    expect(keysDiffer([compareKey("decision-rule", "a", "unknown"), compareKey("decision-rule", "b", "unknown")])).toBe(false);
  });

  it("decides per row and per choice of columns", () => {
    const rows = new Map(allRows(buildComparison(input)).map((row) => [row.dimension.id, row]));
    const row = (id: string) => {
      const found = rows.get(id);
      if (!found) throw new Error(id);
      return found;
    };
    expect(rowDiffers(row("illegal-access"))).toBe(true);
    expect(rowDiffers(row("illegal-access"), ["a", "b"])).toBe(false);
    expect(rowDiffers(row("csam"), ["b", "c"])).toBe(false);
    expect(rowDiffers(row("csam"), ["a", "b"])).toBe(true);
    expect(rowDiffers(row("definitions"), ["a", "b"])).toBe(false);
    expect(rowDiffers(row("negotiating-forum"), ["a", "b"])).toBe(true);
    expect(rowDiffers(row("decision-rule"), ["a", "b"])).toBe(false);
    expect(rowDiffers(row("decision-rule"))).toBe(true);
    expect(rowDiffers(row("csam"), ["c"])).toBe(false);
  });
});

describe("the comparison table", () => {
  it("orders groups and rows, gives one cell per instrument and links the claims", () => {
    const comparison = buildComparison(input);
    expect(comparison.groups.map((g) => g.id)).toEqual(["scope", "offences", "governance"]);
    expect(allRows(comparison).map((r) => r.dimension.id)).toEqual([
      "definitions",
      "illegal-access",
      "csam",
      "negotiating-forum",
      "decision-rule",
    ]);
    const csam = allRows(comparison).find((r) => r.dimension.id === "csam");
    expect(csam?.cells.map((cell) => cell.id)).toEqual([cellId("csam", "a"), "csam--b", "csam--c"]);
    expect(csam?.claims.map((cl) => cl.id)).toEqual(["x", "y"]);
  });

  it("keeps a cell for a missing provision, as unknown, so the gap is visible", () => {
    const gap = instrument("gap", { csam: "covered" });
    const comparison = buildComparison({ ...input, instruments: [gap] });
    const cells = allRows(comparison).flatMap((r) => r.cells);
    expect(cells).toHaveLength(dimensions.length);
    expect(cells.filter((cell) => cell.provision === null).map((cell) => [cell.id, cell.value])).toEqual([
      ["definitions--gap", "unknown"],
      ["illegal-access--gap", "unknown"],
      ["negotiating-forum--gap", "unknown"],
      ["decision-rule--gap", "unknown"],
    ]);
  });

  it("restricts and orders columns on request, and refuses an unknown instrument", () => {
    const comparison = buildComparison(input, ["c", "a"]);
    expect(comparison.instruments.map((i) => i.id)).toEqual(["c", "a"]);
    expect(() => buildComparison(input, ["nope"])).toThrow(/nope/);
  });

  it("puts the rows that differ first on a pairwise page", () => {
    const rows = allRows(buildComparison(input, ["a", "b"]));
    const { differ, same } = splitByDifference(rows);
    expect(differ.map((r) => r.dimension.id)).toEqual(["csam", "negotiating-forum"]);
    expect(same.map((r) => r.dimension.id)).toEqual(["definitions", "illegal-access", "decision-rule"]);
  });
});
