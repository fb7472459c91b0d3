import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus, defaultContentDir, type ContentFiles } from "../../../src/corpus/index.ts";
import { readContentDir } from "../../../src/corpus/load.ts";
import { ParseCache } from "../../../src/corpus/parse-cache.ts";
import { syntheticCorpus } from "../../../scripts/bench/synthetic-corpus.ts";

const generatedAt = "2026-01-01T00:00:00.000Z";
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function snapshot(files: ContentFiles, cache?: ParseCache): { json: string; diagnostics: string[] } {
  const { corpus, diagnostics } = buildCorpus(files, { generatedAt, ...(cache ? { cache } : {}) });
  return {
    json: JSON.stringify(corpus?.data ?? null),
    diagnostics: diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`),
  };
}

/** Changes one claim's paraphrase in the first source file. */
function editOne(files: ContentFiles): { files: ContentFiles; name: string } {
  const name =
    Object.keys(files)
      .filter((f) => f.startsWith("sources/"))
      .sort()[0] ?? "";
  const text = files[name] ?? "";
  const at = text.indexOf(":::claim{");
  const lineEnd = text.indexOf("\n", at) + 1;
  return { files: { ...files, [name]: `${text.slice(0, lineEnd)}Edited: ${text.slice(lineEnd)}` }, name };
}

async function proveIdentity(files: ContentFiles): Promise<void> {
  const fresh = snapshot(files);
  expect(fresh.diagnostics).toEqual([]);
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-parse-cache-"));
  dirs.push(dir);

  // A cold persisted cache parses everything and gives the same corpus.
  const cold = await ParseCache.open(dir);
  expect(snapshot(files, cold)).toEqual(fresh);
  const count = cold.stats.parsed;
  expect(cold.stats).toEqual({ parsed: count, reused: 0 });
  await cold.save();

  // A later process (a rebuild) reuses every parse from disk, and the corpus is identical.
  const warm = await ParseCache.open(dir);
  expect(snapshot(files, warm)).toEqual(fresh);
  expect(warm.stats).toEqual({ parsed: 0, reused: count });

  // One edited file: one parse, and the same corpus as a fresh build of the edited files.
  const edited = editOne(files);
  const expected = snapshot(edited.files);
  expect(expected.json).not.toBe(fresh.json);
  expect(snapshot(edited.files, warm)).toEqual(expected);
  expect(warm.stats).toEqual({ parsed: 1, reused: count - 1 });

  // And back: the in-memory cache still holds the original parse.
  expect(snapshot(files, warm)).toEqual(fresh);
  expect(warm.stats.parsed).toBe(0);
}

describe("the parse cache", () => {
  it("gives the identical corpus on the real content, cold, warm from disk, and after one edit", async () => {
    await proveIdentity(await readContentDir(defaultContentDir()));
  }, 120_000);

  it("gives the identical corpus on a synthetic corpus of 1,000 claims", async () => {
    await proveIdentity(await syntheticCorpus({ claims: 1000 }, defaultContentDir()));
  }, 120_000);

  it("reports a cached file's problems again, and the cross-checks of this build only", async () => {
    const files = await readContentDir(defaultContentDir());
    const { files: base, name } = editOne(files);
    const broken = {
      ...base,
      [name]: (base[name] ?? "")
        .replace(/(:::claim\{#[a-z0-9-]+) kind=\w+/u, "$1 kind=fakt")
        .replace(/(:::claim\{#[a-z0-9-]+)/u, '$1 actors="no-such-actor"'),
    };
    const expected = snapshot(broken).diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(tmpdir(), "atlas-parse-cache-"));
    dirs.push(dir);
    const cache = await ParseCache.open(dir);
    expect(snapshot(broken, cache).diagnostics).toEqual(expected);
    expect(snapshot(broken, cache).diagnostics).toEqual(expected);
    await cache.save();
    expect(snapshot(broken, await ParseCache.open(dir)).diagnostics).toEqual(expected);
  }, 120_000);
});
