import { beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostics, loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { coverageOf } from "../../../src/lib/compare/coverage.ts";
import { DESCRIPTIVE_DIMENSIONS } from "../../../src/lib/compare/keys.ts";
import { PAIRS } from "../../../src/lib/compare/pairs.ts";
import { allRows, buildComparison, missingCells } from "../../../src/lib/compare/table.ts";

let corpus: Corpus;
beforeAll(async () => {
  const result = await loadCorpus();
  if (!result.corpus) throw new Error(formatDiagnostics(result.diagnostics));
  corpus = result.corpus;
}, 60_000);

describe("the comparison over the real corpus", () => {
  it("has a cell for every (dimension, instrument) pair", () => {
    const missing: string[] = [];
    for (const dimension of corpus.dimensions()) {
      for (const instrument of corpus.instruments()) {
        if (!instrument.provisions.some((p) => p.dimension === dimension.id)) missing.push(`${dimension.id}--${instrument.id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(corpus.dimensions().length).toBeGreaterThanOrEqual(25);
    expect(
      missingCells(
        buildComparison({ dimensions: corpus.dimensions(), instruments: corpus.instruments(), claims: corpus.claims() }),
      ),
    ).toEqual([]);
  });

  it("gives each instrument at most one provision per dimension and a note on every unknown cell", () => {
    for (const instrument of corpus.instruments()) {
      const dims = instrument.provisions.map((p) => p.dimension);
      expect(new Set(dims).size, instrument.id).toBe(dims.length);
      for (const p of instrument.provisions.filter((x) => x.value === "unknown")) {
        expect(p.note.length, `${p.dimension}--${instrument.id}`).toBeGreaterThan(10);
        expect(p.articles, `${p.dimension}--${instrument.id}`).toEqual([]);
      }
    }
  });

  it("names only real dimensions as descriptive rows and real instruments in the pairs", () => {
    const dimensionIds = new Set(corpus.dimensions().map((d) => d.id));
    for (const id of DESCRIPTIVE_DIMENSIONS) expect(dimensionIds.has(id), id).toBe(true);
    for (const [a, b] of PAIRS) {
      expect(() => corpus.instrument(a)).not.toThrow();
      expect(() => corpus.instrument(b)).not.toThrow();
      expect(a).not.toBe(b);
    }
  });

  it("links the rows named in the issue to the claims that discuss them", () => {
    const comparison = buildComparison({
      dimensions: corpus.dimensions(),
      instruments: corpus.instruments(),
      claims: corpus.claims(),
    });
    const claimsOf = (id: string) =>
      allRows(comparison)
        .find((row) => row.dimension.id === id)
        ?.claims.map((c) => c.id) ?? [];
    expect(claimsOf("decision-rule")).toContain("sovereign-2021-russia-moves-talks-to-new-york");
    expect(claimsOf("definitions")).toContain("hakmeh-peters-vague-language");
    expect(claimsOf("purpose-scope")).toContain("hakmeh-peters-vague-language");
  });

  it("counts coverage: known cells and, among them, verified ones", () => {
    const ids = corpus.dimensions().map((d) => d.id);
    const budapest = coverageOf(corpus.instrument("budapest-convention"), ids);
    expect(budapest.total).toBe(ids.length);
    expect(budapest.known).toBeLessThanOrEqual(budapest.total);
    expect(budapest.verified).toBeLessThanOrEqual(budapest.known);
    const draft = corpus.instrument("russia-draft-2017");
    const unknown = draft.provisions.filter((p) => p.value === "unknown").length;
    expect(coverageOf(draft, ids).known).toBe(ids.length - unknown);
  });
});
