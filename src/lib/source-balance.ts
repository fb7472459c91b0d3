/**
 * The sources by viewpoint and year: which sides the corpus gives voice to,
 * and when. The home page and the source index show it as a table; undated
 * sources and sources without a viewpoint get their own row and column, so
 * every source is counted once.
 */
import type { Source } from "../corpus/index.ts";
import { VIEWPOINT_LABELS } from "./labels.ts";

export const UNDATED = "undated";
export const NO_VIEWPOINT = "none";

export interface BalanceRow {
  viewpoint: string;
  label: string;
  /** Sources per column, in the order of `years`. */
  counts: number[];
  total: number;
  sources: Source[];
}

export interface SourceBalance {
  /** Years that have sources, oldest first, then "undated" when any source has no date. */
  years: string[];
  rows: BalanceRow[];
}

export function sourceBalance(sources: readonly Source[]): SourceBalance {
  const yearOf = (s: Source) => s.published?.slice(0, 4) ?? UNDATED;
  const dated = [...new Set(sources.flatMap((s) => (s.published ? [yearOf(s)] : [])))].sort();
  const years = sources.some((s) => !s.published) ? [...dated, UNDATED] : dated;
  const order: [string, string][] = [...Object.entries(VIEWPOINT_LABELS), [NO_VIEWPOINT, "Viewpoint not recorded"]];
  const rows = order.flatMap(([viewpoint, label]) => {
    const of = sources.filter((s) => (s.viewpoint ?? NO_VIEWPOINT) === viewpoint);
    if (of.length === 0) return [];
    return [{ viewpoint, label, counts: years.map((y) => of.filter((s) => yearOf(s) === y).length), total: of.length, sources: of }];
  });
  return { years, rows };
}
