/**
 * Page weight at scale: the heaviest HTML pages of a built site, compressed
 * as a reader downloads them, against the 200 KiB budget the page-weight test
 * enforces on the real corpus. Only the largest files are compressed: a page
 * can only exceed the budget compressed if it does uncompressed.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const HTML_BUDGET_BYTES = 200 * 1024;
const SAMPLE = 12;

export interface PageWeight {
  /** Relative to dist, e.g. claims/index.html. */
  page: string;
  gzipBytes: number;
}

export interface WeightSummary {
  heaviest: PageWeight[];
  overBudget: number;
}

export async function pageWeights(dist: string): Promise<WeightSummary> {
  const names = (await readdir(dist, { recursive: true })).filter((name) => name.endsWith(".html"));
  const sizes = await Promise.all(names.map(async (page) => ({ page, bytes: (await stat(path.join(dist, page))).size })));
  sizes.sort((a, b) => b.bytes - a.bytes);
  const candidates = sizes.filter((s, i) => i < SAMPLE || s.bytes > HTML_BUDGET_BYTES);
  const weights: PageWeight[] = [];
  for (const { page } of candidates) weights.push({ page, gzipBytes: gzipSync(await readFile(path.join(dist, page))).length });
  weights.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { heaviest: weights.slice(0, 5), overBudget: weights.filter((w) => w.gzipBytes > HTML_BUDGET_BYTES).length };
}
