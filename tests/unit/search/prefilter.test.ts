import { describe, expect, it } from "vitest";
import { best, prefilter } from "../../../src/lib/search/prefilter.ts";
import { FIELD, FIELD_BITS } from "../../../src/lib/search/types.ts";

/** Encodes [record, mask] pairs the way the index publishes them. */
function encode(pairs: [number, number][]): number[] {
  let previous = 0;
  return pairs.map(([record, mask]) => {
    const value = (record - previous) * 2 ** FIELD_BITS + mask;
    previous = record;
    return value;
  });
}

const postings: Record<string, number[]> = {
  golden: encode([
    [1, FIELD.title],
    [3, FIELD.text],
    [5, FIELD.quote],
  ]),
  shield: encode([
    [1, FIELD.title],
    [2, FIELD.title],
    [5, FIELD.text],
  ]),
  shields: encode([[3, FIELD.facet]]),
};
const at = (token: string, quality = 1) => ({ token, position: 0, quality });

describe("the prefilter", () => {
  it("keeps the records that match every term, through any of its tokens", () => {
    const { records } = prefilter([[at("golden")], [at("shield"), at("shields", 0.9)]], (t) => postings[t], 6);
    expect(records).toEqual([1, 3, 5]);
  });

  it("scores a title match above a quote, a quote above the text, the text above a facet", () => {
    const { records, scores } = prefilter([[at("golden")]], (t) => postings[t], 6);
    expect(best(records, scores, 3)).toEqual([1, 5, 3]);
    const both = prefilter([[at("golden")], [at("shield"), at("shields", 0.9)]], (t) => postings[t], 6);
    expect(best(both.records, both.scores, 3)).toEqual([1, 5, 3]);
  });

  it("takes the best few without sorting all, ties in index order", () => {
    const scores = Float64Array.from([0, 2, 5, 2, 5, 1]);
    expect(best([0, 1, 2, 3, 4, 5], scores, 4)).toEqual([2, 4, 1, 3]);
    expect(best([0, 1, 2, 3, 4, 5], scores, 0)).toEqual([]);
  });

  it("matches nothing without terms", () => {
    expect(prefilter([], (t) => postings[t], 6).records).toEqual([]);
  });
});
