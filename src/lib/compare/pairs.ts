/**
 * The pairwise pages generated statically: the comparisons readers ask for
 * most. The UN Convention is set against Budapest, against Russia's 2017 draft
 * and against each regional instrument.
 */
import type { Row } from "./table.ts";
import { rowDiffers } from "./table.ts";

export const PAIRS: readonly (readonly [string, string])[] = [
  ["budapest-convention", "un-cybercrime-convention"],
  ["budapest-convention", "russia-draft-2017"],
  ["russia-draft-2017", "un-cybercrime-convention"],
  ["un-cybercrime-convention", "arab-convention-2010"],
  ["un-cybercrime-convention", "malabo-convention"],
  ["un-cybercrime-convention", "sco-agreement-2009"],
];

export function pairPath(a: string, b: string): string {
  return `/compare/${a}/${b}/`;
}

/** Rows split into those where the two instruments differ (first) and those where they agree, each in dimension order. */
export function splitByDifference(rows: readonly Row[]): { differ: Row[]; same: Row[] } {
  return {
    differ: rows.filter((row) => rowDiffers(row)),
    same: rows.filter((row) => !rowDiffers(row)),
  };
}
