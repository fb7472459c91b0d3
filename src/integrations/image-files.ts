/**
 * The files the build draws rather than renders as pages: every chart's
 * standalone SVG, 2× PNG and CSV (/charts/<path>.*), every link-preview card
 * (/previews/…png), and the `_headers` file that lets the embed pages be
 * framed from anywhere. Written after the pages, as the citation files are
 * (src/integrations/cite-files.ts); the dev server answers the same URLs.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Corpus } from "../corpus/index.ts";
import { toCsv } from "../corpus/export/csv.ts";
import { chartExports, chartUrl, type ChartExport } from "../lib/chart-exports/registry.ts";
import { standaloneSvg } from "../lib/chart-exports/standalone.ts";
import { previewFiles } from "../lib/images/previews.ts";
import { svgToPng } from "../lib/images/raster.ts";
import { EMBED_HEADERS } from "../lib/site.ts";

export interface BuiltFile {
  urlPath: string;
  mime: string;
  /** Made on demand: rasterising is the expensive part. */
  body: () => string | Buffer;
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

/** Every drawn file of the site. */
export function* imageFiles(corpus: Corpus, site: URL | undefined): Generator<BuiltFile> {
  for (const chart of chartExports(corpus)) {
    yield { urlPath: chartUrl.file(chart.path, "svg"), mime: "image/svg+xml", body: () => chartSvg(chart, corpus, site) };
    yield {
      urlPath: chartUrl.file(chart.path, "png"),
      mime: "image/png",
      body: () => svgToPng(chartSvg(chart, corpus, site), 2).png,
    };
    yield {
      urlPath: chartUrl.file(chart.path, "csv"),
      mime: "text/csv; charset=utf-8",
      body: () => toCsv(chart.csv.header, chart.csv.rows),
    };
  }
  for (const preview of previewFiles(corpus))
    yield { urlPath: preview.urlPath, mime: "image/png", body: () => svgToPng(preview.svg).png };
  yield { urlPath: "/_headers", mime: "text/plain; charset=utf-8", body: () => EMBED_HEADERS };
}

/** The file a URL path names, for the dev server. */
export function imageFileAt(corpus: Corpus, site: URL | undefined, urlPath: string): BuiltFile | undefined {
  for (const file of imageFiles(corpus, site)) if (file.urlPath === urlPath) return file;
  return undefined;
}

/** Writes every drawn file under `outDir`; resolves to how many. */
export async function writeImageFiles(corpus: Corpus, site: URL | undefined, outDir: string): Promise<number> {
  const folders = new Set<string>();
  let written = 0;
  for (const file of imageFiles(corpus, site)) {
    const target = path.join(outDir, ...file.urlPath.split("/"));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFile(target, file.body());
    written += 1;
  }
  return written;
}
