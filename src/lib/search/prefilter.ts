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

const weightOfMask = new Float64Array(2 ** FIELD_BITS).map((_, mask) => Math.max(0, ...FIELD_WEIGHTS.filter(([bit]) => mask & bit).map(([, w]) => w)));

export interface Candidates {
  /** Record indexes matching every term, best first. */
  records: number[];
  scores: Map<number, number>;
}

/**
 * `expansions` holds one list per query term; `postingsOf` gives a token's
 * encoded postings (the file holding it must be loaded).
 */
export function prefilter(expansions: Expansion[][], postingsOf: (token: string) => readonly number[] | undefined, recordCount: number): Candidates {
  const total = new Float64Array(recordCount);
  const termsMatched = new Uint8Array(recordCount);
  const best = new Float64Array(recordCount);
  for (const term of expansions) {
    const touched: number[] = [];
    for (const { token, quality } of term) {
      const list = postingsOf(token);
      if (!list) continue;
      const rarity = Math.log(1 + recordCount / list.length);
      let record = 0;
      for (const value of list) {
        record += Math.floor(value / 2 ** FIELD_BITS);
        const score = quality * (weightOfMask[value % 2 ** FIELD_BITS] ?? 0) * rarity;
        if (best[record] === 0) touched.push(record);
        if (score > (best[record] ?? 0)) best[record] = score;
      }
    }
    for (const record of touched) {
      total[record] = (total[record] ?? 0) + (best[record] ?? 0);
      termsMatched[record] = (termsMatched[record] ?? 0) + 1;
      best[record] = 0;
    }
  }
  const records: number[] = [];
  const scores = new Map<number, number>();
  termsMatched.forEach((matched, record) => {
    if (matched === expansions.length && expansions.length > 0) {
      records.push(record);
      scores.set(record, total[record] ?? 0);
    }
  });
  records.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  return { records, scores };
}
