/**
 * Sources from every side: the viewpoint-by-year balance, bylines and dates
 * of statements, links from claims to the status lists, and citations of a
 * source whose page shows no date.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus, type Source } from "../../../src/corpus/index.ts";
import { bibtex, chicago, cslJson, ris } from "../../../src/lib/cite.ts";
import { statusLinks } from "../../../src/lib/claim-view.ts";
import { byline, sourceDate } from "../../../src/lib/format.ts";
import { NO_VIEWPOINT, sourceBalance, UNDATED } from "../../../src/lib/source-balance.ts";

let corpus: Corpus;
beforeAll(async () => {
  const loaded = await loadCorpus();
  if (!loaded.corpus) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  corpus = loaded.corpus;
});

const source = (over: Partial<Source>): Source =>
  ({ ...corpus.sources()[0]!, published: undefined, viewpoint: undefined, ...over });

describe("the sources by viewpoint and year", () => {
  it("counts every source of the corpus once, in its viewpoint's row and its year's column", () => {
    const balance = sourceBalance(corpus.sources());
    const total = balance.rows.reduce((sum, row) => sum + row.total, 0);
    expect(total).toBe(corpus.sources().length);
    for (const row of balance.rows) {
      expect(row.counts.reduce((a, b) => a + b, 0)).toBe(row.total);
      for (const s of row.sources) {
        const column = balance.years.indexOf(s.published?.slice(0, 4) ?? UNDATED);
        expect(column, s.id).toBeGreaterThanOrEqual(0);
        expect(s.viewpoint ?? NO_VIEWPOINT).toBe(row.viewpoint);
      }
    }
  });

  it("gives undated sources and sources without a viewpoint their own column and row", () => {
    const balance = sourceBalance([
      source({ id: "a", published: "2024-12-24", viewpoint: "business" }),
      source({ id: "b", viewpoint: "business" }),
      source({ id: "c", published: "2019" }),
    ]);
    expect(balance.years).toEqual(["2019", "2024", UNDATED]);
    expect(balance.rows.map((r) => [r.viewpoint, r.counts])).toEqual([
      ["business", [0, 1, 1]],
      [NO_VIEWPOINT, [1, 0, 0]],
    ]);
  });

  it("the corpus speaks from at least six viewpoints", () => {
    expect(new Set(corpus.sources().map((s) => s.viewpoint)).size).toBeGreaterThanOrEqual(6);
  });
});

describe("bylines and dates", () => {
  it("names the speaker when a statement has no author, and never guesses a date", () => {
    expect(byline(source({ authors: [], speaker: "A State Department spokesperson (as reported)" }))).toBe(
      "A State Department spokesperson (as reported)",
    );
    expect(byline(source({ authors: [{ name: "Liz Page" }], speaker: "someone else" }))).toBe("Liz Page");
    expect(sourceDate(source({}))).toBe("date not shown");
    expect(sourceDate(source({ published: "2025-10-29" }))).toBe("29 October 2025");
  });

  it("every undated source of the corpus says why in its note", () => {
    for (const s of corpus.sources().filter((x) => !x.published)) expect(s.publishedNote, s.id).toBeTruthy();
  });
});

describe("claims about who signed", () => {
  it("link the status list and say what it records for each state they name, or that it records nothing", () => {
    const claim = corpus.claims().find((c) => c.instruments.includes("un-cybercrime-convention") && c.actors.includes("usa"));
    expect(claim).toBeDefined();
    const [link] = statusLinks(corpus, claim!);
    expect(link?.href).toBe(corpus.statusList("un-cybercrime-convention").url);
    const row = corpus.statusList("un-cybercrime-convention").entries.find((e) => e.participant === "usa");
    expect(link?.note).toContain(row ? "United States: signed" : "United States: no signature or ratification recorded");
  });

  it("add nothing for an instrument without a status list", () => {
    const claim = corpus.claims().find((c) => c.instruments.length > 0 && c.instruments.every((i) => !corpus.hasStatusList(i)));
    expect(claim).toBeDefined();
    expect(statusLinks(corpus, claim!)).toEqual([]);
  });
});

describe("citing a source whose page shows no date", () => {
  it("leaves the date out of every format instead of inventing one", () => {
    const undated = corpus.sources().find((s) => !s.published && s.claims.length > 0)!;
    const claim = corpus.claim(undated.claims[0]!);
    const input = { claim, source: undated, permalink: `https://example.org${claim.url}`, version: "test" };
    expect(bibtex(input)).not.toMatch(/year = /u);
    expect(ris(input)).not.toMatch(/^PY {2}- /mu);
    expect(cslJson(input)[0]).not.toHaveProperty("issued");
    expect(chicago(input)).toContain("date not shown");
  });
});
