/** Permalink paths: the public contract listed in the README. */
export const permalink = {
  claim: (id: string) => `/claims/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  actor: (id: string) => `/actors/${id}/`,
  instrument: (id: string) => `/instruments/${id}/`,
  /** An instrument's signatures and ratifications, with its downloads beside it. */
  instrumentStatus: (id: string) => `/instruments/${id}/status/`,
  vote: (id: string) => `/votes/${id}/`,
  event: (id: string) => `/timeline/#${id}`,
  dimension: (id: string) => `/compare/#${id}`,
  /** A dimension's own page: every instrument's provision on it and every claim that discusses it. */
  dimensionPage: (id: string) => `/dimensions/${id}/`,
} as const;
