import { describe, expect, it } from "vitest";
import { formatDiagnostics, loadCorpus } from "../../../src/corpus/index.ts";

describe("the real content", () => {
  it("builds with no diagnostics", async () => {
    const { corpus, diagnostics } = await loadCorpus();
    expect(diagnostics.length, formatDiagnostics(diagnostics)).toBe(0);
    expect(corpus).not.toBeNull();
  });

  it("gives every factual claim a verdict, and every outdated verdict a date", async () => {
    const { corpus } = await loadCorpus();
    for (const claim of corpus?.claims() ?? []) {
      if (claim.kind === "fact") expect(claim.verdict, claim.id).toBeDefined();
      if (claim.verdict?.status === "outdated") expect(claim.verdict.since, claim.id).toBeDefined();
    }
  });
});
