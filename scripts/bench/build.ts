/**
 * `npm run bench:build`: how the build scales. For synthetic corpora of 1k,
 * 5k and 10k claims (over the real content), builds the site into a fresh
 * folder and reports build time, CPU and kernel time, pages per second and
 * peak memory; in the same run, the same figures for two peers with as many
 * pages and the same `build.concurrency`: Astro's content layer over the same
 * Markdown (a `glob()` collection rendered with `render()`, the site a user
 * would build instead) and a plain Astro site of trivial pages. Budgets at the
 * largest size: at most 1.3× the content-layer peer's time, at most 2 GiB
 * peak, and the largest/smallest time ratio at most 12 for a tenfold corpus.
 * It also reports the heaviest pages, gzip-compressed, against the 200 KiB
 * page budget, which the corpus must keep at every size.
 *
 *   npm run bench:build [-- --sizes 1000,5000,10000] [--repeat N] [--rebuild] [--profile] [--keep] [--work DIR]
 *
 * --repeat builds each site N times and keeps the fastest build (and the
 * highest peak), which steadies the figures on a shared machine.
 * --rebuild then builds the largest corpus again over its own output, first
 * unchanged and then after editing one source, for the site and the
 * content-layer peer; a rebuild must take no longer than the cold build.
 * --profile also builds the largest corpus under `node --cpu-prof` and prints
 * where the time goes. Exits 1 if a budget is missed.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, type Measurement } from "./build-measure.ts";
import { mainProfile, summariseProfile } from "./build-profile.ts";
import { writeContentLayerSite, writePlainSite, writeProjectContent } from "./build-sites.ts";
import { HTML_BUDGET_BYTES, pageWeights, type WeightSummary } from "./build-weight.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ASTRO = path.join(ROOT, "node_modules/astro/astro.js");
const GiB = 1024 ** 3;
const BUDGET = { ratio: 1.3, peakBytes: 2 * GiB, growth: 12 };

interface Options {
  sizes: number[];
  /** Builds per site and size; the fastest counts (a shared machine only ever adds time). */
  repeat: number;
  rebuild: boolean;
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
    rebuild: argv.includes("--rebuild"),
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
  peer: Built;
  plain: Built;
  weight: WeightSummary;
}

interface Rebuild {
  label: string;
  project: Built;
  peer: Built;
}

/** The best of two builds of the same site: the lower times, the higher peak, and the loads of the fastest. */
function fastest(best: Built | undefined, next: Built): Built {
  if (!best) return next;
  return {
    ...next,
    seconds: Math.min(best.seconds, next.seconds),
    cpuSeconds: Math.min(best.cpuSeconds, next.cpuSeconds),
    systemSeconds: Math.min(best.systemSeconds, next.systemSeconds),
    peakBytes: Math.max(best.peakBytes, next.peakBytes),
    load: best.seconds <= next.seconds ? best.load : next.load,
  };
}

/** The project's own `build.concurrency`, which both peers use too. */
async function projectConcurrency(): Promise<number> {
  const config = (await import(path.join(ROOT, "astro.config.mjs"))) as { default: { build?: { concurrency?: number } } };
  return config.default.build?.concurrency ?? 1;
}

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...extra });

async function buildProject(claims: number, dir: string, nodeFlags: string[] = []): Promise<Built & { weight: WeightSummary }> {
  await writeProjectContent(claims, path.join(ROOT, "content"), path.join(dir, "content"));
  return rebuildProject(claims, dir, nodeFlags);
}

/** Builds the project in `dir` from its content/, over whatever dist/ and cache/ hold already. */
async function rebuildProject(claims: number, dir: string, nodeFlags: string[] = []): Promise<Built & { weight: WeightSummary }> {
  const content = path.join(dir, "content");
  const dist = path.join(dir, "dist");
  const result = await measure(process.execPath, [...nodeFlags, ASTRO, "build", "--outDir", dist], {
    cwd: ROOT,
    env: env({ ATLAS_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(dir, "cache") }),
  });
  if (result.status !== 0) throw new Error(`the site's build of ${claims} claims failed:\n${result.tail}`);
  return { ...result, pages: await countPages(dist), weight: await pageWeights(dist) };
}

/** Builds a peer site in `dir`, over whatever dist/ and its cache hold already. */
async function buildPeer(dir: string, what: string): Promise<Built> {
  const dist = path.join(dir, "dist");
  const result = await measure(process.execPath, [ASTRO, "build", "--outDir", dist], { cwd: dir, env: env({}) });
  if (result.status !== 0) throw new Error(`the ${what} build failed:\n${result.tail}`);
  return { ...result, pages: await countPages(dist) };
}

/** One edit an author makes: a sentence added to the first source's text. */
async function editOneSource(contentDir: string): Promise<void> {
  const file = path.join(contentDir, "sources/source-0.md");
  const text = await readFile(file, "utf8");
  const end = text.indexOf("\n---\n", 4);
  if (end < 0) throw new Error(`${file} has no frontmatter to edit after`);
  await writeFile(file, `${text.slice(0, end + 5)}\nAn edited sentence.\n${text.slice(end + 5)}`);
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const rate = (m: { pages: number; seconds: number }) => (m.pages / m.seconds).toFixed(0);

const figures = (b: Built) =>
  `${b.pages} pages, ${b.seconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s, kernel ${b.systemSeconds.toFixed(1)} s), ` +
  `${rate(b)}/s, ${mib(b.peakBytes)}, load ${b.load.map((l) => l.toFixed(1)).join("→")}`;
const ratios = (a: Built, b: Built) =>
  `${(a.seconds / b.seconds).toFixed(2)}× (CPU ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}×)`;

function report(rows: readonly Row[], rebuilds: readonly Rebuild[]): boolean {
  console.log(
    "\nclaims | site | content-layer peer | trivial pages | site ÷ content layer | site ÷ trivial" +
      "\n       (each: pages, time (CPU, kernel), pages/s, peak, 1-minute load average at start→end of the fastest build)",
  );
  for (const r of rows)
    console.log(
      `${String(r.claims).padStart(6)} | ${figures(r.project)} | ${figures(r.peer)} | ${figures(r.plain)} | ` +
        `${ratios(r.project, r.peer)} | ${ratios(r.project, r.plain)}`,
    );
  if (rebuilds.length > 0) {
    console.log(`\nrebuild in place at ${rows[rows.length - 1]?.claims} claims | site | content-layer peer`);
    for (const b of rebuilds) console.log(`${b.label} | ${figures(b.project)} | ${figures(b.peer)}`);
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
      `time at ${largest.claims} claims ${(largest.project.seconds / largest.peer.seconds).toFixed(2)}× the content-layer peer, ` +
        `CPU ${(largest.project.cpuSeconds / largest.peer.cpuSeconds).toFixed(2)}× (budget ≤ ${BUDGET.ratio}×)`,
      largest.project.seconds / largest.peer.seconds <= BUDGET.ratio,
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
  for (const b of rebuilds)
    checks.push([
      `${b.label.trim()}: ${b.project.seconds.toFixed(1)} s against ${largest.project.seconds.toFixed(1)} s cold ` +
        `(kernel ${b.project.systemSeconds.toFixed(1)} s against ${largest.project.systemSeconds.toFixed(1)} s; budget: no slower)`,
      b.project.seconds <= largest.project.seconds,
    ]);
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
  const work = path.resolve(options.work ?? (await mkdtemp(path.join(ROOT, ".bench", "build-"))));
  await mkdir(work, { recursive: true });
  console.log(`bench:build in ${work} (sizes ${options.sizes.join(", ")} claims over the real content)`);
  const concurrency = await projectConcurrency();
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}; build.concurrency ${concurrency} on all three sites`,
  );
  const rows: Row[] = [];
  const rebuilds: Rebuild[] = [];
  let lastDir = "";
  let lastClaims = 0;
  for (const claims of options.sizes) {
    let project: (Built & { weight: WeightSummary }) | undefined;
    let peer: Built | undefined;
    let plain: Built | undefined;
    for (let run = 1; run <= options.repeat; run += 1) {
      // Fresh folders every time: deleting a 10k-page dist takes about a minute on these disks.
      const dir = await mkdtemp(path.join(work, `claims-${claims}-`));
      console.log(`building the site with ${claims} synthetic claims (run ${run}/${options.repeat}) …`);
      const built = await buildProject(claims, path.join(dir, "site"));
      project = { ...fastest(project, built), weight: built.weight };
      const pages = built.pages;
      const { entries } = await writeContentLayerSite(
        pages,
        path.join(dir, "site/content"),
        path.join(dir, "peer"),
        ROOT,
        concurrency,
      );
      console.log(`  ${pages} pages; content-layer peer with ${entries} entries and ${pages - entries} trivial pages …`);
      peer = fastest(peer, await buildPeer(path.join(dir, "peer"), `content-layer peer of ${pages} pages`));
      console.log(`  plain Astro site with ${pages} trivial pages …`);
      await writePlainSite(pages, path.join(dir, "plain"), ROOT, concurrency);
      plain = fastest(plain, await buildPeer(path.join(dir, "plain"), `plain Astro site of ${pages} pages`));
      lastDir = dir;
      lastClaims = claims;
    }
    if (project && peer && plain) rows.push({ claims, project, peer, plain, weight: project.weight });
  }
  if (options.rebuild && lastDir) {
    const site = path.join(lastDir, "site");
    const peerDir = path.join(lastDir, "peer");
    const again = async (label: string) => {
      console.log(`${label.trim()} at ${lastClaims} claims: the site, then the content-layer peer …`);
      rebuilds.push({ label, project: await rebuildProject(lastClaims, site), peer: await buildPeer(peerDir, "peer's rebuild") });
    };
    await again("no change         ");
    await editOneSource(path.join(site, "content"));
    await editOneSource(path.join(peerDir, "content"));
    await again("one source edited ");
  }
  const ok = report(rows, rebuilds);
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
