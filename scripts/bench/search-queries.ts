/**
 * The fixed queries the search benchmark types, one character at a time.
 * They use the synthetic corpus's words and names (synthetic-corpus.ts), so
 * every size has answers: phrases, names, symbols, and typos.
 */

/** Typed at full speed on a fresh page: the time to the first result and the bytes it took. */
export const FIRST_QUERY = "budapest";

export const QUERIES = [
  "budapest",
  "cybercrime treaty",
  "human rights safeguards",
  "sovereignty",
  "extradition",
  "mutual legal assistance",
  "russia china",
  "A/RES/74/104",
  "74/104",
  "Budpest",
  "souvereignty",
  "survelliance",
  "extradtion",
  "data protection",
  "council europe",
  "general assembly resolution",
  "interception",
  "ratification accession",
  "service provider",
  "vienna",
  "new york negotiation",
  "Organisation org-12",
  "Author 17",
  "Outlet 3",
  "surveillance dissent",
  "capacity building",
  "extremism content",
  "criminal purposes",
  "Russian Federation",
  "instrument-3",
] as const;
