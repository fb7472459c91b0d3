import { parseArticleRef } from "./schema/article.ts";

/** Permalink paths: the public contract listed in the README. */
export const permalink = {
  claim: (id: string) => `/claims/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  actor: (id: string) => `/actors/${id}/`,
  instrument: (id: string) => `/instruments/${id}/`,
  /** An instrument's signatures and ratifications, with its downloads beside it. */
  instrumentStatus: (id: string) => `/instruments/${id}/status/`,
  /** An instrument's articles by chapter. */
  instrumentArticles: (id: string) => `/instruments/${id}/articles/`,
  /** One article, by its id `instrument:number`. */
  article: (id: string) => {
    const [instrument, number] = id.split(":");
    return `/instruments/${instrument}/articles/${number}/`;
  },
  /**
   * The page of an article as a cell or a claim writes it ("32(b)" → Art. 32);
   * the build guarantees that every such number is an article record.
   */
  articleAt: (instrument: string, written: string) => {
    const parsed = parseArticleRef(written);
    return `/instruments/${instrument}/articles/${parsed?.number ?? written}/`;
  },
  /** Which articles of two instruments deal with the same dimension. */
  concordance: () => "/compare/concordance/",
  concordancePair: (a: string, b: string) => `/compare/concordance/${a}/${b}/`,
  vote: (id: string) => `/votes/${id}/`,
  event: (id: string) => `/timeline/#${id}`,
  dimension: (id: string) => `/compare/#${id}`,
  /** A dimension's own page: every instrument's provision on it and every claim that discusses it. */
  dimensionPage: (id: string) => `/dimensions/${id}/`,
} as const;
