/** Messages between the page and the search worker. */
import type { SearchRequest, SearchResponse } from "../../lib/search/types.ts";

/** Each caller (the search page, the header box) supersedes only its own earlier searches. */
export type Channel = "page" | "header";

export type ToWorker = { type: "warm" } | { type: "search"; id: number; channel: Channel; request: SearchRequest };

export type FromWorker =
  /** `took`: ms the worker spent, from the request's arrival to the answer (for benchmarks). */
  | { type: "result"; id: number; response: SearchResponse | null; took: number }
  | { type: "error"; id: number; message: string }
  /** The facet columns have arrived: searches shown without counts can be run again. */
  | { type: "facets" };
