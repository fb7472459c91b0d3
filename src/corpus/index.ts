/**
 * The typed corpus: the only way pages, scripts and tests read content/.
 *
 *   const corpus = await getCorpus();      // in pages: throws ContentError on any problem
 *   const { corpus, diagnostics } = buildCorpus(files);   // in tools and tests
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Corpus } from "./corpus.ts";
import { compareDiagnostics, ContentError, diagnosticsOf, type Diagnostic } from "./diagnostics.ts";
import { extractContent, readContentDir, type ContentFiles } from "./load.ts";
import { checkPermalinks } from "./permalinks.ts";
import { resolve } from "./resolve.ts";

export { Corpus } from "./corpus.ts";
export type { ClaimSubject } from "./corpus.ts";
export { ContentError, formatDiagnostic, formatDiagnostics, type Diagnostic } from "./diagnostics.ts";
export type { ContentFiles } from "./load.ts";
export { permalink } from "./urls.ts";
export { formatDate, formatStatusDate, compareDates, yearOf } from "./dates.ts";
export * from "./status.ts";
export { STATUS_KINDS, PARTY_KINDS, type StatusKind } from "./schema/status.ts";
export type * from "./schema/records.ts";
export type { Position } from "./schema/vote.ts";
export type { Redirect } from "./permalinks.ts";

export const CORPUS_FORMAT_VERSION = "1";

export interface BuildResult {
  corpus: Corpus | null;
  diagnostics: Diagnostic[];
}

/** Parses, validates and cross-checks content; the corpus is null when any diagnostic was reported. */
export function buildCorpus(files: ContentFiles, options: { generatedAt?: string } = {}): BuildResult {
  const { extracted, vfiles } = extractContent(files);
  const resolved = resolve(extracted);
  const permalinks = checkPermalinks(files, resolved);
  const diagnostics = [...vfiles, ...permalinks.vfiles].flatMap(diagnosticsOf).sort(compareDiagnostics);
  if (diagnostics.length > 0) return { corpus: null, diagnostics };
  const corpus = new Corpus({
    version: `${CORPUS_FORMAT_VERSION}.${contentHash(files)}`,
    generatedAt: options.generatedAt ?? generatedAt(),
    ...resolved,
    redirects: permalinks.redirects,
  });
  return { corpus, diagnostics };
}

/** content/ beside src/, or ATLAS_CONTENT_DIR (fixture sites in tests, synthetic corpora in benchmarks). */
export function defaultContentDir(): string {
  const override = process.env["ATLAS_CONTENT_DIR"];
  return override ? path.resolve(override) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../content");
}

export async function loadCorpus(contentDir: string = defaultContentDir()): Promise<BuildResult> {
  return buildCorpus(await readContentDir(contentDir));
}

/**
 * The Astro integration and the bundled pages are separate module instances
 * in one process; a global slot lets them share one parse of the content.
 */
const shared = globalThis as { __atlasCorpus?: Promise<Corpus> };

/** The site's corpus, loaded once per process; throws a ContentError listing every problem. */
export function getCorpus(): Promise<Corpus> {
  shared.__atlasCorpus ??= loadCorpus().then(({ corpus, diagnostics }) => {
    if (!corpus) throw new ContentError(diagnostics);
    return corpus;
  });
  return shared.__atlasCorpus;
}

/** Same content, same version: a short hash of every file. */
function contentHash(files: ContentFiles): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(files).sort()) hash.update(name).update("\0").update(files[name] ?? "").update("\0");
  return hash.digest("hex").slice(0, 12);
}

/** Reproducible builds set SOURCE_DATE_EPOCH. */
function generatedAt(): string {
  const epoch = process.env["SOURCE_DATE_EPOCH"];
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
}
