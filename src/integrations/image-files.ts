/**
 * The files the build draws rather than renders as pages: every chart's
 * standalone SVG, 2× PNG and CSV (/charts/<path>.*), every link-preview card
 * (/previews/…png), and the `_headers` file that lets the embed pages be
 * framed from anywhere. Written while Astro renders the pages, the PNGs drawn
 * on worker threads (src/integrations/corpus.ts); the dev server answers the
 * same URLs.
 */
import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Corpus } from "../corpus/index.ts";
import { toCsv } from "../corpus/export/csv.ts";
import { chartExports, chartUrl, type ChartExport } from "../lib/chart-exports/registry.ts";
import { standaloneSvg } from "../lib/chart-exports/standalone.ts";
import { previewFiles } from "../lib/images/previews.ts";
import type { PngCache } from "../lib/images/png-cache.ts";
import { svgToPng } from "../lib/images/raster.ts";
import { EMBED_HEADERS } from "../lib/site.ts";
import { writeIfChanged } from "./build-output.ts";

export interface BuiltFile {
  urlPath: string;
  mime: string;
  /** Made on demand: rasterising is the expensive part. */
  body: () => string | Buffer;
  /** For a PNG: what it is rasterised from, so that a build can take it from the PNG cache instead. */
  raster?: { svg: () => string; scale: number };
}

function chartSvg(chart: ChartExport, corpus: Corpus, site: URL | undefined): string {
  const url = new URL(chart.page, site ?? "https://cybercrime-treaty-atlas.org").href;
  return standaloneSvg({
    title: chart.title,
    source: chart.source,
    url,
    version: corpus.version,
    parts: chart.parts,
    ...(chart.css ? { css: chart.css } : {}),
  });
}

function png(urlPath: string, svg: () => string, scale: number): BuiltFile {
  return { urlPath, mime: "image/png", body: () => svgToPng(svg(), scale).png, raster: { svg, scale } };
}

/** Every drawn file of the site. */
export function* imageFiles(corpus: Corpus, site: URL | undefined): Generator<BuiltFile> {
  for (const chart of chartExports(corpus)) {
    yield { urlPath: chartUrl.file(chart.path, "svg"), mime: "image/svg+xml", body: () => chartSvg(chart, corpus, site) };
    yield png(chartUrl.file(chart.path, "png"), () => chartSvg(chart, corpus, site), 2);
    yield {
      urlPath: chartUrl.file(chart.path, "csv"),
      mime: "text/csv; charset=utf-8",
      body: () => toCsv(chart.csv.header, chart.csv.rows),
    };
  }
  for (const preview of previewFiles(corpus)) yield png(preview.urlPath, () => preview.svg, 1);
  yield { urlPath: "/_headers", mime: "text/plain; charset=utf-8", body: () => EMBED_HEADERS };
}

/** The file a URL path names, for the dev server. */
export function imageFileAt(corpus: Corpus, site: URL | undefined, urlPath: string): BuiltFile | undefined {
  for (const file of imageFiles(corpus, site)) if (file.urlPath === urlPath) return file;
  return undefined;
}

export interface DrawnOutput {
  /** Every drawn file, relative to outDir. */
  files: Set<string>;
  /** How many were written; the others already held their content. */
  written: number;
  /** PNGs taken from the cache, and PNGs rasterised. */
  reused: number;
  rendered: number;
}

/**
 * Writes every drawn file under `outDir` that does not already hold its
 * content, `inFlight` at a time (the PNGs are drawn by the cache's
 * rasteriser, off the main thread); PNGs come from `cache` where their SVG
 * has not changed.
 */
export async function writeImageFiles(
  corpus: Corpus,
  site: URL | undefined,
  outDir: string,
  cache: PngCache,
  inFlight = Math.max(2, availableParallelism()),
): Promise<DrawnOutput> {
  const files = imageFiles(corpus, site);
  const folders = new Map<string, Promise<unknown>>();
  const output: DrawnOutput = { files: new Set(), written: 0, reused: 0, rendered: 0 };
  const writer = async () => {
    for (let next = files.next(); !next.done; next = files.next()) {
      const file = next.value;
      const relative = file.urlPath.replace(/^\//u, "");
      const target = path.join(outDir, ...relative.split("/"));
      const folder = path.dirname(target);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      const body = file.raster ? await cache.png(file.raster.svg(), file.raster.scale) : file.body();
      output.files.add(relative);
      if (writeIfChanged(target, body)) output.written += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, writer));
  output.reused = cache.hits;
  output.rendered = cache.misses;
  await cache.prune();
  return output;
}
