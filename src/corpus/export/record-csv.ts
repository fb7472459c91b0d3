/**
 * Rows of the record tables under /data/ (actors, instruments, comparison
 * cells, events, citations); their headers and types are their entries in
 * tables.ts, and csv.ts writes them. Lists of ids are space-separated, as in
 * claims.csv; a comparison cell's articles, which may contain spaces, are
 * separated by semicolons.
 */
import type { Corpus } from "../corpus.ts";
import { concordance, concordancePairs } from "../concordance.ts";

export type Row = (string | number | null | undefined)[];

const list = (ids: readonly string[]) => ids.join(" ");
const yesNo = (value: boolean) => (value ? "yes" : "no");

export function actorRows(corpus: Corpus): Row[] {
  return corpus.actors().map((a) => [a.id, a.url, a.name, a.shortName, a.kind, a.iso3, a.region, list(a.affiliations), a.role, a.website]);
}

export function instrumentRows(corpus: Corpus): Row[] {
  return corpus
    .instruments()
    .map((i) => [
      i.id,
      i.url,
      i.name,
      i.shortName,
      i.kind,
      i.organisation,
      i.parent,
      i.symbol,
      i.status.text,
      i.status.asOf,
      i.partiesCount?.count,
      i.partiesCount?.asOf,
      yesNo(i.verified),
    ]);
}

export function comparisonRows(corpus: Corpus): Row[] {
  return corpus
    .instruments()
    .flatMap((i) => i.provisions.map((p) => [i.id, p.dimension, p.value, p.articles.join("; "), yesNo(p.verified), p.note]));
}

export function eventRows(corpus: Corpus): Row[] {
  return corpus
    .events()
    .map((e) => [e.id, e.url, e.title, e.date, e.lane, list(e.actors), list(e.instruments), list(e.votes), list(e.sources), list(e.cites)]);
}

export function citationRows(corpus: Corpus): Row[] {
  return corpus.citations().map((c) => [c.id, c.kind, c.title, c.symbol, c.publisher, c.date, c.accessed, c.url, c.note]);
}

export function articleRows(corpus: Corpus): Row[] {
  return corpus.articles().map((a) => {
    const chapter = corpus.articleList(a.instrument).chapters.find((c) => c.key === a.chapter);
    return [a.id, a.url, a.instrument, a.number, a.chapter, chapter?.title, a.section, a.heading, a.language, a.gloss, a.confidence, yesNo(a.verified), list(a.cites), a.note];
  });
}

/** Every pair of instruments, each once (the older first), one row per pair of articles on the same dimension. */
export function concordanceRows(corpus: Corpus): Row[] {
  const ids = corpus.instruments().map((i) => i.id);
  return ids.flatMap((a, i) =>
    ids.slice(i + 1).flatMap((b) =>
      concordancePairs(concordance(corpus, a, b)).map((pair) => [
        pair.a.instrument,
        pair.a.article ? `${pair.a.article.number}${pair.a.locator}` : "",
        pair.b.instrument,
        pair.b.article ? `${pair.b.article.number}${pair.b.locator}` : "",
        pair.dimension,
        yesNo(pair.verified),
      ]),
    ),
  );
}
