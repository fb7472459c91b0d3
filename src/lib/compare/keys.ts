/**
 * What makes two cells of a row "the same" for the differences view.
 *
 * Most rows score coverage (an offence, a power, a safeguard): two cells are
 * the same when they carry the same value. A few rows describe rather than
 * score (who negotiated, how they decided, who may join, the state of
 * ratifications): there "covered" only says the point is documented, and two
 * documented cells are never the same thing. Those rows compare equal only
 * when neither cell is documented (both unknown, or both not applicable).
 */
import type { Provision } from "../../corpus/index.ts";

export const DESCRIPTIVE_DIMENSIONS: ReadonlySet<string> = new Set([
  "negotiating-forum",
  "decision-rule",
  "accession",
  "entry-into-force",
  "parties-status",
]);

type Value = Provision["value"];

/** The token two cells of one row share exactly when they count as the same. */
export function compareKey(dimension: string, instrument: string, value: Value): string {
  const documented = value !== "unknown" && value !== "not-applicable";
  return DESCRIPTIVE_DIMENSIONS.has(dimension) && documented ? `${value}@${instrument}` : value;
}

/** A row differs, among the columns shown, when its cells do not all share one key. */
export function keysDiffer(keys: readonly string[]): boolean {
  return new Set(keys).size > 1;
}

/** The id of a cell, and its permalink fragment: `<dimension>--<instrument>`. */
export function cellId(dimension: string, instrument: string): string {
  return `${dimension}--${instrument}`;
}
