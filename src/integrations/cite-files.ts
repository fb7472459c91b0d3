/**
 * The citation downloads, /claims/<id>/cite.{txt,bib,json,ris}: four files for
 * every claim. They are plain text, so they are written straight to disk
 * instead of going through Astro's page pipeline, which spent about a
 * millisecond of route machinery on each (40 s of a 10,000-claim build).
 * The dev server answers the same URLs from the same function. A rebuild
 * leaves a file that already holds the right citation as it is: rewriting
 * 40,000 unchanged files was most of a rebuild's disk work.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Corpus } from "../corpus/index.ts";
import { CITE_FORMATS, citeUrl } from "../lib/cite.ts";
import { citationsFor } from "../lib/claim-view.ts";
import { writeIfChanged } from "./build-output.ts";

export interface CiteFile {
  /** The URL path, e.g. /claims/<id>/cite.bib. */
  urlPath: string;
  mime: string;
  body: string;
}

/** Every claim's citation files. */
export function* citeFiles(corpus: Corpus, site: URL | undefined): Generator<CiteFile> {
  for (const claim of corpus.claims()) {
    const texts = citationsFor(corpus, claim, corpus.source(claim.source), site);
    for (const format of CITE_FORMATS)
      yield { urlPath: citeUrl(claim.id, format.id), mime: `${format.mime}; charset=utf-8`, body: texts[format.id] };
  }
}

/** The file a URL path names, or undefined when it names no claim's citation. */
export function citeFileAt(corpus: Corpus, site: URL | undefined, urlPath: string): CiteFile | undefined {
  const match = /^\/claims\/([^/]+)\/cite\.([a-z]+)$/.exec(urlPath);
  const format = CITE_FORMATS.find((f) => f.id === match?.[2]);
  if (!match?.[1] || !format || !corpus.hasClaim(match[1])) return undefined;
  const claim = corpus.claim(match[1]);
  const body = citationsFor(corpus, claim, corpus.source(claim.source), site)[format.id];
  return { urlPath, mime: `${format.mime}; charset=utf-8`, body };
}

export interface CiteOutput {
  /** Every citation file, relative to outDir (`claims/<id>/cite.bib`). */
  files: Set<string>;
  /** How many of them were written; the others already held their citation. */
  written: number;
}

/** Writes every citation file under `outDir` that does not already hold its citation, one after another (see writeIfChanged). */
export function writeCiteFiles(corpus: Corpus, site: URL | undefined, outDir: string): CiteOutput {
  const folders = new Set<string>();
  const output: CiteOutput = { files: new Set(), written: 0 };
  for (const file of citeFiles(corpus, site)) {
    const relative = file.urlPath.replace(/^\//u, "");
    const target = path.join(outDir, ...relative.split("/"));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    output.files.add(relative);
    if (writeIfChanged(target, file.body)) output.written += 1;
  }
  return output;
}
