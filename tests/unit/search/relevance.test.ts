/**
 * Relevance over the real corpus, through the same engine and the same
 * published files the browser's worker uses, on the shared fixtures
 * (tests/fixtures/search-relevance.ts).
 */
import { describe, expect, it } from "vitest";
import { RELEVANCE_FIXTURES as FIXTURES } from "../../fixtures/search-relevance.ts";
import { realEngine, request } from "./memory-index.ts";

describe("search relevance over the real corpus", () => {
  it("covers phrases, names, symbols, typos, facets and article references with at least 25 fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FIXTURES.map((f) => f.kind))).toEqual(new Set(["phrase", "name", "symbol", "typo", "facet", "article"]));
  });

  for (const fixture of FIXTURES) {
    const filters = Object.entries(fixture.filters ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join("&");
    const expected = fixture.top3.length > 0 ? fixture.top3.join(", ") : `one of ${fixture.firstOf?.join(", ") ?? ""}`;
    it(`${fixture.kind}: "${fixture.q}"${filters ? ` [${filters}]` : ""} → ${expected}`, async () => {
      const engine = await realEngine();
      const response = await engine.search(request(fixture.q, fixture.filters ?? {}, 10));
      const ids = response?.hits.map((hit) => hit.id) ?? [];
      expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(fixture.top3));
      if (fixture.first) expect(ids[0]).toBe(fixture.first);
      if (fixture.firstOf) expect(fixture.firstOf).toContain(ids[0]);
      for (const [group, value] of Object.entries(fixture.filters ?? {})) {
        if (group === "type") expect(response?.hits.every((hit) => hit.type === value)).toBe(true);
      }
    });
  }

  it('puts an article numbered 24 first for a bare "Art. 24", in the results list and in the header\'s few', async () => {
    const engine = await realEngine();
    for (const limit of [10, 6, 3]) {
      const first = (await engine.search(request("Art. 24", {}, limit)))?.hits[0];
      expect(first?.type, `limit ${limit}`).toBe("article");
      expect(first?.id, `limit ${limit}`).toMatch(/:24$/u);
    }
  });
});
