import { beforeAll, describe, expect, it } from "vitest";
import { concordance, concordancePairs, loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { parseArticleRef } from "../../../src/corpus/schema/article.ts";
import { tableEntry } from "../../../src/corpus/export/tables.ts";

let corpus: Corpus;
beforeAll(async () => {
  const result = await loadCorpus();
  if (!result.corpus) throw new Error("content has errors");
  corpus = result.corpus;
});

describe("the concordance", () => {
  it("pairs Budapest Art. 2 with the UN Convention's Art. 7 on illegal access", () => {
    const row = concordance(corpus, "budapest-convention", "un-cybercrime-convention").find((r) => r.dimension.id === "illegal-access");
    expect(row?.a.articles.map((a) => a.article.id)).toEqual(["budapest-convention:2"]);
    expect(row?.b.articles.map((a) => a.article.id)).toEqual(["un-cybercrime-convention:7"]);
  });

  it("is the comparison cells and nothing else, for every pair of instruments", () => {
    const ids = corpus.instruments().map((i) => i.id);
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue;
        const rows = concordance(corpus, a, b);
        const named = (instrument: string, dimension: string) =>
          corpus.instrument(instrument).provisions.find((p) => p.dimension === dimension)?.articles ?? [];
        // Every dimension on which either cell names an article has its row, and no other.
        const expected = corpus.dimensions().filter((d) => named(a, d.id).length > 0 || named(b, d.id).length > 0).map((d) => d.id);
        expect(rows.map((r) => r.dimension.id), `${a} × ${b}`).toEqual(expected);
        for (const row of rows) {
          for (const side of [row.a, row.b]) {
            const written = named(side.instrument, row.dimension.id);
            expect(side.articles.map((x) => `${x.article.number}${x.locator}`)).toEqual(written.map((w) => { const p = parseArticleRef(w); return `${p?.number}${p?.locator}`; }));
          }
          const cellsVerified = [row.a, row.b].every((side) => side.provision?.verified === true);
          expect(row.verified).toBe(cellsVerified);
        }
      }
  });

  it("lists every pair of articles in concordance.csv, each pair of instruments once", () => {
    const lines = tableEntry("concordance").csv(corpus).trim().split(/\r?\n/u);
    expect(lines[0]).toBe("instrument_a,article_a,instrument_b,article_b,dimension,verified");
    const ids = corpus.instruments().map((i) => i.id);
    const expected = ids.flatMap((a, i) => ids.slice(i + 1).flatMap((b) => concordancePairs(concordance(corpus, a, b)))).length;
    expect(lines.length - 1).toBe(expected);
    expect(lines).toContain("budapest-convention,2,un-cybercrime-convention,7,illegal-access,no");
  });
});
