/**
 * The typed corpus: the only way pages, scripts and tests read content/.
 *
 *   const corpus = await getCorpus();      // in pages: throws ContentError on any problem
 *   const { corpus, diagnostics, quotes } = buildCorpus(files, { texts, cache });   // in tools and tests
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Corpus } from "./corpus.ts";
import { compareDiagnostics, ContentError, diagnosticsOf, type Diagnostic } from "./diagnostics.ts";
import { extractFile, mergeParses, readContentDir, recordFiles, type ContentFiles } from "./load.ts";
import type { ParseCache } from "./parse-cache.ts";
import { checkQuotes, type QuoteSummary } from "./quotes/check.ts";
import { defaultTexts, type Texts } from "./quotes/texts.ts";
import { checkPermalinks } from "./permalinks.ts";
import { checkCorrections } from "./corrections.ts";
import { resolve } from "./resolve.ts";

export { Corpus } from "./corpus.ts";
export type { ClaimSubject } from "./corpus.ts";
export { ContentError, formatDiagnostic, formatDiagnostics, type Diagnostic } from "./diagnostics.ts";
export type { ContentFiles } from "./load.ts";
export { permalink } from "./urls.ts";
export { formatDate, formatStatusDate, compareDates, yearOf } from "./dates.ts";
export * from "./status.ts";
export { concordance, concordancePairs, type ConcordanceRow, type ConcordanceSide, type ConcordancePair } from "./concordance.ts";
export { HEADING_CONFIDENCES, type HeadingConfidence } from "./schema/article.ts";
export { STATUS_KINDS, PARTY_KINDS, type StatusKind } from "./schema/status.ts";
export type * from "./schema/records.ts";
export type { Position } from "./schema/vote.ts";
export type { Redirect } from "./permalinks.ts";

export const CORPUS_FORMAT_VERSION = "1";

export interface BuildResult {
  corpus: Corpus | null;
  diagnostics: Diagnostic[];
  /** How many quotes were checked against archived texts, and how many could not be. */
  quotes: QuoteSummary;
}

export interface BuildOptions {
  generatedAt?: string;
  /** The archived source texts quotes are checked against; null or absent: every quote is unverified. */
  texts?: Texts | null;
  /** Reuse unchanged files' parses (see parse-cache.ts). */
  cache?: ParseCache;
}

/** Parses, validates and cross-checks content; the corpus is null when any diagnostic was reported. */
export function buildCorpus(files: ContentFiles, options: BuildOptions = {}): BuildResult {
  const relatives = recordFiles(files);
  const parses = options.cache
    ? options.cache.parseAll(files, relatives)
    : relatives.map((relative) => extractFile(relative, files[relative] ?? ""));
  const { extracted, vfiles } = mergeParses(parses);
  const resolved = resolve(extracted);
  const { checks, summary: quotes } = checkQuotes(extracted, options.texts ?? null);
  const claims = resolved.claims.map((claim) => ({ ...claim, quoteCheck: checks.get(claim.id) ?? claim.quoteCheck }));
  const { declared } = extracted;
  const permalinks = checkPermalinks(files, resolved, {
    claims: declared.claim,
    sources: declared.source,
    actors: declared.actor,
    instruments: declared.instrument,
    votes: declared.vote,
    events: declared.event,
    dimensions: declared.dimension,
    articles: declared.article,
  });
  const corrections = checkCorrections(files, { claims, redirects: permalinks.redirects, declared: declared.claim });
  const diagnostics = [...vfiles, ...permalinks.vfiles, ...corrections.vfiles].flatMap(diagnosticsOf).sort(compareDiagnostics);
  if (diagnostics.length > 0) return { corpus: null, diagnostics, quotes };
  const corpus = new Corpus({
    version: `${CORPUS_FORMAT_VERSION}.${contentHash(files)}`,
    generatedAt: options.generatedAt ?? generatedAt(),
    ...resolved,
    claims,
    redirects: permalinks.redirects,
    corrections: corrections.corrections,
  });
  return { corpus, diagnostics, quotes };
}

/** content/ beside src/, or ATLAS_CONTENT_DIR (fixture sites in tests, synthetic corpora in benchmarks). */
export function defaultContentDir(): string {
  const override = process.env["ATLAS_CONTENT_DIR"];
  return override ? path.resolve(override) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../content");
}

/** Reads and builds a content folder, checking quotes against the configured texts folder (quotes/texts.ts). */
export async function loadCorpus(
  contentDir: string = defaultContentDir(),
  options: Omit<BuildOptions, "texts"> & { texts?: Texts | null } = {},
): Promise<BuildResult> {
  const texts = options.texts === undefined ? defaultTexts() : options.texts;
  return buildCorpus(await readContentDir(contentDir), { ...options, texts });
}

/**
 * The Astro integration and the bundled pages are separate module instances
 * in one process; a global slot lets them share one parse of the content.
 * The dev server replaces it when content changes (reloadCorpus).
 */
const shared = globalThis as { __atlasCorpus?: Promise<BuildResult>; __atlasParseCache?: ParseCache };

/** The site's corpus, loaded once per process (or per content change in dev); throws a ContentError listing every problem. */
export function getCorpus(): Promise<Corpus> {
  return getSiteBuild().then(({ corpus, diagnostics }) => {
    if (!corpus) throw new ContentError(diagnostics, defaultContentDir());
    return corpus;
  });
}

/** The site's build result, with the quote summary the integration logs. */
export function getSiteBuild(): Promise<BuildResult> {
  shared.__atlasCorpus ??= loadCorpus(defaultContentDir(), shared.__atlasParseCache ? { cache: shared.__atlasParseCache } : {});
  return shared.__atlasCorpus;
}

/**
 * Starts a fresh load of the site's content, reusing unchanged files' parses
 * through `cache` (kept for later loads). The dev server calls this on every
 * content change; requests made meanwhile wait for the new corpus.
 */
export function reloadCorpus(cache?: ParseCache): Promise<BuildResult> {
  if (cache) shared.__atlasParseCache = cache;
  delete shared.__atlasCorpus;
  return getSiteBuild();
}

/** A build has its corpus and parses nothing more: the parse cache (about 20 MiB at 10,000 claims) can go. */
export function releaseParseCache(): void {
  delete shared.__atlasParseCache;
}

/** Same content, same version: a short hash of every file. */
function contentHash(files: ContentFiles): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(files).sort())
    hash
      .update(name)
      .update("\0")
      .update(files[name] ?? "")
      .update("\0");
  return hash.digest("hex").slice(0, 12);
}

/** Reproducible builds set SOURCE_DATE_EPOCH. */
function generatedAt(): string {
  const epoch = process.env["SOURCE_DATE_EPOCH"];
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}
