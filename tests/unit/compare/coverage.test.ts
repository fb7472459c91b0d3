import { describe, expect, it } from "vitest";
import { coverageOf } from "../../../src/lib/compare/coverage.ts";
import { instrument } from "./fixtures.ts";

describe("coverage", () => {
  it("counts known cells and the verified ones among them, over the given dimensions only", () => {
    const i = instrument("i", {
      a: "covered",
      b: ["partly", { verified: false, articles: ["3"] }],
      c: "unknown",
      d: "not-applicable",
      e: ["unknown", { verified: false }],
      outside: "covered",
    });
    expect(coverageOf(i, ["a", "b", "c", "d", "e", "f"])).toEqual({ instrument: "i", total: 6, known: 3, verified: 2 });
  });
});
