/**
 * The concordance between two instruments: which of their articles deal with
 * the same dimension of comparison. It is derived from the comparison cells
 * (each names the articles where its instrument treats the dimension), never
 * typed by hand, so it can only say what the comparison says.
 */
import type { Corpus } from "./corpus.ts";
import type { Article, Dimension, Provision } from "./schema/records.ts";

/** One side of a concordance row: the instrument's cell and the articles it names. */
export interface ConcordanceSide {
  instrument: string;
  /** Absent when the comparison has no cell for this instrument and dimension. */
  provision?: Provision;
  articles: { article: Article; locator: string }[];
}

export interface ConcordanceRow {
  dimension: Dimension;
  a: ConcordanceSide;
  b: ConcordanceSide;
  /** Both cells' article numbers were checked against the text. */
  verified: boolean;
}

/** One line of /data/concordance.csv: an article of A beside an article of B, either possibly absent. */
export interface ConcordancePair {
  dimension: string;
  a: { instrument: string; article?: Article; locator: string };
  b: { instrument: string; article?: Article; locator: string };
  verified: boolean;
}

/**
 * Dimensions on which at least one of the two instruments names an article,
 * in dimension order. A side with no article shows where the other instrument
 * has no counterpart (or where its article could not be found).
 */
export function concordance(corpus: Corpus, a: string, b: string): readonly ConcordanceRow[] {
  // Every article page asks for its instrument against each of the others: one computation per pair and corpus.
  let pairs = memo.get(corpus);
  if (!pairs) memo.set(corpus, (pairs = new Map()));
  const key = `${a}\u0000${b}`;
  let rows = pairs.get(key);
  if (!rows) pairs.set(key, (rows = Object.freeze(compute(corpus, a, b))));
  return rows;
}

const memo = new WeakMap<Corpus, Map<string, readonly ConcordanceRow[]>>();

function compute(corpus: Corpus, a: string, b: string): ConcordanceRow[] {
  // The first cell per dimension, as a find() would give.
  const cells = (instrument: string) => new Map(corpus.instrument(instrument).provisions.toReversed().map((p) => [p.dimension, p]));
  const provisions = { [a]: cells(a), [b]: cells(b) };
  const sideOf = (instrument: string, dimension: string): ConcordanceSide => {
    const provision = provisions[instrument]?.get(dimension);
    const articles = (provision?.articles ?? []).flatMap((written) => corpus.articleAt(instrument, written) ?? []);
    return { instrument, ...(provision ? { provision } : {}), articles };
  };
  return corpus.dimensions().flatMap((dimension) => {
    const left = sideOf(a, dimension.id);
    const right = sideOf(b, dimension.id);
    if (left.articles.length === 0 && right.articles.length === 0) return [];
    return [{ dimension, a: left, b: right, verified: (left.provision?.verified ?? false) && (right.provision?.verified ?? false) }];
  });
}

/** The rows as pairs of single articles: every article of A against every article of B on the same dimension. */
export function concordancePairs(rows: readonly ConcordanceRow[]): ConcordancePair[] {
  return rows.flatMap((row) => {
    const side = (s: ConcordanceSide) => (s.articles.length > 0 ? s.articles.map((a) => ({ instrument: s.instrument, article: a.article, locator: a.locator })) : [{ instrument: s.instrument, locator: "" }]);
    return side(row.a).flatMap((left) => side(row.b).map((right) => ({ dimension: row.dimension.id, a: left, b: right, verified: row.verified })));
  });
}
