/**
 * Builds the files /search/ publishes from the corpus (pure: same corpus,
 * same bytes). The browser loads a small manifest (the vocabulary and the
 * facet labels) and then only the pieces a query needs: the postings of the
 * tokens it matches and the records it shows.
 */
import type { Corpus } from "../../corpus/index.ts";
import { KIND_VALUES, VERDICT_VALUES, VIEWPOINT_VALUES } from "./facet-labels.ts";
import { searchRecords, type SearchRecord } from "./records.ts";
import { articleTokens, indexTokens } from "./tokenize.ts";
import { fieldWeight } from "./prefilter.ts";
import {
  BLOCK,
  FIELD,
  FIELD_BITS,
  RECORD_TYPES,
  type FacetColumns,
  type PostingsShard,
  type SearchDoc,
  type SearchIndexFiles,
  type SearchManifest,
} from "./types.ts";

export interface BuildOptions {
  /** Records per docs file: small, so showing ten results fetches little. */
  docShardSize?: number;
  /** Postings per postings file, roughly. */
  postingsPerShard?: number;
}

/** Which text of a record goes into which field. */
function fieldTexts(doc: SearchRecord["doc"], facetNames: string[]): [number, string][] {
  return [
    [FIELD.title, doc.title],
    ...(doc.alias ?? []).map((text): [number, string] => [FIELD.alias, text]),
    ...(doc.related ?? []).map((text): [number, string] => [FIELD.related, text]),
    [FIELD.quote, doc.quote ?? ""],
    [FIELD.text, doc.text ?? ""],
    ...facetNames.map((text): [number, string] => [FIELD.facet, text]),
  ];
}

/**
 * The records a one-word query on this token shows first: the prefilter ranks
 * a token's records by field weight, ties in index order (prefilter.ts).
 */
function champions(list: readonly { record: number; mask: number }[]): number[] {
  return [...list]
    .sort((a, b) => fieldWeight(b.mask) - fieldWeight(a.mask) || a.record - b.record)
    .slice(0, BLOCK)
    .map((p) => p.record);
}

/** "UN Convention against Cybercrime" → "UNCC": a capitalised word's initial, a word in capitals whole; three letters or more. */
export function initials(name: string): string | undefined {
  const letters = (name.match(/\p{Lu}\p{L}*/gu) ?? []).map((word) => (/^\p{Lu}+$/u.test(word) ? word : word.charAt(0))).join("");
  return letters.length >= 3 ? letters : undefined;
}

/** An instrument's names besides its short one, which its articles are found by (SearchManifest.instrumentNames). */
function instrumentNames(corpus: Corpus): Map<string, string> {
  const shortNames = new Map(corpus.instruments().map((i) => [i.id, i.shortName]));
  return new Map(
    corpus.instruments().map((i) => {
      const place = i.dates.find((d) => d.event === "opened-for-signature")?.place;
      // The full name without a subtitle: "United Nations Convention against Cybercrime", not "…; Strengthening International Cooperation …".
      const name = i.name.split(";")[0];
      const names = [name, i.symbol, initials(i.shortName), place, i.parent ? shortNames.get(i.parent) : undefined];
      return [i.id, [...new Set(names.filter((n): n is string => Boolean(n)))].join(" · ")];
    }),
  );
}

function dictionary(entries: Iterable<[string, string]>): { list: [string, string][]; index: Map<string, number> } {
  const list = [...entries];
  return { list, index: new Map(list.map(([id], i) => [id, i])) };
}

export function buildSearchIndex(corpus: Corpus, options: BuildOptions = {}): SearchIndexFiles {
  const docShardSize = options.docShardSize ?? 8;
  const postingsPerShard = options.postingsPerShard ?? 6000;
  const records = searchRecords(corpus);
  const sources = dictionary(corpus.sources().map((s) => [s.id, s.title]));
  const actors = dictionary(corpus.actors().map((a) => [a.id, a.name]));
  const instruments = dictionary(corpus.instruments().map((i) => [i.id, i.shortName]));
  const actorNames = new Map(corpus.actors().map((a) => [a.id, [a.name, a.shortName ?? ""].join(" ")]));
  const otherNames = instrumentNames(corpus);
  const positions = (ids: string[], dict: Map<string, number>) =>
    ids.map((id) => dict.get(id)).filter((i): i is number => i !== undefined);

  const docs: SearchDoc[] = [];
  const postings = new Map<string, { record: number; mask: number }[]>();
  const facets: FacetColumns = { type: [], kind: [], verdict: [], viewpoint: [], year: [], source: [], actor: [], instrument: [] };

  records.forEach((record, index) => {
    const source = record.source === undefined ? undefined : sources.index.get(record.source);
    const actorIds = positions(record.actors, actors.index);
    const instrumentIds = positions(record.instruments, instruments.index);
    docs.push({
      ...record.doc,
      ...(source === undefined ? {} : { source }),
      ...(actorIds.length ? { actors: actorIds } : {}),
      ...(instrumentIds.length ? { instruments: instrumentIds } : {}),
    });
    // A record about Russia is found by "Russia" even when its text does not name it.
    // An article is found by every name of its instrument (the engine's fuse.js facet names do the same).
    const facetNames = [
      ...record.actors.map((id) => actorNames.get(id) ?? ""),
      ...record.instruments.map((id) => instruments.list[instruments.index.get(id) ?? -1]?.[1] ?? ""),
      ...(record.doc.type === "article" ? record.instruments.map((id) => otherNames.get(id) ?? "") : []),
    ];
    const masks = new Map<string, number>();
    for (const [field, text] of fieldTexts(record.doc, record.doc.type === "actor" ? [] : facetNames)) {
      for (const token of indexTokens(text)) masks.set(token, (masks.get(token) ?? 0) | field);
      for (const token of articleTokens(text)) masks.set(token, (masks.get(token) ?? 0) | field);
    }
    for (const token of record.keys ?? []) masks.set(token, (masks.get(token) ?? 0) | FIELD.title);
    for (const [token, mask] of masks) {
      const list = postings.get(token) ?? [];
      list.push({ record: index, mask });
      postings.set(token, list);
    }
    facets.type.push(RECORD_TYPES.indexOf(record.doc.type) + 1);
    facets.kind.push(KIND_VALUES.indexOf(record.doc.kind ?? "") + 1);
    facets.verdict.push(VERDICT_VALUES.indexOf(record.doc.verdict ?? "") + 1);
    facets.viewpoint.push(VIEWPOINT_VALUES.indexOf(record.doc.viewpoint ?? "") + 1);
    facets.year.push(record.doc.date ? Number(record.doc.date.slice(0, 4)) : 0);
    facets.source.push(source === undefined ? 0 : source + 1);
    facets.actor.push(actorIds);
    facets.instrument.push(instrumentIds);
  });

  // Code-unit order, the order the browser's binary search assumes.
  const vocabulary = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: PostingsShard[] = [];
  const shardStarts: number[] = [];
  let size = Infinity;
  vocabulary.forEach((token, position) => {
    const list = postings.get(token) ?? [];
    // Files break only where the first two letters change (or, in a huge group, the first three), so that
    // a word being typed, from its second letter on, needs one postings file.
    const before = vocabulary[position - 1] ?? "";
    const boundary =
      token.slice(0, 2) !== before.slice(0, 2) || (size >= 4 * postingsPerShard && token.slice(0, 3) !== before.slice(0, 3));
    if (size >= postingsPerShard && boundary) {
      shards.push({ postings: {}, docs: {} });
      shardStarts.push(position);
      size = 0;
    }
    const shard = shards.at(-1);
    if (!shard) return;
    let previous = 0;
    shard.postings[token] = list.map(({ record, mask }) => {
      const value = (record - previous) * 2 ** FIELD_BITS + mask;
      previous = record;
      return value;
    });
    for (const record of champions(list)) shard.docs[record] = docs[record] as SearchDoc;
    size += list.length;
  });

  const manifest: SearchManifest = {
    version: corpus.version,
    records: docs.length,
    docShardSize,
    vocabulary,
    shardStarts,
    sources: sources.list,
    actors: actors.list,
    instruments: instruments.list,
    instrumentNames: instruments.list.map(([id]) => otherNames.get(id) ?? ""),
  };
  const docShards = Array.from({ length: Math.ceil(docs.length / docShardSize) }, (_, i) =>
    docs.slice(i * docShardSize, (i + 1) * docShardSize),
  );
  return { manifest, postings: shards, docs: docShards, facets };
}

const built = new WeakMap<Corpus, SearchIndexFiles>();

/** The index of this corpus, built once per build however many files are written from it. */
export function searchIndexFor(corpus: Corpus): SearchIndexFiles {
  let files = built.get(corpus);
  if (!files) {
    files = buildSearchIndex(corpus);
    built.set(corpus, files);
  }
  return files;
}
