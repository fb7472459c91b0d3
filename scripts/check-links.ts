/**
 * Link check over a built site: every internal link, asset reference and
 * fragment (`/timeline/#id`, `/compare/#dim--instr`) must resolve to a file
 * and an element id of the build. External URLs are collected into a report,
 * never fetched: CI has no network, and readers' sources are checked by hand.
 *
 *   tsx scripts/check-links.ts [dist] [--report external-links.txt]
 *
 * Prints each problem as `dist/page.html:LINE:COL broken … "href"` and exits 1 if any.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Parser, StaticConfigLoader, type HtmlElement } from "html-validate";

export interface LinkProblem {
  /** The page holding the link, relative to the dist folder. */
  file: string;
  line: number;
  column: number;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal references checked (links, assets, fragments). */
  checked: number;
  problems: LinkProblem[];
  /** Each external URL with the pages that link to it. */
  external: Map<string, string[]>;
}

/** Attributes that reference another resource, by the elements that carry them. */
const REFERENCES: readonly [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["form[action]", "action"],
  ["use[href]", "href"],
  ["use[xlink\\:href]", "xlink:href"],
  ["blockquote[cite]", "cite"],
  ["q[cite]", "cite"],
];

/** Meta tags whose content is a URL of this site (Open Graph, redirect pages). */
const META_URLS: readonly [selector: string, extract: (content: string) => string | undefined][] = [
  ['meta[property="og:url"]', (content) => content],
  [
    'meta[http-equiv="refresh"]',
    (content) =>
      /url=(.+)$/iu
        .exec(content)?.[1]
        ?.trim()
        .replace(/^['"]|['"]$/gu, ""),
  ],
];

const INTERNAL = "http://internal.invalid";

function urlOfFile(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** The site's own origin, from the home page's canonical link (absolute links to it are internal). */
function siteOrigin(dir: string): string | undefined {
  const home = path.join(dir, "index.html");
  if (!existsSync(home)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(readFileSync(home, "utf8"))?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

const NAMED: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

/** Attribute values as the browser reads them: html-validate hands them over with character references intact. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

interface ParsedPage {
  ids: Set<string>;
  references: { element: HtmlElement; href: string }[];
}

function parsePage(parser: Parser, source: string, file: string): ParsedPage {
  const dom = parser.parseHtml({ data: source, filename: file, line: 1, column: 1, offset: 0 });
  const ids = new Set<string>();
  for (const element of dom.querySelectorAll("[id], a[name]")) {
    const id = element.getAttributeValue("id") ?? element.getAttributeValue("name");
    if (id) ids.add(decodeEntities(id));
  }
  const references: ParsedPage["references"] = [];
  for (const [selector, attribute] of REFERENCES) {
    for (const element of dom.querySelectorAll(selector)) {
      const href = element.getAttributeValue(attribute);
      if (href !== null) references.push({ element, href: decodeEntities(href) });
    }
  }
  for (const [selector, extract] of META_URLS) {
    for (const element of dom.querySelectorAll(selector)) {
      const href = extract(decodeEntities(element.getAttributeValue("content") ?? ""));
      if (href) references.push({ element, href });
    }
  }
  return { ids, references };
}

/** The file a site path is served from, as the static host does; undefined if none. */
function targetFile(pathname: string, files: Set<string>): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/^\//u, "");
  if (relative === "" || relative.endsWith("/")) {
    const index = `${relative}index.html`;
    return files.has(index) ? index : undefined;
  }
  return files.has(relative) ? relative : undefined;
}

/** The element id a fragment points at, or undefined when it points at none (`#`, a text directive). */
function fragmentId(hash: string): string | undefined {
  const fragment = decodeURIComponent(hash.replace(/^#/u, "")).split(":~:")[0] ?? "";
  return fragment === "" || fragment === "top" ? undefined : fragment;
}

export async function checkLinks(dir: string): Promise<LinkReport> {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`${dir} is not a directory: build the site first`);
  const files = new Set(listFiles(root));
  const htmlFiles = [...files].filter((file) => file.endsWith(".html")).sort();
  const origin = siteOrigin(root);
  const parser = new Parser(await new StaticConfigLoader().getConfigFor("page.html"));

  const parsed = new Map<string, ParsedPage>();
  for (const file of htmlFiles) parsed.set(file, parsePage(parser, readFileSync(path.join(root, file), "utf8"), file));

  const report: LinkReport = { pages: htmlFiles.length, checked: 0, problems: [], external: new Map() };
  for (const [file, page] of parsed) {
    const base = new URL(urlOfFile(file), INTERNAL);
    for (const { element, href } of page.references) {
      const problem = (reason: string) =>
        report.problems.push({ file, line: element.location.line, column: element.location.column, href, reason });
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        problem("is not a valid URL");
        continue;
      }
      const internal = url.origin === INTERNAL || (origin !== undefined && url.origin === origin);
      if (!internal) {
        if (url.protocol === "http:" || url.protocol === "https:") {
          const pages = report.external.get(url.href) ?? [];
          if (!pages.includes(file)) pages.push(file);
          report.external.set(url.href, pages);
        } else if (url.protocol !== "mailto:") {
          problem(`uses the ${url.protocol} scheme`);
        }
        continue;
      }
      report.checked += 1;
      const target = targetFile(url.pathname, files);
      if (!target) {
        const directory = targetFile(`${url.pathname}/`, files);
        problem(directory ? `lacks the trailing slash (the page is ${url.pathname}/)` : "points to no file in the build");
        continue;
      }
      const id = fragmentId(url.hash);
      if (id === undefined) continue;
      const targetPage = parsed.get(target);
      if (!targetPage) problem(`has a fragment, but ${target} is not a page`);
      else if (!targetPage.ids.has(id)) problem(`points to #${id}, which ${urlOfFile(target)} does not have`);
    }
  }
  report.problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return report;
}

export function formatProblem(dir: string, p: LinkProblem): string {
  return `${path.join(dir, p.file)}:${p.line}:${p.column} broken link "${p.href}": ${p.reason}`;
}

/** One line per external URL, then the pages citing it: the list to check by hand. */
export function externalLinksReport(report: LinkReport): string {
  const lines = [...report.external.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, pages]) => `${url}\t${pages.length} page(s)\t${pages.slice(0, 3).join(" ")}${pages.length > 3 ? " …" : ""}`);
  return `# ${report.external.size} external URLs linked from ${report.pages} pages (not fetched)\n${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const reportAt = args.indexOf("--report");
  const reportFile = reportAt >= 0 ? args[reportAt + 1] : "test-results/external-links.txt";
  const dir = args.find((arg, i) => !arg.startsWith("--") && i !== reportAt + 1) ?? "dist";
  const report = await checkLinks(dir);
  for (const problem of report.problems) console.error(formatProblem(dir, problem));
  if (reportFile) {
    mkdirSync(path.dirname(path.resolve(reportFile)), { recursive: true });
    writeFileSync(reportFile, externalLinksReport(report));
  }
  console.log(
    `${report.pages} pages, ${report.checked} internal references checked, ${report.problems.length} broken; ` +
      `${report.external.size} external URLs listed in ${reportFile}`,
  );
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
