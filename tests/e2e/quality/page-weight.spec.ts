/**
 * Page weight budgets, measured gzip-compressed (what a reader downloads):
 * reading pages ship at most 10 KiB of JavaScript, no HTML page exceeds
 * 200 KiB, every page has a favicon, and no asset reference is dangling.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { openPage } from "../helpers.ts";
import { builtPages, DIST_DIR, distFiles, readPage, type BuiltPage } from "./built-site.ts";
import { onePerTemplate, pagesUnder, templateOf } from "./templates.ts";

const reading = (pages: BuiltPage[]) => pages.filter((p) => templateOf(p).reading);

const KiB = 1024;
const JS_BUDGET = 10 * KiB;
const HTML_BUDGET = 200 * KiB;

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

/** `/_astro/x.js` or `./x.js` relative to `from` (a dist-relative file), as a dist-relative path. */
function resolveAsset(specifier: string, from: string): string {
  return specifier.startsWith("/") ? specifier.slice(1) : path.posix.join(path.posix.dirname(from), specifier);
}

/** Static and dynamic imports of a bundled module (Vite's output is minified ESM). */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.m?js)["']/gu,
    /\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/gu,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** Every JavaScript file a page references, with everything those files import. */
function scriptsOf(html: string, file: string): string[] {
  const entries = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/gu)]
    .map((m) => m[1] ?? m[2] ?? "")
    .map((src) => resolveAsset(src, file));
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const absolute = path.join(DIST_DIR, next);
    if (existsSync(absolute)) queue.push(...importsOf(readFileSync(absolute, "utf8")).map((s) => resolveAsset(s, next)));
  }
  return [...seen];
}

const sizeCache = new Map<string, number>();
function gzippedFile(file: string): number {
  let size = sizeCache.get(file);
  if (size === undefined) {
    const absolute = path.join(DIST_DIR, file);
    size = existsSync(absolute) ? gzipped(readFileSync(absolute)) : 0;
    sizeCache.set(file, size);
  }
  return size;
}

test("reading pages ship at most 10 KiB of JavaScript (compressed), counting everything it imports", () => {
  const over: string[] = [];
  const largest = new Map<string, string>();
  for (const page of reading(pagesUnder("weight"))) {
    const scripts = scriptsOf(readPage(page), page.file);
    const total = scripts.reduce((sum, file) => sum + gzippedFile(file), 0);
    if (total > JS_BUDGET) over.push(`${page.url}: ${kib(total)} of JavaScript (${scripts.join(", ")})`);
    largest.set(templateOf(page).file, `${kib(total)}`);
  }
  test.info().annotations.push({ type: "JavaScript per reading page", description: JSON.stringify(Object.fromEntries(largest)) });
  expect(over).toEqual([]);
});

test("the import scan finds static, bare and dynamic imports in minified output", () => {
  const code =
    'import{a as b}from"./chunk.A1.js";import"./side.B2.js";export{c}from"/_astro/re.C3.js";const l=()=>import("./lazy.D4.js");';
  expect(importsOf(code).sort()).toEqual(["./chunk.A1.js", "./lazy.D4.js", "./side.B2.js", "/_astro/re.C3.js"]);
});

test("no HTML page exceeds 200 KiB compressed", () => {
  const over: string[] = [];
  let heaviest = { url: "", size: 0 };
  for (const page of pagesUnder("weight")) {
    const size = gzipped(readPage(page));
    if (size > HTML_BUDGET) over.push(`${page.url}: ${kib(size)}`);
    if (size > heaviest.size) heaviest = { url: page.url, size };
  }
  test.info().annotations.push({ type: "heaviest HTML page", description: `${heaviest.url} ${kib(heaviest.size)}` });
  expect(over).toEqual([]);
});

test("every page names a favicon that exists", () => {
  const favicon = path.join(DIST_DIR, "favicon.svg");
  expect(existsSync(favicon)).toBe(true);
  expect(readFileSync(favicon, "utf8")).toMatch(/^\s*<svg[\s>][\s\S]*<\/svg>\s*$/u);
  const missing = builtPages().filter((page) => {
    const icon = /<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/u.exec(readPage(page))?.[1];
    return !icon || !existsSync(path.join(DIST_DIR, resolveAsset(icon, page.file)));
  });
  expect(missing.map((p) => p.url)).toEqual([]);
});

test("every url() in the built stylesheets points to a file of the build", () => {
  const dangling: string[] = [];
  for (const file of distFiles().filter((f) => f.endsWith(".css"))) {
    for (const match of readFileSync(path.join(DIST_DIR, file), "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gu)) {
      const ref = match[1] ?? "";
      if (/^(data:|#)/u.test(ref)) continue;
      const target = resolveAsset(ref.split(/[?#]/u)[0] ?? "", file);
      if (!existsSync(path.join(DIST_DIR, target))) dangling.push(`${file}: url(${ref})`);
    }
  }
  expect(dangling).toEqual([]);
});

/** The browser's own count, for what the static scan could miss (a module that imports at run time). */
for (const page of reading(onePerTemplate("weight"))) {
  test(`${page.url}: the JavaScript the browser loads weighs at most 10 KiB compressed, and no asset fails`, async ({
    browser,
  }) => {
    const { page: tab, problems, close } = await openPage(browser, page.url);
    await tab.waitForLoadState("networkidle");
    const scripts = await tab.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"))
        .map((e) => new URL(e.name).pathname),
    );
    const total = [...new Set(scripts)].reduce((sum, url) => sum + gzippedFile(url.slice(1)), 0);
    expect(total, scripts.join(", ")).toBeLessThanOrEqual(JS_BUDGET);
    expect(problems.failedRequests).toEqual([]);
    await close();
  });
}
