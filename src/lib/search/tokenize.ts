/**
 * One tokenizer for the index, the query and the highlighter, so that what
 * was indexed is what a query can reach and what gets marked.
 *
 * Words are runs of letters and digits, folded to lower case without
 * diacritics. Document symbols ("A/C.3/74/L.11/Rev.1") are kept whole as well,
 * and every run of two or more of their "/" segments is indexed too, so that
 * "74/247" and "A/C.3/74/L.11" find "A/RES/74/247" and "A/C.3/74/L.11/Rev.1".
 */

/** Words too common to tell records apart; a query made only of these finds nothing. */
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his in into is it its of on or our she than that the their them " +
    "there these they this those to was were which while who will with would"
  ).split(" "),
);

const SEGMENT = String.raw`[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*`;
/** A symbol, or a word (letters, digits and the combining marks of decomposed letters). */
const TOKEN = new RegExp(String.raw`(${SEGMENT}(?:\/${SEGMENT})+)|([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)`, "gu");

/** Lower case, no diacritics: "Côte" → "cote". Plain ASCII, most of the corpus, skips the Unicode work. */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/u.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface TokenSpan {
  /** The folded token. */
  token: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  symbol: boolean;
}

/** Tokens of a text with their places, for highlighting: symbols whole, words split. */
export function spans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const [whole, symbol] = match;
    if (symbol !== undefined) {
      out.push({ token: fold(symbol), start, end: start + symbol.length, symbol: true });
      // The words inside a symbol are searchable on their own as well.
      for (const word of symbol.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
        out.push({ token: fold(word[0]), start: start + word.index, end: start + word.index + word[0].length, symbol: false });
      }
    } else {
      out.push({ token: fold(whole), start, end: start + whole.length, symbol: false });
    }
  }
  return out;
}

/** Single letters and stopwords carry no meaning on their own; single digits do ("Article 2"). */
function keepWord(token: string): boolean {
  return (token.length > 1 || /\d/u.test(token)) && !STOPWORDS.has(token);
}

/** Every run of two or more "/" segments: "a/res/74/247" → a/res, a/res/74, res/74, res/74/247, 74/247, and itself. */
export function symbolRuns(symbol: string): string[] {
  const parts = symbol.split("/");
  const runs: string[] = [];
  for (let from = 0; from < parts.length - 1; from += 1) {
    for (let to = from + 2; to <= parts.length; to += 1) runs.push(parts.slice(from, to).join("/"));
  }
  return runs;
}

/** The distinct tokens a text is indexed under. */
export function indexTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const span of spans(text)) {
    if (span.symbol) for (const run of symbolRuns(span.token)) out.add(run);
    else if (keepWord(span.token)) out.add(span.token);
  }
  return out;
}

export interface QueryTerm {
  text: string;
  symbol: boolean;
  /** The word still being typed: matched as a prefix too. */
  prefix: boolean;
}

/**
 * The terms of a query: symbols whole (their words are not searched apart),
 * stopwords dropped, duplicates dropped. The last term is a prefix unless the
 * query ends with a space.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const all = spans(query);
  let insideSymbol = -1;
  for (const span of all) {
    if (span.symbol) insideSymbol = span.end;
    else if (span.start < insideSymbol || !keepWord(span.token)) continue;
    if (seen.has(span.token)) continue;
    seen.add(span.token);
    // Only a term that ends the query is still being typed.
    const typing = span.end === all.at(-1)?.end && query.slice(span.end) === "";
    terms.push({ text: span.token, symbol: span.symbol, prefix: typing });
  }
  return terms;
}

/**
 * fuse.js's tokenizer, for record fields and for the query as `fuseQuery`
 * writes it: runs of letters and digits, symbols kept whole. One native
 * regular expression per field, as fuse.js tokenizes every candidate.
 */
const FUSE_TOKEN = /[\p{L}\p{N}]+(?:[./][\p{L}\p{N}]+)*/gu;
export function fuseTokens(text: string): string[] {
  return text.match(FUSE_TOKEN) ?? [];
}

/** The query as fuse.js should read it: the same terms the prefilter matched, space-separated. */
export function fuseQuery(query: string): string {
  return queryTerms(query)
    .map((term) => term.text)
    .join(" ");
}
