/**
 * Relevance over the real corpus, through the same engine and the same
 * published files the browser's worker uses, on the shared fixtures
 * (tests/fixtures/search-relevance.ts).
 */
import { describe, expect, it } from "vitest";
import { RELEVANCE_FIXTURES as FIXTURES } from "../../fixtures/search-relevance.ts";
import { realEngine, request } from "./memory-index.ts";

describe("search relevance over the real corpus", () => {
  it("covers phrases, names, symbols, typos and facets with at least 25 fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FIXTURES.map((f) => f.kind))).toEqual(new Set(["phrase", "name", "symbol", "typo", "facet"]));
  });

  for (const fixture of FIXTURES) {
    const filters = Object.entries(fixture.filters ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join("&");
    it(`${fixture.kind}: "${fixture.q}"${filters ? ` [${filters}]` : ""} → ${fixture.top3.join(", ")}`, async () => {
      const engine = await realEngine();
      const response = await engine.search(request(fixture.q, fixture.filters ?? {}, 10));
      const ids = response?.hits.map((hit) => hit.id) ?? [];
      expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(fixture.top3));
      if (fixture.first) expect(ids[0]).toBe(fixture.first);
      for (const [group, value] of Object.entries(fixture.filters ?? {})) {
        if (group === "type") expect(response?.hits.every((hit) => hit.type === value)).toBe(true);
      }
    });
  }
});
