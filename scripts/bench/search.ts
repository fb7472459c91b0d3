/**
 * `npm run bench:search`: builds synthetic corpora (1,000 and 10,000 claims
 * by default), serves each build, and measures in headless Chromium the site's
 * search (/search/) against Pagefind over the same pages (the static search
 * most Astro sites use) and plain fuse.js over full record texts (what a
 * naive implementation costs), in the same run and browser session. Prints a table and the budgets; writes .bench/search/results.json.
 *
 *   npm run bench:search -- --sizes 1000,10000 --runs 3 --reuse --priority --assemble --port 4391
 *
 * --reuse keeps an existing build of a size (the content generator is
 * deterministic); --assemble builds the site once and writes each size's
 * search files into a copy (search-sites.ts), instead of a full build per
 * size (Pagefind then indexes the real pages only: its figures need full
 * builds); --skip-baseline (while working on search only) measures the atlas
 * alone; --runs is how many fresh pages measure the first query;
 * --priority runs Chromium and the server at nice -10 (needs root), so that
 * on a shared, busy machine the figures measure the code more than the queue
 * for a CPU. Both approaches always run under the same conditions.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "../../tests/e2e/chromium.ts";
import { measure } from "./search-measure.ts";
import { FIRST_QUERY, QUERIES } from "./search-queries.ts";
import { budgetLines, table, type SizeResult } from "./search-report.ts";
import { measureRelevance, relevanceBudget, relevanceTable, type RelevanceResult } from "./search-relevance.ts";
import { buildRealSite, buildSite } from "./search-sites.ts";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const workDir = path.join(root, ".bench/search");

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

// --port: benchmarks of parallel worktrees each need their own.
const PORT = Number(option("port", "4391"));
const priority = process.argv.includes("--priority");
const NICE = ["nice", "-n", "-10"];

async function serve(dist: string): Promise<ChildProcess> {
  const command = [...(priority ? NICE : []), "node", path.join(root, "scripts/serve-dist.mjs"), dist, String(PORT)];
  const server = spawn(command[0] ?? "node", command.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`serve-dist exited with ${code}`)));
  });
  return server;
}

async function main(): Promise<void> {
  const sizes = option("sizes", "1000,10000").split(",").map(Number);
  const runs = Number(option("runs", "3"));
  const reuse = process.argv.includes("--reuse");
  const assemble = process.argv.includes("--assemble");
  // While working on the search only: the baseline column then repeats the atlas figures.
  const skipBaseline = process.argv.includes("--skip-baseline");
  await mkdir(workDir, { recursive: true });
  let executablePath = chromiumPath();
  if (priority) {
    const wrapper = path.join(workDir, "chromium-priority.sh");
    await writeFile(wrapper, `#!/bin/sh\nexec ${NICE.join(" ")} ${executablePath} "$@"\n`);
    await chmod(wrapper, 0o755);
    executablePath = wrapper;
  }
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  const results: SizeResult[] = [];
  let relevance: RelevanceResult | undefined;
  try {
    for (const claims of sizes) {
      const site = await buildSite(claims, workDir, { reuse, assemble });
      const server = await serve(site.dist);
      const before = loadavg()[0] ?? 0;
      try {
        const origin = `http://127.0.0.1:${PORT}`;
        console.log(`measuring ${claims} claims (${site.records} records): atlas search …`);
        const atlas = await measure(browser, `${origin}/search/`, site.dist, FIRST_QUERY, QUERIES, runs, true);
        console.log(`measuring ${claims} claims: Pagefind …`);
        const pagefind = skipBaseline
          ? atlas
          : await measure(browser, `${origin}/__pagefind/`, site.dist, FIRST_QUERY, QUERIES, runs);
        console.log(`measuring ${claims} claims: plain fuse.js baseline …`);
        const baseline = skipBaseline
          ? atlas
          : await measure(browser, `${origin}/__baseline/`, site.dist, FIRST_QUERY, QUERIES, runs);
        results.push({ claims, records: site.records, load: [before, loadavg()[0] ?? 0], atlas, pagefind, baseline });
      } finally {
        server.kill();
      }
    }
    // Relevance on the real corpus, where the fixtures' answers are known.
    const real = await buildRealSite(workDir, reuse);
    const server = await serve(real);
    try {
      console.log("measuring relevance on the real corpus: atlas and Pagefind …");
      relevance = await measureRelevance(browser, `http://127.0.0.1:${PORT}`, real);
    } finally {
      server.kill();
    }
  } finally {
    await browser.close();
  }
  console.log(
    `\nSearch benchmark: headless Chromium (${chromiumPath()}${priority ? ", nice -10" : ""}), ${QUERIES.length} queries typed key by key, first query "${FIRST_QUERY}"`,
  );
  console.log(
    `Sites: ${assemble ? "one build of the real content, each size's search files written into a copy (--assemble)" : "a full astro build per size"}.`,
  );
  console.log(
    "Latency: keydown to the keystroke's results in the DOM. Bytes: files finished before the first result appeared, compressed by the benchmark.\n",
  );
  console.log(table(results));
  const largest = results.at(-1);
  if (largest) console.log(`\nBudgets at ${largest.claims} claims:\n${budgetLines(largest).join("\n")}`);
  if (relevance) {
    console.log(
      `\nRelevance on the real corpus (tests/fixtures/search-relevance.ts, fixtures without filters):\n${relevanceTable(relevance)}`,
    );
    console.log(relevanceBudget(relevance).join("\n"));
  }
  await writeFile(path.join(workDir, "results.json"), `${JSON.stringify({ results, relevance }, null, 2)}\n`);
}

await main();
