/**
 * fuse.js ranks the prefilter's best candidates: fuzzy (bitap) matching of
 * every query term in every weighted field, all terms required. Run on a
 * few dozen records, never on the whole corpus.
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import { fuseQuery, fuseTokens, withArticleTokens } from "./tokenize.ts";
import type { SearchDoc } from "./types.ts";

/**
 * Field weights; the prefilter weighs the same fields in the same order (prefilter.ts). Prose is
 * read with its article references as the index holds them ("Art. 32(b)" as `art:32`), so a query's
 * `art:32` matches them exactly.
 */
export function fuseOptions(facetNames: (doc: SearchDoc) => string[]): IFuseOptions<SearchDoc> {
  return {
    keys: [
      { name: "title", weight: 3, getFn: (doc) => withArticleTokens(doc.title) },
      { name: "alias", weight: 3 },
      { name: "quote", weight: 1.6, getFn: (doc) => (doc.quote === undefined ? undefined : withArticleTokens(doc.quote)) },
      { name: "related", weight: 1.4 },
      { name: "text", weight: 1, getFn: (doc) => (doc.text === undefined ? undefined : withArticleTokens(doc.text)) },
      { name: "facets", weight: 0.6, getFn: facetNames },
    ],
    useTokenSearch: true,
    tokenMatch: "all",
    tokenize: fuseTokens,
    ignoreLocation: true,
    ignoreDiacritics: true,
    // Two letters swapped in a six-letter word ("sheild") cost 2/6.
    threshold: 0.34,
    includeScore: true,
  };
}

/**
 * The candidates in fuse.js order; those fuse.js does not confirm (matched by
 * the prefilter through a word it scores as too far off) follow in their
 * prefilter order.
 */
export function rerank(candidates: readonly SearchDoc[], query: string, facetNames: (doc: SearchDoc) => string[]): SearchDoc[] {
  const terms = fuseQuery(query);
  if (candidates.length < 2 || !terms) return [...candidates];
  const fuse = new Fuse(candidates, fuseOptions(facetNames));
  const confirmed = fuse.search(terms).map((result) => result.item);
  const seen = new Set(confirmed);
  return [...confirmed, ...candidates.filter((doc) => !seen.has(doc))];
}
