import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../src/corpus/index.ts";
import { CODES } from "../../../src/corpus/codes.ts";
import { badCase, badCaseNames, goodFiles, goodTexts } from "../../fixtures/harness.ts";

describe("good fixture", () => {
  it("builds with no diagnostics", () => {
    const { corpus, diagnostics, quotes } = buildCorpus(goodFiles(), { texts: goodTexts() });
    expect(diagnostics).toEqual([]);
    expect(quotes).toMatchObject({ verified: 2, unverified: 2, withoutFolder: 0 });
    expect(corpus?.claims().map((c) => c.id)).toEqual([
      "plenary-vote-tally",
      "russia-wants-new-treaty",
      "plenary-vote-again",
      "new-claim",
    ]);
  });
});

describe("bad fixtures", () => {
  const names = badCaseNames();

  it("cover at least 30 cases", () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of names) {
    it(`${name}: reports exactly the expected code, message and location`, () => {
      const { files, texts, expected } = badCase(name);
      const { corpus, diagnostics } = buildCorpus(files, { texts });
      expect(corpus).toBeNull();
      expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} error ${d.code} ${d.message}`)).toEqual(expected);
      for (const d of diagnostics) expect(d.hint).toBe(CODES[d.code]);
    });
  }
});
