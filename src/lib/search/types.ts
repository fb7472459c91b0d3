/**
 * The search index as published under /search/ and the messages between the
 * search page and its worker. One definition for the build (build-index.ts),
 * the browser (src/client/search/) and the relevance tests.
 */

/** Record types, in the order the index stores them (and the type facet lists them). */
export const RECORD_TYPES = ["instrument", "vote", "actor", "source", "claim", "event", "provision", "article"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * fuse.js ranks the prefilter's best records in blocks of this size; the
 * page shows and adds results a block at a time, so "more results" never
 * reshuffles what is already shown.
 */
export const BLOCK = 10;

/** Facet groups, in the order of the URL and of the filter panel. */
export const FACET_GROUPS = ["type", "kind", "verdict", "viewpoint", "source", "actor", "instrument", "year"] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

/**
 * Where a token occurs in a record, as a bit mask on each posting. The
 * prefilter scores a match by the best field it occurs in; fuse.js weighs the
 * same fields with the same order of importance.
 */
export const FIELD = { title: 1, alias: 2, related: 4, quote: 8, text: 16, facet: 32 } as const;
export const FIELD_BITS = 6;

/** The compact, searchable form of one record: what fuse.js scores and the result list shows. */
export interface SearchDoc {
  /** Record id (for a provision: `<dimension>--<instrument>`, its cell on /compare/; for an article: `<instrument>:<number>`). */
  id: string;
  type: RecordType;
  url: string;
  /** Name or title; for a claim, its paraphrase. */
  title: string;
  /** Other names the record is known by: short name, ISO3 code, its own document symbol. */
  alias?: string[];
  /** Symbols of related documents: a vote's draft, the votes a claim or event is about. */
  related?: string[];
  /** A claim's verbatim quote. */
  quote?: string;
  /** A short description: profile, note or summary, cut at about 300 characters. */
  text?: string;
  /** Date the record speaks for (ISO, possibly partial). */
  date?: string;
  kind?: string;
  verdict?: string;
  /** For a source and its claims: whose view the source gives voice to. */
  viewpoint?: string;
  /** Indexes into the manifest's dictionaries. */
  source?: number;
  actors?: number[];
  instruments?: number[];
}

/** /search/index.json: loaded first, small. */
export interface SearchManifest {
  version: string;
  records: number;
  /** Records per file under /search/docs/. */
  docShardSize: number;
  /** Every indexed token, sorted (code-unit order). */
  vocabulary: string[];
  /** Vocabulary index where each postings file under /search/postings/ starts. */
  shardStarts: number[];
  /** Labels for the facet values (id, label); docs and facets refer to them by position. */
  sources: [string, string][];
  actors: [string, string][];
  instruments: [string, string][];
  /**
   * By instrument position: its other names (full name, symbol, initials, the place it opened for
   * signature, the treaty it belongs to), which find its articles: "UNCC Art. 24", "Hanoi Convention Article 24".
   */
  instrumentNames: string[];
}

/**
 * /search/postings/<n>.json: for a range of the vocabulary, token → postings.
 * Each posting is one integer, (record index − previous record index) ×
 * 2^FIELD_BITS + field mask, so the lists stay short and compress well.
 *
 * `docs` carries the records that are among the first BLOCK of any of these
 * tokens on their own (their "champions"): a one-word query, the commonest
 * kind while typing, then needs no other file to show its first results.
 */
export interface PostingsShard {
  postings: Record<string, number[]>;
  /** Record index → record. */
  docs: Record<string, SearchDoc>;
}

/** /search/docs/<n>.json: docShardSize consecutive records. */
export type DocShard = SearchDoc[];

/**
 * /search/facets.json: one column per facet group, one entry per record. Single
 * values are stored as value index + 1 (0: none); lists as arrays of indexes.
 */
export interface FacetColumns {
  type: number[];
  kind: number[];
  verdict: number[];
  viewpoint: number[];
  year: number[];
  source: number[];
  actor: number[][];
  instrument: number[][];
}

/** Everything /search/ publishes, as the build produces it. */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  postings: PostingsShard[];
  docs: DocShard[];
  facets: FacetColumns;
}

/** What the engine needs, fetched in the browser or read from memory in tests. */
export interface IndexLoader {
  manifest(): Promise<SearchManifest>;
  postings(shard: number): Promise<PostingsShard>;
  docs(shard: number): Promise<DocShard>;
  facets(): Promise<FacetColumns>;
}

export type Filters = Partial<Record<FacetGroup, string>>;

/** The full state of a search, as the URL carries it. */
export interface SearchState {
  q: string;
  filters: Filters;
}

export interface SearchRequest extends SearchState {
  /** How many results to return. */
  limit: number;
  /** How many further results to fetch in the background, for "more results" and the next keystroke. */
  ahead?: number;
}

/** Text cut into plain and highlighted runs; rendered with textContent, never as HTML. */
export type Segment = { text: string; mark: boolean };

export interface SearchHit {
  id: string;
  type: RecordType;
  url: string;
  /** "Claim · Fact · Consistent with the record" */
  label: string;
  title: Segment[];
  /** The best passage: for a claim its quote, otherwise the description around the first match. */
  snippet: Segment[];
  /** Symbols, source and date: "A/RES/74/247 · 27 December 2019". */
  meta: Segment[];
}

export interface FacetValueCount {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetGroupCounts {
  group: FacetGroup;
  label: string;
  /** The most frequent values (and the selected one). */
  values: FacetValueCount[];
  /** How many values the matches have in this group, listed or not. */
  distinct: number;
}

export interface SearchResponse {
  state: SearchState;
  /** Why there is no result list: no query yet, or a query with nothing to search for. */
  status: "empty" | "too-short" | "results";
  total: number;
  hits: SearchHit[];
  /** Null until the facet columns have loaded. */
  facets: FacetGroupCounts[] | null;
  /** The filters in force, labelled: "Type: Votes". */
  active: { group: FacetGroup; value: string; label: string }[];
  /** With no result: each active filter, and how many results dropping it would give. */
  relax: { group: FacetGroup; value: string; label: string; total: number }[];
}
