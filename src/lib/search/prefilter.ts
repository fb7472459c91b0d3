/**
 * The prefilter: from the postings of the tokens a query's terms expand to,
 * the records that match every term, with a cheap score (field weight ×
 * match quality × rarity). Only the best of them are handed to fuse.js.
 */
import { FIELD, FIELD_BITS } from "./types.ts";
import type { Expansion } from "./vocabulary.ts";

/** The same order of importance fuse.js weighs the fields in (rank.ts). */
const FIELD_WEIGHTS: [number, number][] = [
  [FIELD.title, 3],
  [FIELD.alias, 3],
  [FIELD.quote, 1.6],
  [FIELD.related, 1.4],
  [FIELD.text, 1],
  [FIELD.facet, 0.6],
];

const weightOfMask = new Float64Array(2 ** FIELD_BITS).map((_, mask) =>
  Math.max(0, ...FIELD_WEIGHTS.filter(([bit]) => mask & bit).map(([, w]) => w)),
);

/** The weight of a posting: that of the best field the token occurs in. */
export function fieldWeight(mask: number): number {
  return weightOfMask[mask] ?? 0;
}

export interface Candidates {
  /** Record indexes matching every term, in index order. */
  records: number[];
  /** Score by record index, valid for the records above. */
  scores: Float64Array;
}

/** Work arrays, reused from keystroke to keystroke rather than allocated for every record each time. */
let buffers: { size: number; total: Float64Array; best: Float64Array; matched: Uint8Array; touched: Int32Array } | undefined;

function work(recordCount: number): NonNullable<typeof buffers> {
  if (buffers?.size !== recordCount) {
    buffers = {
      size: recordCount,
      total: new Float64Array(recordCount),
      best: new Float64Array(recordCount),
      matched: new Uint8Array(recordCount),
      touched: new Int32Array(recordCount),
    };
  }
  buffers.total.fill(0);
  buffers.matched.fill(0);
  return buffers;
}

/**
 * `expansions` holds one list per query term; `postingsOf` gives a token's
 * encoded postings (the file holding it must be loaded).
 */
export function prefilter(
  expansions: Expansion[][],
  postingsOf: (token: string) => readonly number[] | undefined,
  recordCount: number,
): Candidates {
  const { total, best, matched, touched } = work(recordCount);
  const unit = 2 ** FIELD_BITS;
  for (const term of expansions) {
    let touchedCount = 0;
    for (const { token, quality } of term) {
      const list = postingsOf(token);
      if (!list) continue;
      const rarity = Math.log(1 + recordCount / list.length);
      let record = 0;
      for (const value of list) {
        record += Math.floor(value / unit);
        const score = quality * weightOfMask[value % unit]! * rarity;
        if (best[record] === 0) touched[touchedCount++] = record;
        if (score > best[record]!) best[record] = score;
      }
    }
    for (let i = 0; i < touchedCount; i += 1) {
      const record = touched[i]!;
      total[record]! += best[record]!;
      matched[record]! += 1;
      best[record] = 0;
    }
  }
  const records: number[] = [];
  const wanted = expansions.length;
  if (wanted > 0) for (let record = 0; record < recordCount; record += 1) if (matched[record] === wanted) records.push(record);
  // A copy: the work arrays serve the next keystroke while this one may still be waiting for files.
  return { records, scores: total.slice() };
}

/** The `count` best records by score (ties: index order), without sorting them all. */
export function best(records: readonly number[], scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (const record of records) {
    const score = scores[record]!;
    if (top.length === count && score <= scores[top[count - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at -= 1;
    top.splice(at, 0, record);
    if (top.length > count) top.pop();
  }
  return top;
}
