import { describe, expect, it } from "vitest";
import {
  articleTokens,
  fold,
  fuseQuery,
  fuseTokens,
  indexTokens,
  queryTerms,
  spans,
  symbolRuns,
  withArticleTokens,
} from "../../../src/lib/search/tokenize.ts";

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

  it("indexes an article reference as one token per article, its locators left out", () => {
    expect([...articleTokens("Covered (Arts 2, 29(1)); see Article 32(b) and Arts 7–9.")]).toEqual([
      "art:2",
      "art:29",
      "art:32",
      "art:7",
      "art:8",
      "art:9",
    ]);
    // A long range stands for its ends; a word that only begins like "art" is no reference.
    expect([...articleTokens("Arts 1–68 of the text")]).toEqual(["art:1", "art:68"]);
    expect(articleTokens("the artist 5 and the arts")).toEqual(new Set());
    // The words stay indexed as before.
    expect([...indexTokens("Article 2")]).toEqual(["article", "2"]);
  });

  it("reads art, art., arts, article or articles with a number in a query as the article, whatever the locator", () => {
    const art24 = { text: "art:24", symbol: true, prefix: false };
    for (const q of ["Art. 24", "art 24", "Art.24", "ARTICLE 24", "articles 24", "Arts 24", "Art. 24(1)(b)"])
      expect(queryTerms(q)).toEqual([art24]);
    expect(queryTerms("article 24 UN convention")).toEqual([
      art24,
      { text: "un", symbol: false, prefix: false },
      { text: "convention", symbol: false, prefix: true },
    ]);
    expect(queryTerms("Art. 32(b) Budapest").map((t) => t.text)).toEqual(["art:32", "budapest"]);
    expect(queryTerms("Budapest Article 32").map((t) => t.text)).toEqual(["budapest", "art:32"]);
    expect(queryTerms("Arts 24 and 25").map((t) => t.text)).toEqual(["art:24", "art:25"]);
    // Without a number "art" is a word, still being typed.
    expect(queryTerms("Art")).toEqual([{ text: "art", symbol: false, prefix: true }]);
  });

  it("gives fuse.js article references as the same tokens, in the query and in the fields", () => {
    expect(fuseQuery("Art. 32(b) Budapest")).toBe("art:32 budapest");
    expect(withArticleTokens("Budapest Convention, Art. 32: Trans-border access")).toBe(
      "Budapest Convention, art:32: Trans-border access",
    );
    expect(fuseTokens(withArticleTokens("Covered (Arts 2, 29(1)).").toLowerCase())).toEqual(["covered", "art:2", "art:29"]);
  });

  it("gives fuse.js the same terms, symbols whole", () => {
    expect(fuseQuery("The A/RES/74/247 vote")).toBe("a/res/74/247 vote");
    expect(fuseTokens("a/res/74/247 was adopted")).toEqual(["a/res/74/247", "was", "adopted"]);
  });
});
