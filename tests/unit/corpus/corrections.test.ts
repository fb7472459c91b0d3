import { describe, expect, it } from "vitest";
import { buildCorpus, type ContentFiles } from "../../../src/corpus/index.ts";
import { formatClaimsSnapshot } from "../../../src/corpus/corrections.ts";
import { pageLastmods } from "../../../src/lib/discovery/lastmod.ts";
import { goodFiles, goodTexts } from "../../fixtures/harness.ts";

const build = (files: ContentFiles) => buildCorpus(files, { texts: goodTexts() });
const lines = (result: ReturnType<typeof build>) => result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

/** The good fixture with `new-claim` renamed to `newer-claim` (and its paraphrase reworded). */
function renamed(): Record<string, string> {
  const files = { ...goodFiles() };
  files["sources/second-source.md"] = (files["sources/second-source.md"] ?? "")
    .replace("{#new-claim ", "{#newer-claim ")
    .replace("Something will happen.", "Something is expected to happen.");
  files["redirects.yaml"] = "claims:\n  new-claim: newer-claim\n";
  return files;
}

describe("the corrections log", () => {
  it("is read from content/corrections.yaml, newest first, with each entry's place", () => {
    const { corpus } = build(goodFiles());
    expect(corpus?.corrections()).toEqual([
      expect.objectContaining({
        date: "2026-01-15",
        claim: "plenary-vote-tally",
        changed: ["verdict"],
        verdict: { from: "inaccurate", to: "consistent" },
        origin: { file: "content/corrections.yaml", line: 2 },
      }),
    ]);
    expect(corpus?.correctionsOf("plenary-vote-tally")).toHaveLength(1);
    expect(corpus?.correctionsOf("new-claim")).toEqual([]);
  });

  it("accepts content whose snapshot is current", () => {
    const { corpus } = build(goodFiles());
    const files = { ...goodFiles(), "published-claims.json": formatClaimsSnapshot(corpus?.claims() ?? []), "corrections.yaml": "[]\n" };
    expect(lines(build(files))).toEqual([]);
  });

  it("follows a renamed claim: a change under its new id still needs an entry", () => {
    expect(lines(build(renamed()))).toEqual(["content/sources/second-source.md:21:1 CORRECTION_MISSING"]);
    const files = renamed();
    files["corrections.yaml"] += [
      "- date: 2026-02-01",
      "  claim: newer-claim",
      "  changed: [paraphrase]",
      "  note: Reworded to say it is expected, as the source does.",
      "- date: 2026-02-01",
      "  type: claims",
      "  from: new-claim",
      "  to: newer-claim",
      "  changed: [id]",
      "  note: Renamed.",
      "",
    ].join("\n");
    const result = build(files);
    expect(lines(result)).toEqual([]);
    expect(result.corpus?.correctionsOf("newer-claim").map((c) => c.changed)).toEqual([["paraphrase"], ["id"]]);
  });

  it("reports an id change that names no redirect, at its field", () => {
    const files = { ...goodFiles() };
    files["corrections.yaml"] += "- date: 2026-02-01\n  type: claims\n  from: gone\n  to: plenary-vote-tally\n  changed: [id]\n  note: Renamed.\n";
    expect(lines(build(files))).toEqual(["content/corrections.yaml:9:9 CORRECTION_INVALID"]);
  });
});

describe("sitemap lastmod", () => {
  it("dates a corrected claim's page by its correction, and other pages by the records", () => {
    const { corpus } = build(goodFiles());
    if (!corpus) throw new Error("good fixture failed");
    const lastmods = pageLastmods(corpus);
    expect(lastmods.of("/claims/plenary-vote-tally/")).toBe("2026-01-15");
    const other = corpus.claim("new-claim");
    expect(lastmods.of(other.url)).toBe(corpus.source(other.source).published);
    expect(lastmods.of("/compare/")).toBe(corpus.asOf());
  });
});
