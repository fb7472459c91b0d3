/**
 * The sites the search benchmark measures: a synthetic corpus of a given
 * size over the real one (search-corpus.ts), plus two baseline pages written
 * beside it: plain fuse.js over full texts (what a naive implementation
 * costs), and Pagefind (the static search most Astro sites use) over every
 * page's <main>, indexed by the `pagefind` npm package's own binary.
 *
 * By default each size is a full `astro build`. With `assemble`, the site is
 * built once from the real content and each size gets a copy whose search
 * files (and /data/corpus.json) are written from the synthetic corpus by the
 * same functions the build's endpoints call: the search page, its scripts and
 * styles are the same bytes; only the page's footer and suggestions still
 * describe the real corpus. Use it when the full build of 10,000 claims is
 * too slow to wait for: the other pages, not search, set its length.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { loadCorpus, type CorpusData } from "../../src/corpus/index.ts";
import { corpusJson } from "../../src/corpus/export/json.ts";
import { buildSearchIndex } from "../../src/lib/search/build-index.ts";
import { baselineFile } from "./search-baseline-data.ts";
import { writeBenchCorpus } from "./search-corpus.ts";

export interface Site {
  claims: number;
  dist: string;
  /** Records in the search index. */
  records: number;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
/** With --assemble, the real site is built once per run, whatever the number of sizes. */
let realBuilt = false;

/** Always names the content folder: the bundled corpus loader looks for content/ relative to the output folder otherwise. */
function astroBuild(outDir: string, cacheDir: string, contentDir: string): void {
  console.log(`astro build → ${outDir} …`);
  const result = spawnSync("npx", ["astro", "build", "--outDir", outDir], {
    cwd: root,
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`astro build into ${outDir} failed`);
}

/** The search files and the corpus export of `contentDir`, written into `dist` as the build's endpoints would. */
async function writeSearchFiles(dist: string, contentDir: string): Promise<void> {
  const { corpus, diagnostics } = await loadCorpus(contentDir);
  if (!corpus) throw new Error(`${contentDir} does not build: ${diagnostics[0]?.message ?? ""}`);
  const files = buildSearchIndex(corpus);
  const dir = path.join(dist, "search");
  await rm(path.join(dir, "postings"), { recursive: true, force: true });
  await rm(path.join(dir, "docs"), { recursive: true, force: true });
  await mkdir(path.join(dir, "postings"), { recursive: true });
  await mkdir(path.join(dir, "docs"), { recursive: true });
  await writeFile(path.join(dir, "index.json"), JSON.stringify(files.manifest));
  await writeFile(path.join(dir, "facets.json"), JSON.stringify(files.facets));
  await Promise.all(files.postings.map((shard, i) => writeFile(path.join(dir, "postings", `${i}.json`), JSON.stringify(shard))));
  await Promise.all(files.docs.map((shard, i) => writeFile(path.join(dir, "docs", `${i}.json`), JSON.stringify(shard))));
  await writeFile(path.join(dist, "data/corpus.json"), corpusJson(corpus));
}

export async function buildSite(claims: number, workDir: string, options: { reuse: boolean; assemble: boolean }): Promise<Site> {
  const dir = path.join(workDir, `${options.assemble ? "assembled" : "synthetic"}-${claims}`);
  const dist = path.join(dir, "dist");
  const content = path.join(dir, "content");
  if (!(options.reuse && existsSync(path.join(dist, "search/index.json")))) {
    await rm(dir, { recursive: true, force: true });
    await writeBenchCorpus(claims, path.join(root, "content"), content);
    if (options.assemble) {
      await cp(await realDist(workDir, options.reuse), dist, { recursive: true });
      await writeSearchFiles(dist, content);
    } else {
      astroBuild(dist, path.join(dir, "cache"), content);
    }
  }
  await writeBaseline(dist);
  await writePagefind(dist);
  const manifest = JSON.parse(await readFile(path.join(dist, "search/index.json"), "utf8")) as { records: number };
  return { claims, dist, records: manifest.records };
}

/** The site of the real content, built once per run (or kept, with `reuse`). */
async function realDist(workDir: string, reuse: boolean): Promise<string> {
  const real = path.join(workDir, "real/dist");
  if (!realBuilt && !(reuse && existsSync(path.join(real, "search/index.html")))) {
    await rm(real, { recursive: true, force: true });
    astroBuild(real, path.join(workDir, "real/cache"), path.join(root, "content"));
  }
  realBuilt = true;
  return real;
}

/** The real site with its Pagefind page: what the relevance fixtures are scored on. */
export async function buildRealSite(workDir: string, reuse: boolean): Promise<string> {
  const dist = path.join(workDir, "relevance/dist");
  await rm(dist, { recursive: true, force: true });
  await cp(await realDist(workDir, reuse), dist, { recursive: true });
  await writePagefind(dist);
  return dist;
}

/** /pagefind/ (the index, once per build) and /__pagefind/: a bare page and its bundled script. */
async function writePagefind(dist: string): Promise<void> {
  if (!existsSync(path.join(dist, "pagefind/pagefind.js"))) {
    console.log(`pagefind --site ${dist} …`);
    const indexed = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", dist, "--root-selector", "main", "--quiet"],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (indexed.status !== 0) throw new Error(`pagefind over ${dist} failed`);
  }
  await writeBarePage(dist, "__pagefind", "search-pagefind-client.ts", "Pagefind search");
}

/** /__baseline/: a bare page, its bundled script and the full-text file with its fuse.js index. */
async function writeBaseline(dist: string): Promise<void> {
  const dir = path.join(dist, "__baseline");
  await mkdir(dir, { recursive: true });
  const corpus = JSON.parse(await readFile(path.join(dist, "data/corpus.json"), "utf8")) as CorpusData;
  await writeFile(path.join(dir, "data.json"), baselineFile(corpus));
  await writeBarePage(dist, "__baseline", "search-baseline-client.ts", "Baseline search");
}

/** /<folder>/: a bare search page with the page contract of /search/, and its script bundled from scripts/bench/. */
async function writeBarePage(dist: string, folder: string, client: string, title: string): Promise<void> {
  const dir = path.join(dist, folder);
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: [path.join(root, "scripts/bench", client)],
    bundle: true,
    format: "esm",
    minify: true,
    outfile: path.join(dir, "app.js"),
    logLevel: "warning",
  });
  await writeFile(
    path.join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
      `<label for="search-input">Search</label> <input id="search-input" type="search" autocomplete="off">` +
      `<div data-search-results data-query=""></div><script type="module" src="/${folder}/app.js"></script></body></html>`,
  );
}
