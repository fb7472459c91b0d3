import { describe, expect, it } from "vitest";
import { fold, fuseQuery, fuseTokens, indexTokens, queryTerms, spans, symbolRuns } from "../../../src/lib/search/tokenize.ts";

describe("tokenize", () => {
  it("folds case and diacritics", () => {
    expect(fold("Côte d’Ivoire")).toBe("cote d’ivoire");
    expect(fold("BUDAPEST")).toBe("budapest");
  });

  it("indexes a document symbol whole, by every run of two or more segments, and by its words", () => {
    const tokens = indexTokens("A/C.3/74/L.11/Rev.1");
    for (const token of ["a/c.3/74/l.11/rev.1", "a/c.3/74/l.11", "74/l.11", "c.3/74", "l.11/rev.1", "74", "11", "rev"])
      expect(tokens).toContain(token);
    expect(symbolRuns("a/res/74/247")).toEqual(["a/res", "a/res/74", "a/res/74/247", "res/74", "res/74/247", "74/247"]);
  });

  it("drops stopwords and single letters from the index but keeps single digits", () => {
    expect([...indexTokens("The parties to Article 2 of a treaty")]).toEqual(["parties", "article", "2", "treaty"]);
  });

  it("keeps offsets into the original text for highlighting", () => {
    const [first, second] = spans("Voilà, Budapest");
    expect(first).toMatchObject({ token: "voila", start: 0, end: 5 });
    expect(second).toMatchObject({ token: "budapest", start: 7, end: 15 });
  });

  it("reads a query into terms: symbols whole, the last term a prefix unless followed by a space", () => {
    expect(queryTerms("Budapest conv")).toEqual([
      { text: "budapest", symbol: false, prefix: false },
      { text: "conv", symbol: false, prefix: true },
    ]);
    expect(queryTerms("budapest ").at(-1)?.prefix).toBe(false);
    expect(queryTerms("A/C.3/74/L.11")).toEqual([{ text: "a/c.3/74/l.11", symbol: true, prefix: true }]);
    expect(queryTerms("the budapest of the")).toEqual([{ text: "budapest", symbol: false, prefix: false }]);
    expect(queryTerms("russia russia")).toHaveLength(1);
  });

  it("gives fuse.js the same terms, symbols whole", () => {
    expect(fuseQuery("The A/RES/74/247 vote")).toBe("a/res/74/247 vote");
    expect(fuseTokens("a/res/74/247 was adopted")).toEqual(["a/res/74/247", "was", "adopted"]);
  });
});
