/**
 * Which indexed tokens a query term stands for: itself, the words it begins
 * (while it is being typed) or, failing both, the words within a typo or two
 * of it. The quality says how much a match through that token counts.
 */
import { allowedTypos, distanceWithin, prefixDistanceWithin } from "./fuzzy.ts";
import { ownArticleToken, type QueryTerm } from "./tokenize.ts";

export interface Expansion {
  /** Position in the sorted vocabulary. */
  position: number;
  token: string;
  quality: number;
}

/** A prefix as short as two letters may begin hundreds of words; the first ones are enough. */
const MAX_PREFIX_EXPANSIONS = 200;

/** The other grammatical number of an English word, roughly: enough for search, not for a dictionary. */
export function numberForms(word: string): string[] {
  if (word.endsWith("ies")) return [`${word.slice(0, -3)}y`];
  if (word.endsWith("es")) return [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith("s") && !word.endsWith("ss")) return [word.slice(0, -1)];
  if (word.endsWith("y")) return [`${word.slice(0, -1)}ies`, `${word}s`];
  return [`${word}s`, `${word}es`];
}

/** First position whose token is ≥ value (the vocabulary is sorted by code unit). */
export function lowerBound(vocabulary: readonly string[], value: string): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((vocabulary[mid] ?? "") < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function expandTerm(term: QueryTerm, vocabulary: readonly string[]): Expansion[] {
  const found = new Map<number, Expansion>();
  const add = (position: number, quality: number) => {
    const token = vocabulary[position];
    const known = found.get(position);
    if (token !== undefined && (!known || known.quality < quality)) found.set(position, { position, token, quality });
  };
  const start = lowerBound(vocabulary, term.text);
  if (vocabulary[start] === term.text) add(start, 1);
  // An article reference finds the article itself ("art=24", rarer) as well as what cites it ("art:24").
  const article = /^art:(\w+)$/u.exec(term.text)?.[1];
  if (article) {
    const own = ownArticleToken(article);
    const at = lowerBound(vocabulary, own);
    if (vocabulary[at] === own) add(at, 1);
  }
  // Singular and plural find each other: "groups" finds "group", "party" finds "parties".
  if (!term.symbol && term.text.length >= 3 && !/\d/u.test(term.text)) {
    for (const form of numberForms(term.text)) {
      const at = lowerBound(vocabulary, form);
      if (vocabulary[at] === form) add(at, 0.9);
    }
  }
  if (term.prefix && term.text.length >= 2) {
    for (let p = start, n = 0; p < vocabulary.length && n < MAX_PREFIX_EXPANSIONS; p += 1) {
      const token = vocabulary[p] ?? "";
      if (!token.startsWith(term.text)) break;
      // "art" being typed is on its way to "article", not to the article tokens ("art:24") that sort right after it.
      if (/[:=]/u.test(token) && !/[:=]/u.test(term.text)) continue;
      n += 1;
      // "budap" is nearly "budapest"; "bu" is not yet much of "bureau".
      if (token !== term.text) add(p, 0.55 + 0.35 * (term.text.length / token.length));
    }
  }
  // Typos are looked for only when the term is no word (or beginning of one) of its own: "sheild" is
  // read as "shield", but "internet" is not also read as "internat-ional".
  const typos = term.symbol || found.size > 0 ? 0 : allowedTypos(term.text);
  if (typos > 0) {
    vocabulary.forEach((token, position) => {
      if (/\d/u.test(token)) return;
      if (Math.abs(token.length - term.text.length) <= typos) {
        const d = distanceWithin(term.text, token, typos);
        if (d > 0 && d <= typos) add(position, d === 1 ? 0.6 : 0.4);
      }
      // A typo in a word still being typed; the first letter is taken as typed, to keep the scan cheap.
      if (term.prefix && token.length > term.text.length && (token[0] === term.text[0] || token[0] === term.text[1])) {
        const d = prefixDistanceWithin(term.text, token, Math.min(typos, 1));
        if (d > 0 && d <= 1) add(position, 0.45);
      }
    });
  }
  return [...found.values()];
}

/** The postings file that holds a vocabulary position: the last one starting at or before it. */
export function shardOf(position: number, shardStarts: readonly number[]): number {
  let low = 0;
  let high = shardStarts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((shardStarts[mid] ?? 0) <= position) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}
