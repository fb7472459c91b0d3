/**
 * The built site under test, read from disk: every HTML page with its URL and
 * route type, and helpers to split the pages across Playwright workers.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const DIST_DIR = path.resolve(process.env["E2E_DIST"] ?? "dist");

export interface BuiltPage {
  /** Path relative to the dist folder, e.g. `claims/x/index.html`. */
  file: string;
  /** The URL the page is served at, e.g. `/claims/x/`. */
  url: string;
  /** The first path segment (`claims`, `compare` …), `home` for `/`, `404` for the error page. */
  route: string;
  /** The URL pattern, e.g. `/claims/[id]/` for a claim and `/claims/` for the index. */
  routeType: string;
}

export function urlOfFile(file: string): string {
  const posix = file.split(path.sep).join("/");
  if (posix === "index.html") return "/";
  if (posix.endsWith("/index.html")) return `/${posix.slice(0, -"index.html".length)}`;
  return `/${posix}`;
}

function routeOf(url: string): string {
  if (url === "/") return "home";
  if (url === "/404.html") return "404";
  return url.split("/")[1] ?? "";
}

function routeTypeOf(url: string): string {
  if (!url.endsWith("/")) return url;
  const [first, ...rest] = url.split("/").filter(Boolean);
  return first === undefined ? "/" : `/${[first, ...rest.map(() => "[id]")].join("/")}/`;
}

/** Every file under the dist folder, relative to it, in a stable order. */
export function distFiles(dir: string = DIST_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

let cachedPages: BuiltPage[] | undefined;

/** Every HTML page of the build. Fails loudly on an empty or missing build rather than passing vacuously. */
export function builtPages(): BuiltPage[] {
  if (cachedPages) return cachedPages;
  const pages = distFiles()
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const url = urlOfFile(file);
      return { file, url, route: routeOf(url), routeType: routeTypeOf(url) };
    });
  if (pages.length === 0) throw new Error(`no HTML pages in ${DIST_DIR}: build the site first`);
  cachedPages = pages;
  return pages;
}

export function readPage(page: BuiltPage): string {
  return readFileSync(path.join(DIST_DIR, page.file), "utf8");
}

/** A redirect page for a retired id (meta refresh to its successor). */
export function isRedirect(page: BuiltPage): boolean {
  return /<meta http-equiv="refresh"/iu.test(readPage(page));
}

/** The page's size on disk, in bytes. */
export function pageSize(page: BuiltPage): number {
  return statSync(path.join(DIST_DIR, page.file)).size;
}

/**
 * Splits items into `count` interleaved shards, so each shard gets a mix of
 * route types (and so of page sizes) and the shards finish at about the same time.
 */
export function shard<T>(items: readonly T[], count: number): T[][] {
  const shards: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, i) => shards[i % count]?.push(item));
  return shards;
}
