import { describe, expect, it } from "vitest";
import { buildCorpus, loadCorpus } from "../../../src/corpus/index.ts";
import { readContentDir } from "../../../src/corpus/load.ts";
import { defaultContentDir } from "../../../src/corpus/index.ts";
import { currentIds, formatManifest, mergeManifest, PERMALINK_TYPES } from "../../../src/corpus/permalinks.ts";

async function realFiles(): Promise<Record<string, string>> {
  return { ...(await readContentDir(defaultContentDir())) };
}

/** Renames a claim in its source file, as an author editing the id would. */
function renameClaim(files: Record<string, string>, from: string, to: string): void {
  const path = Object.keys(files).find((p) => p.startsWith("sources/") && files[p]?.includes(`{#${from} `));
  if (!path) throw new Error(`claim ${from} not found`);
  files[path] = (files[path] ?? "")
    .replace(`{#${from} `, `{#${to} `)
    .replaceAll(`"${from}"`, `"${to}"`)
    .replaceAll(` ${from} `, ` ${to} `);
  for (const [p, text] of Object.entries(files)) {
    if (p.startsWith("sources/"))
      files[p] = text.replace(new RegExp(`(revises=|corroborates="|contradicts="|[" ])${from}(?=[" }])`, "gu"), `$1${to}`);
  }
}

describe("permalink stability", () => {
  it("the committed manifest lists every current id (run `npm run permalinks` after adding records)", async () => {
    const { corpus } = await loadCorpus();
    const files = await realFiles();
    const manifest = JSON.parse(files["published-ids.json"] ?? "{}") as Record<string, string[]>;
    const ids = currentIds(corpus?.data ?? ({} as never));
    for (const type of PERMALINK_TYPES) {
      const missing = ids[type].filter((id) => !(manifest[type] ?? []).includes(id));
      expect(missing, `${type} missing from content/published-ids.json`).toEqual([]);
    }
  });

  it("renaming a published claim without a redirect fails the check", async () => {
    const files = await realFiles();
    const claimId = (JSON.parse(files["published-ids.json"] ?? "{}") as { claims: string[] }).claims[0] ?? "";
    renameClaim(files, claimId, "renamed-claim-id");
    const { corpus, diagnostics } = buildCorpus(files);
    expect(corpus).toBeNull();
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      `PERMALINK_REMOVED published claim id "${claimId}" (/claims/${claimId}/) no longer exists and has no redirect`,
    ]);
    expect(diagnostics[0]?.file).toBe("content/published-ids.json");
  });

  it("a redirect entry makes the rename legal and yields a redirect", async () => {
    const files = await realFiles();
    const claimId = (JSON.parse(files["published-ids.json"] ?? "{}") as { claims: string[] }).claims[0] ?? "";
    renameClaim(files, claimId, "renamed-claim-id");
    files["redirects.yaml"] = `claims:\n  ${claimId}: renamed-claim-id\n`;
    const { corpus, diagnostics } = buildCorpus(files);
    expect(diagnostics).toEqual([]);
    expect(corpus?.redirects()).toEqual([
      {
        type: "claims",
        from: claimId,
        to: "renamed-claim-id",
        fromUrl: `/claims/${claimId}/`,
        toUrl: "/claims/renamed-claim-id/",
      },
    ]);
  });

  it("rejects redirects to nowhere and redirects of live ids", async () => {
    const files = await realFiles();
    const claimId = (JSON.parse(files["published-ids.json"] ?? "{}") as { claims: string[] }).claims[0] ?? "";
    files["redirects.yaml"] = `claims:\n  ${claimId}: no-such-claim\n`;
    const { diagnostics } = buildCorpus(files);
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([
      `content/redirects.yaml:2 REDIRECT_INVALID redirect claims "${claimId}" points to "no-such-claim", which does not exist`,
    ]);
  });

  it("never shrinks the manifest and writes one id per line", () => {
    const merged = mergeManifest(
      { claims: ["old"] },
      { claims: ["new"], sources: [], actors: [], instruments: [], votes: [], events: [], dimensions: [], articles: [] },
    );
    expect(merged.claims).toEqual(["new", "old"]);
    expect(formatManifest(merged)).toContain('  "claims": [\n    "new",\n    "old"\n  ]');
  });
});
