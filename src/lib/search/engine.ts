/**
 * The search core, the same in the browser's worker and in the relevance
 * tests: query → terms → tokens (exact, prefix, typo) → postings → the
 * records matching every term → facet filters → the best few ranked by
 * fuse.js → hits with highlights. Index files are loaded on demand, once.
 */
import { GROUP_LABELS, labelFor } from "./facet-labels.ts";
import { applyFilters, countFacets, resolveFilters, type ActiveFilters } from "./facets.ts";
import { toHit } from "./hits.ts";
import { best, prefilter } from "./prefilter.ts";
import { rerank } from "./rank.ts";
import { fold, queryTerms, type QueryTerm } from "./tokenize.ts";
import {
  BLOCK,
  FACET_GROUPS,
  type DocShard,
  type FacetGroup,
  type FacetColumns,
  type IndexLoader,
  type PostingsShard,
  type SearchDoc,
  type SearchManifest,
  type SearchRequest,
  type SearchResponse,
} from "./types.ts";
import { expandTerm, lowerBound, shardOf, type Expansion } from "./vocabulary.ts";

/** At most this many postings files are fetched ahead for a word's first letter. */
const PREFETCH_FILES = 2;

export class SearchEngine {
  readonly #loader: IndexLoader;
  #manifest: Promise<SearchManifest> | undefined;
  readonly #postings = new Map<number, Promise<PostingsShard>>();
  readonly #docs = new Map<number, Promise<DocShard>>();
  /** Records already at hand, from docs files or carried by postings files. */
  readonly #records = new Map<number, SearchDoc>();
  #facets: Promise<FacetColumns> | undefined;
  #facetColumns: FacetColumns | undefined;
  /** Expansions of recent terms: while a word is typed, the words before it are not looked up again. */
  readonly #expanded = new Map<string, Expansion[]>();

  constructor(loader: IndexLoader) {
    this.#loader = loader;
  }

  manifest(): Promise<SearchManifest> {
    this.#manifest ??= this.#loader.manifest();
    return this.#manifest;
  }

  /** The facet columns: needed for counts and filters, not for the first results. */
  facets(): Promise<FacetColumns> {
    this.#facets ??= this.#loader.facets().then((columns) => (this.#facetColumns = columns));
    return this.#facets;
  }

  get facetsLoaded(): boolean {
    return this.#facetColumns !== undefined;
  }

  #postingsShard(shard: number): Promise<PostingsShard> {
    let loaded = this.#postings.get(shard);
    if (!loaded) {
      loaded = this.#loader.postings(shard).then((file) => {
        for (const [record, doc] of Object.entries(file.docs)) this.#records.set(Number(record), doc);
        return file;
      });
      this.#postings.set(shard, loaded);
    }
    return loaded;
  }

  /** The records, fetching the docs files of those not yet at hand. */
  async #docsOf(records: readonly number[], shardSize: number): Promise<SearchDoc[]> {
    const missing = records.filter((record) => !this.#records.has(record));
    await Promise.all(
      [...new Set(missing.map((record) => Math.floor(record / shardSize)))].map((shard) => {
        let loaded = this.#docs.get(shard);
        if (!loaded) {
          loaded = this.#loader
            .docs(shard)
            .then((file) => (file.forEach((doc, i) => this.#records.set(shard * shardSize + i, doc)), file));
          this.#docs.set(shard, loaded);
        }
        return loaded;
      }),
    );
    return records.map((record) => {
      const doc = this.#records.get(record);
      if (!doc) throw new Error(`The search index has no record ${record}`);
      return doc;
    });
  }

  #expand(term: QueryTerm, vocabulary: readonly string[]): Expansion[] {
    const key = `${term.prefix ? "*" : "="}${term.symbol ? "/" : ""}${term.text}`;
    let found = this.#expanded.get(key);
    if (!found) {
      found = expandTerm(term, vocabulary);
      if (this.#expanded.size >= 500) this.#expanded.clear();
      this.#expanded.set(key, found);
    }
    return found;
  }

  /**
   * A query that ends with one letter ("human r") is about to need the postings file of that letter's
   * next one: fetched now, unawaited, while the reader types it. Only when a few files cover the letter.
   */
  #prefetchNextWord(query: string): void {
    const letter = /(?:^|\s)(\p{L})$/u.exec(query)?.[1];
    if (!letter) return;
    void this.manifest().then((manifest) => {
      const first = fold(letter);
      const from = shardOf(lowerBound(manifest.vocabulary, first), manifest.shardStarts);
      const to = shardOf(Math.max(0, lowerBound(manifest.vocabulary, `${first}\uffff`) - 1), manifest.shardStarts);
      if (to - from < PREFETCH_FILES)
        for (let shard = from; shard <= to; shard += 1) void this.#postingsShard(shard).catch(() => undefined);
    });
  }

  /** `isCurrent` lets a caller abandon a search that a newer keystroke has replaced; the result is then null. */
  async search(request: SearchRequest, isCurrent: () => boolean = () => true): Promise<SearchResponse | null> {
    const state = { q: request.q, filters: request.filters };
    const filtered = FACET_GROUPS.some((group) => request.filters[group] !== undefined);
    const empty: SearchResponse = { state, status: "empty", total: 0, hits: [], facets: null, active: [], relax: [] };
    const terms = queryTerms(request.q);
    this.#prefetchNextWord(request.q);
    if (!request.q.trim() && !filtered) return empty;
    if (request.q.trim() && terms.length === 0 && request.q.trim().length < 2) return { ...empty, status: "too-short" };

    const manifest = await this.manifest();
    const expansions = terms.map((term) => this.#expand(term, manifest.vocabulary));
    const shards = [...new Set(expansions.flat().map((e) => shardOf(e.position, manifest.shardStarts)))];
    const loaded = new Map(await Promise.all(shards.map(async (shard) => [shard, await this.#postingsShard(shard)] as const)));
    if (!isCurrent()) return null;
    const positions = new Map(expansions.flat().map((e) => [e.token, e.position]));
    const postingsOf = (token: string) => loaded.get(shardOf(positions.get(token) ?? -1, manifest.shardStarts))?.postings[token];
    const found = request.q.trim() ? prefilter(expansions, postingsOf, manifest.records) : undefined;
    const candidates = found ? found.records : Array.from({ length: manifest.records }, (_, i) => i);

    const columns = filtered ? await this.facets() : this.#facetColumns;
    if (!isCurrent()) return null;
    const active: ActiveFilters = columns ? resolveFilters(request.filters, manifest) : new Map<FacetGroup, number>();
    const matching = columns ? applyFilters(candidates, columns, active) : candidates;

    const limit = Math.max(0, request.limit);
    // The records of the next few are fetched too, once this answer is out: "more results", and the
    // next keystroke of the same words (which mostly reorders the same records), find them at hand.
    const wanted = limit + Math.max(0, request.ahead ?? 0);
    const ahead = found ? best(matching, found.scores, wanted) : matching.slice(0, wanted);
    const shown = ahead.slice(0, limit);
    const docs = await this.#docsOf(shown, manifest.docShardSize);
    if (ahead.length > limit)
      setTimeout(() => void this.#docsOf(ahead.slice(limit), manifest.docShardSize).catch(() => undefined), 0);
    if (!isCurrent()) return null;
    const facetNames = (doc: SearchDoc) => [
      ...(doc.actors ?? []).map((i) => manifest.actors[i]?.[1] ?? ""),
      ...(doc.instruments ?? []).map((i) => manifest.instruments[i]?.[1] ?? ""),
      // An article goes by every name of its instrument, as the index has it (build-index.ts).
      ...(doc.type === "article" ? (doc.instruments ?? []).map((i) => manifest.instrumentNames[i] ?? "") : []),
    ];
    const ranked: SearchDoc[] = [];
    for (let from = 0; from < docs.length; from += BLOCK)
      ranked.push(...rerank(docs.slice(from, from + BLOCK), request.q, facetNames));
    const matched = new Set(expansions.flat().map((e) => e.token));

    const labelled = [...active.keys()].map((group) => {
      const value = request.filters[group] ?? "";
      return { group, value, label: `${GROUP_LABELS[group]}: ${labelFor(group, value, manifest)}` };
    });
    return {
      state,
      status: "results",
      total: matching.length,
      hits: ranked.map((doc) => toHit(doc, matched, manifest)),
      facets: columns ? countFacets(candidates, columns, active, manifest, request.filters) : null,
      active: labelled,
      relax:
        columns && matching.length === 0
          ? labelled.map((f) => ({ ...f, total: applyFilters(candidates, columns, active, f.group).length }))
          : [],
    };
  }
}
