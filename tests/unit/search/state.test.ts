import { describe, expect, it } from "vitest";
import { parseState, sameState, stateUrl, withFilter } from "../../../src/lib/search/state.ts";

describe("search state in the URL", () => {
  it("reads the query and every facet, ignoring unknown and empty parameters", () => {
    expect(parseState("?q=budapest&type=claim&verdict=inaccurate&year=2019&foo=bar&actor=")).toEqual({
      q: "budapest",
      filters: { type: "claim", verdict: "inaccurate", year: "2019" },
    });
  });

  it("writes one canonical URL whatever the order of the filters", () => {
    const a = parseState("?year=2019&q=a%2Fres&type=vote");
    const b = parseState("?type=vote&q=a/res&year=2019");
    expect(stateUrl(a)).toBe("/search/?q=a%2Fres&type=vote&year=2019");
    expect(sameState(a, b)).toBe(true);
    expect(stateUrl({ q: "", filters: {} })).toBe("/search/");
  });

  it("round-trips text that looks like markup", () => {
    const state = { q: "<img src=x onerror=alert(1)>", filters: { type: "claim" as const } };
    expect(parseState(stateUrl(state).slice("/search/".length))).toEqual(state);
  });

  it("adds, changes and removes one filter", () => {
    const state = parseState("?q=x&type=claim");
    expect(withFilter(state, "actor", "rus").filters).toEqual({ type: "claim", actor: "rus" });
    expect(withFilter(state, "type", undefined).filters).toEqual({});
  });
});
