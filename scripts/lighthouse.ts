/**
 * `npm run lighthouse`: Lighthouse 12 on one page of every template (the
 * gates' coverage table), served locally from a built site, in the system
 * Chromium. Prints the four category scores for each page and,
 * for any score under 100, the audits that cost points.
 *
 *   npm run lighthouse [-- DIST] [--desktop]
 *
 * Defaults to dist/ and Lighthouse's mobile settings (simulated slow 4G and a
 * mid-range phone), the stricter of its two presets. An audit a template
 * fails on purpose (a noindex page is not crawlable) is printed apart, with
 * the reason its row in the coverage table gives. The site is served
 * gzip-compressed, as any static host serves it: uncompressed, a 400 KB page
 * would be scored for bytes no reader downloads. Full reports go to the
 * system temp folder (test-results/ is emptied by every Playwright run).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumPath, CHROMIUM_ARGS } from "../tests/e2e/chromium.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const SERVER_PORT = 4381;
const DEBUG_PORT = 9333;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A static server for the build, like scripts/serve-dist.mjs, but compressing what it sends. */
function serveCompressed(root: string, port: number): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const fileFor = (pathname: string): string | undefined => {
    const candidate = path.normalize(path.join(root, decodeURIComponent(pathname)));
    if (!candidate.startsWith(root)) return undefined;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = path.join(candidate, "index.html");
    return existsSync(index) ? index : undefined;
  };
  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const file = fileFor(pathname);
    const served = file ?? path.join(root, "404.html");
    const type = TYPES[path.extname(served)];
    const headers: Record<string, string> = { "Content-Type": type ?? "application/octet-stream" };
    let body: Buffer = readFileSync(served);
    if (type && /\bgzip\b/u.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = cache.get(served) ?? gzipSync(body);
      cache.set(served, body);
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(file ? 200 : 404, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function waitFor(url: string, what: string): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start (${url})`);
}

/**
 * One page of each template under the gate in the coverage table
 * (tests/e2e/quality/templates.ts): the largest, and the search page with a
 * query, since an empty search page scores nothing of the search itself.
 */
async function pagesOf(dist: string): Promise<{ name: string; url: string; byDesign: Record<string, string> }[]> {
  // built-site.ts reads the build folder from E2E_DIST when it is first imported.
  process.env["E2E_DIST"] = dist;
  const { onePerTemplate, templateOf } = await import("../tests/e2e/quality/templates.ts");
  return onePerTemplate("lighthouse").map((page) => {
    const template = templateOf(page);
    const name = template.file.replace(/\.astro$/u, "");
    const url = name === "search/index" ? `${page.url}?q=Budapest%20Convention` : page.url;
    return { name, url, byDesign: template.byDesign ?? {} };
  });
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Category {
  score: number | null;
  auditRefs: { id: string; weight: number }[];
}

/** The audits in a category that cost points, heaviest first. */
function losses(category: Category, audits: Record<string, Audit>): Audit[] {
  return category.auditRefs
    .map((ref) => ({ ref, audit: audits[ref.id] }))
    .filter(
      ({ ref, audit }) =>
        audit && (ref.weight > 0 || audit.scoreDisplayMode === "binary") && audit.score !== null && audit.score < 1,
    )
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .flatMap(({ audit }) => (audit ? [audit] : []));
}

const describe = (audit: Audit) =>
  `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}, score ${Math.round((audit.score ?? 0) * 100)}`;

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
  if (!existsSync(path.join(dist, "index.html"))) throw new Error(`${dist} has no built site: run \`npm run build\` first`);
  const desktop = args.includes("--desktop");
  const outDir = path.join(tmpdir(), "atlas-lighthouse");
  const profile = mkdtempSync(path.join(tmpdir(), "lighthouse-chromium-"));
  let server: Server | undefined;
  let chromium: ChildProcess | undefined;
  try {
    server = await serveCompressed(dist, SERVER_PORT);
    chromium = spawn(
      chromiumPath(),
      ["--headless=new", `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, "about:blank"],
      { stdio: "ignore" },
    );
    await waitFor(`http://127.0.0.1:${DEBUG_PORT}/json/version`, "Chromium");

    const rows: string[] = [];
    const notes: string[] = [];
    const intended: string[] = [];
    for (const page of await pagesOf(dist)) {
      const url = `http://127.0.0.1:${SERVER_PORT}${page.url}`;
      const result = await lighthouse(
        url,
        { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
        desktop ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(
        path.join(outDir, `${page.name.replaceAll("/", "_")}.json`),
        typeof result.report === "string" ? result.report : JSON.stringify(result.lhr),
      );
      const lhr = result.lhr as unknown as {
        categories: Record<string, Category>;
        audits: Record<string, Audit>;
        runtimeError?: { message: string };
      };
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push(`${page.name.padEnd(30)} ${scores.map((s) => String(s).padStart(15)).join("")}   ${page.url}`);
      CATEGORIES.forEach((c, i) => {
        const category = lhr.categories[c];
        if ((scores[i] ?? 0) < 100 && category)
          for (const loss of losses(category, lhr.audits)) {
            const why = page.byDesign[loss.id];
            (why ? intended : notes).push(`${page.name} · ${c} · ${describe(loss)}${why ? `: ${why}` : ""}`);
          }
      });
    }
    console.log(`\nLighthouse ${desktop ? "desktop" : "mobile"} scores (${dist})`);
    console.log(`${"template".padEnd(30)} ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
    for (const row of rows) console.log(row);
    console.log(
      notes.length > 0 ? `\nWhat keeps a score under 100:\n${notes.map((n) => `  ${n}`).join("\n")}` : "\nEvery score is 100.",
    );
    if (intended.length > 0)
      console.log(`\nBy design (tests/e2e/quality/templates.ts):\n${intended.map((n) => `  ${n}`).join("\n")}`);
    console.log(`\nFull reports: ${outDir}/*.json`);
  } finally {
    await stop(chromium);
    server?.close();
    // Chromium may still be writing its profile as it exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

await main();
