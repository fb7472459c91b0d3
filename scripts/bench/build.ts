/**
 * `npm run bench:build`: how the build scales. For synthetic corpora of 1k,
 * 5k and 10k claims (over the real content), builds the site into a fresh
 * folder and reports build time, pages per second and peak memory; in the
 * same run, the same figures for a plain Astro site with as many pages, and
 * the ratio. Budgets at the largest size: at most 1.3× the plain site's time,
 * at most 2 GiB peak, and the largest/smallest time ratio at most 12 for a
 * tenfold corpus. It also reports the heaviest pages, gzip-compressed, against
 * the 200 KiB page budget, which the corpus must keep at every size.
 *
 *   npm run bench:build [-- --sizes 1000,5000,10000] [--repeat N] [--profile] [--keep] [--work DIR]
 *
 * --repeat builds each site N times and keeps the fastest build (and the
 * highest peak), which steadies the figures on a shared machine.
 * --profile also builds the largest corpus under `node --cpu-prof` and prints
 * where the time goes. Exits 1 if a budget is missed.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, type Measurement } from "./build-measure.ts";
import { mainProfile, summariseProfile } from "./build-profile.ts";
import { writePlainSite, writeProjectContent } from "./build-sites.ts";
import { HTML_BUDGET_BYTES, pageWeights, type WeightSummary } from "./build-weight.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ASTRO = path.join(ROOT, "node_modules/astro/astro.js");
const GiB = 1024 ** 3;
const BUDGET = { ratio: 1.3, peakBytes: 2 * GiB, growth: 12 };

interface Options {
  sizes: number[];
  /** Builds per site and size; the fastest counts (a shared machine only ever adds time). */
  repeat: number;
  profile: boolean;
  keep: boolean;
  work: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const sizes = (value("--sizes") ?? "1000,5000,10000").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--sizes takes claim counts, e.g. 1000,5000,10000");
  const repeat = Number(value("--repeat") ?? 1);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error("--repeat takes a positive count");
  return {
    sizes: sizes.sort((a, b) => a - b),
    repeat,
    profile: argv.includes("--profile"),
    keep: argv.includes("--keep"),
    work: value("--work"),
  };
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith(".html")).length;
}

type Built = Measurement & { pages: number };

interface Row {
  claims: number;
  project: Built;
  plain: Built;
  weight: WeightSummary;
}

/** The best of two builds of the same site: the lower times, the higher peak. */
function fastest(best: Built | undefined, next: Built): Built {
  if (!best) return next;
  return {
    ...next,
    seconds: Math.min(best.seconds, next.seconds),
    cpuSeconds: Math.min(best.cpuSeconds, next.cpuSeconds),
    peakBytes: Math.max(best.peakBytes, next.peakBytes),
  };
}

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...extra });

async function buildProject(claims: number, dir: string, nodeFlags: string[] = []): Promise<Built & { weight: WeightSummary }> {
  const content = path.join(dir, "content");
  const dist = path.join(dir, "dist");
  await writeProjectContent(claims, path.join(ROOT, "content"), content);
  const result = await measure(process.execPath, [...nodeFlags, ASTRO, "build", "--outDir", dist], {
    cwd: ROOT,
    env: env({ ATLAS_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(dir, "cache") }),
  });
  if (result.status !== 0) throw new Error(`the site's build of ${claims} claims failed:\n${result.tail}`);
  return { ...result, pages: await countPages(dist), weight: await pageWeights(dist) };
}

async function buildPlain(pages: number, dir: string): Promise<Built> {
  await writePlainSite(pages, dir, ROOT);
  const dist = path.join(dir, "dist");
  const result = await measure(process.execPath, [ASTRO, "build", "--outDir", dist], { cwd: dir, env: env({}) });
  if (result.status !== 0) throw new Error(`the plain Astro build of ${pages} pages failed:\n${result.tail}`);
  return { ...result, pages: await countPages(dist) };
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const rate = (m: { pages: number; seconds: number }) => (m.pages / m.seconds).toFixed(0);

function report(rows: readonly Row[]): boolean {
  const figures = (b: Built) =>
    `${b.pages} pages, ${b.seconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s), ${rate(b)}/s, ${mib(b.peakBytes)}`;
  console.log("\nclaims | site: pages, time (CPU), pages/s, peak | plain Astro: the same | time ratio (CPU ratio)");
  for (const r of rows) {
    const ratio = (r.project.seconds / r.plain.seconds).toFixed(2);
    const cpuRatio = (r.project.cpuSeconds / r.plain.cpuSeconds).toFixed(2);
    console.log(`${String(r.claims).padStart(6)} | ${figures(r.project)} | ${figures(r.plain)} | ${ratio}× (${cpuRatio}×)`);
  }
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log("\nclaims | heaviest HTML pages, gzip | pages over the budget");
  for (const r of rows)
    console.log(
      `${String(r.claims).padStart(6)} | ${r.weight.heaviest.map((w) => `${w.page} ${kib(w.gzipBytes)}`).join(", ")} | ${r.weight.overBudget}`,
    );
  const largest = rows[rows.length - 1];
  const smallest = rows[0];
  if (!largest || !smallest) return true;
  const checks: [string, boolean][] = [
    [
      `time at ${largest.claims} claims ${(largest.project.seconds / largest.plain.seconds).toFixed(2)}× the plain site, ` +
        `CPU ${(largest.project.cpuSeconds / largest.plain.cpuSeconds).toFixed(2)}× (budget ≤ ${BUDGET.ratio}×)`,
      largest.project.seconds / largest.plain.seconds <= BUDGET.ratio,
    ],
    [
      `peak memory at ${largest.claims} claims ${mib(largest.project.peakBytes)} (budget ≤ ${mib(BUDGET.peakBytes)})`,
      largest.project.peakBytes <= BUDGET.peakBytes,
    ],
    [
      `heaviest HTML page at ${largest.claims} claims ${kib(largest.weight.heaviest[0]?.gzipBytes ?? 0)} gzip, ` +
        `${largest.weight.overBudget} page(s) over ${kib(HTML_BUDGET_BYTES)} (budget: none)`,
      largest.weight.overBudget === 0,
    ],
  ];
  if (largest !== smallest) {
    const growth = largest.project.seconds / smallest.project.seconds;
    const cpuGrowth = largest.project.cpuSeconds / smallest.project.cpuSeconds;
    checks.push([
      `time ${largest.claims}/${smallest.claims} claims ${growth.toFixed(1)}, CPU ${cpuGrowth.toFixed(1)} (budget ≤ ${BUDGET.growth})`,
      growth <= BUDGET.growth,
    ]);
  }
  console.log("");
  for (const [text, ok] of checks) console.log(`${ok ? "within budget" : "OVER BUDGET  "}  ${text}`);
  return checks.every(([, ok]) => ok);
}

async function profileBuild(claims: number, work: string): Promise<void> {
  const dir = path.join(work, `profile-${claims}`);
  const profiles = path.join(dir, "profiles");
  await mkdir(profiles, { recursive: true });
  console.log(`\nprofiling the build of ${claims} claims (node --cpu-prof) …`);
  await buildProject(claims, dir, ["--cpu-prof", `--cpu-prof-dir=${profiles}`]);
  const file = mainProfile(profiles);
  console.log(file ? summariseProfile(file, ROOT) : "no profile was written");
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Inside the repository (.bench/ is ignored): Astro writes its intermediate
  // server bundle into outDir only when outDir is under the working directory,
  // else into the shared ./.astro/, where parallel builds break each other; and
  // that bundle must resolve node_modules.
  await mkdir(path.join(ROOT, ".bench"), { recursive: true });
  const work = options.work ?? (await mkdtemp(path.join(ROOT, ".bench", "build-")));
  await mkdir(work, { recursive: true });
  console.log(`bench:build in ${work} (sizes ${options.sizes.join(", ")} claims over the real content)`);
  const rows: Row[] = [];
  for (const claims of options.sizes) {
    let project: (Built & { weight: WeightSummary }) | undefined;
    let plain: Built | undefined;
    for (let run = 1; run <= options.repeat; run += 1) {
      // Fresh folders every time: deleting a 10k-page dist takes about a minute on these disks.
      const dir = await mkdtemp(path.join(work, `claims-${claims}-`));
      console.log(`building the site with ${claims} synthetic claims (run ${run}/${options.repeat}) …`);
      const built = await buildProject(claims, path.join(dir, "site"));
      project = { ...fastest(project, built), weight: built.weight };
      console.log(`  ${project.pages} pages; plain Astro site with ${project.pages} pages …`);
      plain = fastest(plain, await buildPlain(project.pages, path.join(dir, "plain")));
    }
    if (project && plain) rows.push({ claims, project, plain, weight: project.weight });
  }
  const ok = report(rows);
  const largest = options.sizes[options.sizes.length - 1];
  if (options.profile && largest) await profileBuild(largest, work);
  if (!options.keep) {
    // Removing tens of thousands of files is slow; let it finish in the background.
    spawn("rm", ["-rf", work], { detached: true, stdio: "ignore" }).unref();
    console.log(`\nremoving ${work} in the background (--keep keeps it)`);
  }
  process.exitCode = ok ? 0 : 1;
}

await main();
