import { beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../../scripts/bench/synthetic-corpus.ts";
import { buildCorpus, defaultContentDir, type Corpus } from "../../../src/corpus/index.ts";
import { CLAIMS_PER_PAGE, claimPages, claimPageUrl } from "../../../src/lib/claim-pages.ts";
import { claimsIndexViews } from "../../../src/lib/claims-index.ts";

describe("claim pages", () => {
  it("splits a list into pages of the given size, the last one shorter", () => {
    const pages = claimPages([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.offset])).toEqual([
      [1, 3, 0],
      [2, 3, 2],
      [3, 3, 4],
    ]);
  });

  it("keeps one page, possibly empty, so /claims/ always exists", () => {
    expect(claimPages([], 10)).toEqual([{ number: 1, count: 1, offset: 0, items: [] }]);
    expect(claimPages([1, 2], 2)).toHaveLength(1);
  });

  it("rejects a page size that could not hold a claim", () => {
    expect(() => claimPages([1], 0)).toThrow("at least one claim");
  });

  it("puts page 1 at /claims/ and the others under /claims/page/", () => {
    expect(claimPageUrl(1)).toBe("/claims/");
    expect(claimPageUrl(3)).toBe("/claims/page/3/");
  });
});

describe("the claims index of a corpus that outgrows one page", () => {
  let corpus: Corpus;
  const claims = CLAIMS_PER_PAGE * 2 + 37;

  beforeAll(async () => {
    // 27 claims per source, so page breaks fall inside sources.
    const built = buildCorpus(await syntheticCorpus({ claims, claimsPerSource: 27 }, defaultContentDir()));
    expect(built.diagnostics).toEqual([]);
    if (!built.corpus) throw new Error("the synthetic corpus did not build");
    corpus = built.corpus;
  });

  it("lists every claim exactly once, in source order, across its pages", () => {
    const views = claimsIndexViews(corpus);
    expect(views.map((v) => v.page.number)).toEqual([1, 2, 3]);
    const listed = views.flatMap((v) => v.groups.flatMap((g) => g.claims.map((c) => c.claim.id)));
    expect(listed).toEqual(corpus.sources().flatMap((s) => corpus.claimsOf(s.id).map((c) => c.id)));
    expect(new Set(listed).size).toBe(claims);
    expect(views.every((v) => v.total === claims)).toBe(true);
  });

  it("marks a source cut by a page break as continued, and only then", () => {
    const views = claimsIndexViews(corpus);
    for (const view of views.slice(1)) {
      const [first] = view.groups;
      const previous = views[view.page.number - 2]?.groups.at(-1);
      expect(first?.continued).toBe(first?.source.id === previous?.source.id);
    }
    // 500 is not a multiple of 27: page 2 starts inside a source.
    expect(views[1]?.groups[0]?.continued).toBe(true);
    expect(views.flatMap((v) => v.groups.slice(1)).every((g) => !g.continued)).toBe(true);
  });

  it("offers only the filter values found on the page, and links every page", () => {
    const [, second] = claimsIndexViews(corpus);
    const sources = second?.filters.find((f) => f.name === "source")?.options.map((o) => o.value);
    expect(sources).toEqual([...new Set(second?.groups.map((g) => g.source.id))]);
    expect(second?.pages.map((p) => [p.href, p.first, p.last, p.current])).toEqual([
      ["/claims/", 1, CLAIMS_PER_PAGE, false],
      ["/claims/page/2/", CLAIMS_PER_PAGE + 1, CLAIMS_PER_PAGE * 2, true],
      ["/claims/page/3/", CLAIMS_PER_PAGE * 2 + 1, claims, false],
    ]);
  });
});

describe("the claims index of the real corpus", () => {
  it("is one page", async () => {
    const { loadCorpus } = await import("../../../src/corpus/index.ts");
    const { corpus } = await loadCorpus();
    if (!corpus) throw new Error("the real corpus did not build");
    const views = claimsIndexViews(corpus);
    expect(views).toHaveLength(1);
    expect(views[0]?.groups.flatMap((g) => g.claims)).toHaveLength(corpus.claims().length);
  });
});
