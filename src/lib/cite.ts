/**
 * Citation formats for a single claim. A memo cites what the source said,
 * and gives the Atlas permalink where the reader can check it; every format
 * carries both.
 */
import type { Claim, Source } from "../corpus/index.ts";
import { authorLine, sourceDate } from "./format.ts";
import { SITE_NAME } from "./site.ts";

export const CITE_FORMATS = [
  { id: "txt", label: "Plain text (Chicago)", mime: "text/plain" },
  { id: "bib", label: "BibTeX", mime: "application/x-bibtex" },
  { id: "json", label: "CSL-JSON", mime: "application/vnd.citationstyles.csl+json" },
  { id: "ris", label: "RIS", mime: "application/x-research-info-systems" },
] as const;

export type CiteFormat = (typeof CITE_FORMATS)[number]["id"];

/** Where a claim's citation in one format is downloaded from. */
export function citeUrl(claimId: string, format: CiteFormat): string {
  return `/claims/${claimId}/cite.${format}`;
}

export interface CiteInput {
  claim: Claim;
  source: Source;
  /** Absolute permalink of the claim. */
  permalink: string;
  /** Corpus version, so a citation pins what was read. */
  version: string;
}

export function cite(format: CiteFormat, input: CiteInput): string {
  switch (format) {
    case "txt":
      return chicago(input);
    case "bib":
      return bibtex(input);
    case "json":
      return JSON.stringify(cslJson(input), null, 2);
    case "ris":
      return ris(input);
  }
}

/** Chicago notes-style: author, "title," outlet, date, paragraph; then where it was checked. */
export function chicago({ claim, source, permalink, version }: CiteInput): string {
  const authors = source.authors.length > 0 ? `${authorLine(source.authors)}, ` : "";
  const original = source.originalUrl ? ` ${source.originalUrl}.` : "";
  return (
    `${authors}“${source.title},” ${source.outlet}, ${sourceDate(source)}, para. ${claim.locator.paragraph},${original} ` +
    `Claim “${claim.id}” in ${SITE_NAME}, corpus version ${version}, ${permalink}.`
  );
}

function splitName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/u);
  const family = parts.pop() ?? name;
  return { family, given: parts.join(" ") };
}

/** Escapes TeX specials; braces keep capitalisation of the title. */
function tex(value: string): string {
  return value
    .replace(/\\/gu, "\\textbackslash{}")
    .replace(/([{}&%$#_])/gu, "\\$1")
    .replace(/~/gu, "\\textasciitilde{}")
    .replace(/\^/gu, "\\textasciicircum{}");
}

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const BIB_TYPES: Record<Source["kind"], string> = {
  "journal-article": "article",
  "op-ed": "misc",
  analysis: "misc",
  "blog-post": "misc",
  report: "techreport",
  news: "misc",
  statement: "misc",
  "press-release": "misc",
};

export function bibtex({ claim, source, permalink, version }: CiteInput): string {
  const [year, month] = source.published?.split("-") ?? [];
  const fields: [string, string][] = [];
  if (source.authors.length > 0)
    fields.push([
      "author",
      source.authors
        .map((a) => {
          const n = splitName(a.name);
          return `${n.family}, ${n.given}`;
        })
        .map(tex)
        .join(" and "),
    ]);
  fields.push(["title", `{${tex(source.title)}}`]);
  fields.push([
    source.kind === "journal-article" ? "journal" : source.kind === "report" ? "institution" : "howpublished",
    tex(source.outlet),
  ]);
  if (year) fields.push(["year", year]);
  const monthMacro = month ? MONTH_MACROS[Number(month) - 1] : undefined;
  fields.push(["url", permalink]);
  fields.push([
    "note",
    tex(
      `Claim ${claim.id}, para. ${claim.locator.paragraph}: “${claim.quote}”. ${SITE_NAME}, corpus version ${version}.${source.originalUrl ? ` Original: ${source.originalUrl}` : ""}`,
    ),
  ]);
  const lines = fields.map(([key, value]) => `  ${key} = {${value}}`);
  // BibTeX's month macros (jan, feb, …) are unbraced by convention.
  if (monthMacro) lines.splice(fields.findIndex(([key]) => key === "year") + 1, 0, `  month = ${monthMacro}`);
  const body = lines.join(",\n");
  return `@${BIB_TYPES[source.kind]}{${claim.id.replace(/[^a-z0-9-]/gu, "")},\n${body}\n}\n`;
}

const CSL_TYPES: Record<Source["kind"], string> = {
  "journal-article": "article-journal",
  "op-ed": "article-newspaper",
  analysis: "article-newspaper",
  "blog-post": "post-weblog",
  report: "report",
  news: "article-newspaper",
  statement: "speech",
  "press-release": "article",
};

export function cslJson({ claim, source, permalink, version }: CiteInput): Record<string, unknown>[] {
  const parts = source.published?.split("-").map(Number);
  return [
    {
      id: claim.id,
      type: CSL_TYPES[source.kind],
      title: source.title,
      ...(source.authors.length > 0 ? { author: source.authors.map((a) => splitName(a.name)) } : {}),
      "container-title": source.outlet,
      ...(parts ? { issued: { "date-parts": [parts] } } : {}),
      URL: permalink,
      note: `Claim ${claim.id}, para. ${claim.locator.paragraph}: “${claim.quote}”. ${SITE_NAME}, corpus version ${version}.${source.originalUrl ? ` Original: ${source.originalUrl}` : ""}`,
    },
  ];
}

const RIS_TYPES: Record<Source["kind"], string> = {
  "journal-article": "JOUR",
  "op-ed": "NEWS",
  analysis: "NEWS",
  "blog-post": "BLOG",
  report: "RPRT",
  news: "NEWS",
  statement: "GEN",
  "press-release": "PRESS",
};

export function ris({ claim, source, permalink, version }: CiteInput): string {
  const [year = "", month = "", day = ""] = source.published?.split("-") ?? [];
  const lines = [`TY  - ${RIS_TYPES[source.kind]}`];
  for (const author of source.authors) {
    const n = splitName(author.name);
    lines.push(`AU  - ${n.family}, ${n.given}`);
  }
  lines.push(
    `TI  - ${source.title}`,
    `T2  - ${source.outlet}`,
    `UR  - ${permalink}`,
  );
  if (year) lines.splice(lines.length - 1, 0, `PY  - ${year}`, `DA  - ${year}/${month}/${day}/`);
  lines.push(
    `N1  - Claim ${claim.id}, para. ${claim.locator.paragraph}: “${claim.quote}”. ${SITE_NAME}, corpus version ${version}.`,
  );
  if (source.originalUrl) lines.push(`L2  - ${source.originalUrl}`);
  lines.push("ER  - ", "");
  return lines.join("\r\n");
}

/**
 * A text-fragment link (#:~:text=start,end) that opens the original at the
 * quote in browsers that support it; others just open the page.
 */
export function textFragmentUrl(originalUrl: string, quote: string): string {
  const words = quote.split(/\s+/u);
  const encode = (text: string) => encodeURIComponent(text).replace(/-/gu, "%2D").replace(/,/gu, "%2C");
  const fragment =
    words.length <= 8 ? encode(quote) : `${encode(words.slice(0, 4).join(" "))},${encode(words.slice(-4).join(" "))}`;
  return `${originalUrl.split("#")[0]}#:~:text=${fragment}`;
}

/** schema.org ClaimReview for a checked claim, or a bare Claim otherwise. */
export function claimJsonLd(input: CiteInput, verdictLabel: string | undefined, siteUrl: string): object {
  const { claim, source, permalink } = input;
  const itemReviewed = {
    "@type": "Claim",
    text: claim.quote,
    ...(source.published ? { datePublished: source.published } : {}),
    ...(source.authors.length > 0 ? { author: source.authors.map((a) => ({ "@type": "Person", name: a.name })) } : {}),
    appearance: {
      "@type": "CreativeWork",
      headline: source.title,
      ...(source.originalUrl ? { url: source.originalUrl } : {}),
      publisher: { "@type": "Organization", name: source.outlet },
    },
  };
  if (!claim.verdict || !verdictLabel) return { "@context": "https://schema.org", ...itemReviewed, url: permalink };
  // Unverifiable is not a point on the scale, so it carries only its name.
  const rating = { consistent: 5, outdated: 3, inaccurate: 1, unverifiable: undefined }[claim.verdict.status];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: permalink,
    claimReviewed: claim.text,
    itemReviewed,
    author: { "@type": "Organization", name: SITE_NAME, url: siteUrl },
    reviewRating: {
      "@type": "Rating",
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
      alternateName: verdictLabel,
      ratingExplanation: claim.verdict.text,
    },
  };
}
