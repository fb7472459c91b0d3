/**
 * The gates' coverage table: every page template of the site (an `.astro`
 * route under src/pages/), the URLs it emits, and the gates it is under.
 * The gates choose their pages from this table, a unit test fails when a
 * route file has no row (tests/unit/site/gate-coverage.test.ts), and a browser
 * test fails when a built page matches no row or two (coverage.spec.ts).
 *
 * Every template is under every gate unless its row names the gate in
 * `exempt`, with the reason printed beside it.
 */
import { builtPages, isRedirect, pageSize, type BuiltPage } from "./built-site.ts";

export const GATES = {
  axe: "axe (light mode on every page, dark mode on the largest of each template), no console error, no failed or foreign request: every-page.spec.ts",
  links: "every internal link and fragment resolves: links.spec.ts",
  "html-validate": "html-validate, for its rules on forms and ids: html-validity.spec.ts",
  w3c: "the W3C Nu Html Checker (vnu.jar), 0 errors: w3c-validity.spec.ts",
  csp: "the page's Content-Security-Policy allows nothing from another origin and no inline script: content-security.spec.ts",
  weight: "HTML at most 200 KiB compressed; reading templates at most 10 KiB of JavaScript: page-weight.spec.ts",
  "no-js": "one page of the template is complete with JavaScript off: no-javascript.spec.ts",
  lighthouse: "Lighthouse (mobile) on the largest page of the template: npm run lighthouse",
} as const;

export type Gate = keyof typeof GATES;

export interface Template {
  /** The route file, relative to src/pages/. */
  file: string;
  /** The URLs it emits (redirect pages are matched by their content instead: see `templateOf`). */
  urls: RegExp | "redirects";
  /** Read rather than used: it must need no JavaScript, and ship at most 10 KiB of it. */
  reading: boolean;
  /** Gates the template is not under, and why. */
  exempt?: Partial<Record<Gate, string>>;
  /** Lighthouse audits the template fails by design, and why (npm run lighthouse prints them apart). */
  byDesign?: Record<string, string>;
  /** Why the real corpus may build no page of it (and which test covers it instead); absent, it must emit at least one. */
  mayBeEmpty?: string;
}

const id = "[^/]+";
const exact = (pattern: string) => new RegExp(`^${pattern}$`, "u");

export const TEMPLATES: readonly Template[] = [
  { file: "index.astro", urls: exact("/"), reading: false },
  {
    file: "404.astro",
    urls: exact("/404\\.html"),
    reading: false,
    byDesign: { "is-crawlable": "noindex: a search engine should not list the error page" },
  },
  {
    file: "[...moved].astro",
    urls: "redirects",
    reading: false,
    mayBeEmpty:
      "only a renamed id (content/redirects.yaml) makes one, and the gates see none while there is none; tests/unit/site/redirect-pages.test.ts checks what it emits",
    exempt: {
      "no-js": "a retired id's page is a meta refresh and one link to its successor; nothing to read",
      lighthouse: "a redirect: Lighthouse would score its successor",
    },
  },
  { file: "claims/index.astro", urls: exact("/claims/"), reading: true },
  {
    file: "claims/page/[page].astro",
    urls: exact("/claims/page/\\d+/"),
    reading: true,
    mayBeEmpty:
      "only past 500 claims, which the real corpus does not reach; tests/unit/site/claim-pages.test.ts checks the paging",
  },
  { file: "claims/[id].astro", urls: exact(`/claims/(?!page/)${id}/`), reading: true },
  { file: "sources/index.astro", urls: exact("/sources/"), reading: true },
  { file: "sources/[id].astro", urls: exact(`/sources/${id}/`), reading: true },
  { file: "actors/index.astro", urls: exact("/actors/"), reading: true },
  { file: "actors/[id].astro", urls: exact(`/actors/${id}/`), reading: true },
  { file: "instruments/index.astro", urls: exact("/instruments/"), reading: true },
  { file: "instruments/[id].astro", urls: exact(`/instruments/${id}/`), reading: true },
  { file: "instruments/[id]/status.astro", urls: exact(`/instruments/${id}/status/`), reading: true },
  { file: "instruments/[id]/articles/index.astro", urls: exact(`/instruments/${id}/articles/`), reading: true },
  { file: "instruments/[id]/articles/[n].astro", urls: exact(`/instruments/${id}/articles/${id}/`), reading: true },
  { file: "status/index.astro", urls: exact("/status/"), reading: true },
  { file: "status/votes/index.astro", urls: exact("/status/votes/"), reading: true },
  { file: "votes/index.astro", urls: exact("/votes/"), reading: true },
  { file: "votes/compare.astro", urls: exact("/votes/compare/"), reading: true },
  { file: "votes/[id].astro", urls: exact(`/votes/(?!compare/)${id}/`), reading: true },
  { file: "compare/index.astro", urls: exact("/compare/"), reading: true },
  { file: "compare/[a]/[b].astro", urls: exact(`/compare/${id}/${id}/`), reading: true },
  { file: "compare/concordance/index.astro", urls: exact("/compare/concordance/"), reading: true },
  { file: "compare/concordance/[a]/[b].astro", urls: exact(`/compare/concordance/${id}/${id}/`), reading: true },
  { file: "dimensions/index.astro", urls: exact("/dimensions/"), reading: true },
  { file: "dimensions/[id].astro", urls: exact(`/dimensions/${id}/`), reading: true },
  { file: "timeline/index.astro", urls: exact("/timeline/"), reading: true },
  { file: "data/index.astro", urls: exact("/data/"), reading: true },
  { file: "corrections/index.astro", urls: exact("/corrections/"), reading: true },
  {
    file: "embed/[...chart].astro",
    urls: exact("/embed/(?:[^/]+/)+"),
    reading: true,
    byDesign: { "is-crawlable": "noindex: the chart's own page, its canonical, is the one to list" },
  },
  { file: "search/index.astro", urls: exact("/search/"), reading: false },
];

/** The template that emitted a built page; throws when none or more than one matches, which the coverage test reports. */
export function templateOf(page: BuiltPage): Template {
  const redirect = isRedirect(page);
  const matches = TEMPLATES.filter((t) => (t.urls === "redirects" ? redirect : !redirect && t.urls.test(page.url)));
  if (matches.length !== 1)
    throw new Error(
      `${page.url} matches ${matches.length === 0 ? "no template" : matches.map((t) => t.file).join(" and ")} in tests/e2e/quality/templates.ts`,
    );
  return matches[0] as Template;
}

export const isUnder = (template: Template, gate: Gate): boolean => template.exempt?.[gate] === undefined;

/** Every built page whose template is under the gate. */
export function pagesUnder(gate: Gate, pages: readonly BuiltPage[] = builtPages()): BuiltPage[] {
  return pages.filter((page) => isUnder(templateOf(page), gate));
}

/** One page per template under the gate: the largest, which exercises the most of its template. */
export function onePerTemplate(gate: Gate, pages: readonly BuiltPage[] = builtPages()): BuiltPage[] {
  const chosen = new Map<Template, { page: BuiltPage; size: number }>();
  for (const page of pagesUnder(gate, pages)) {
    const template = templateOf(page);
    const bytes = pageSize(page);
    const current = chosen.get(template);
    if (!current || bytes > current.size) chosen.set(template, { page, size: bytes });
  }
  return [...chosen.values()].map((entry) => entry.page);
}
