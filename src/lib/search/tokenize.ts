/**
 * One tokenizer for the index, the query and the highlighter, so that what
 * was indexed is what a query can reach and what gets marked.
 *
 * Words are runs of letters and digits, folded to lower case without
 * diacritics. Document symbols ("A/C.3/74/L.11/Rev.1") are kept whole as well,
 * and every run of two or more of their "/" segments is indexed too, so that
 * "74/247" and "A/C.3/74/L.11" find "A/RES/74/247" and "A/C.3/74/L.11/Rev.1".
 *
 * Article references ("Art. 32(b)", "article 24", "Arts 24 and 25") are read
 * once more as one token per article, `art:32`: the index holds them beside the
 * words, and a query's reference is searched as those tokens alone, so "Art. 24"
 * finds the articles numbered 24 (and what cites them) rather than every record with
 * an "art…" word and a 24 somewhere. Paragraph and letter locators ("(b)") are read
 * and left out.
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

/** "Art.", "Arts", "article", "Articles" (any case), then a number: the start of an article reference. */
const ARTICLE_WORD = /(?<![\p{L}\p{N}])(?:articles?|arts?)\.?[\s\u00a0]*(?=\d)/giu;
/** A number and its locators: "32", "29(1)(b)"; a locator still being typed ("32(b") counts. */
const ARTICLE_NUMBER = /(\d{1,4})(?![\p{L}\p{N}])(?:\([0-9a-z]{0,4}\)?)*/iuy;
/** What joins the numbers of one reference: "24, 25", "24 and 25", "7 to 11", "6–21". */
const ARTICLE_JOIN = /[\s\u00a0]*(,|&|and|or|to|-|–|—)[\s\u00a0]*(?=\d)/iuy;
/** A range longer than this ("Arts 1–68") stands for its two ends only. */
const MAX_RANGE = 20;

export interface ArticleRef {
  /** Offsets of the whole reference ("Arts 24 and 25(b)") in the text. */
  start: number;
  end: number;
  /** The article numbers it names, ranges spelt out. */
  numbers: string[];
}

/** The article token of a number, for every text that cites the article: "32" → "art:32". */
export function articleToken(number: string): string {
  return `art:${number}`;
}

/**
 * The token an article record holds for its own number, "art=32", beside the "art:32" of its
 * title: held by the articles numbered 32 alone, it is rarer than "art:32", so a reference
 * finds the articles themselves before the records that cite them (vocabulary.ts).
 */
export function ownArticleToken(number: string): string {
  return `art=${number}`;
}

/** The article references of a text, in order. In a query (`ranges: false`) a range names its ends only. */
export function articleRefs(text: string, ranges = true): ArticleRef[] {
  const refs: ArticleRef[] = [];
  for (const word of text.matchAll(ARTICLE_WORD)) {
    let at = word.index + word[0].length;
    const numbers: string[] = [];
    let join = "";
    for (;;) {
      ARTICLE_NUMBER.lastIndex = at;
      const number = ARTICLE_NUMBER.exec(text);
      if (!number?.[1]) break;
      const value = String(Number(number[1]));
      const from = Number(numbers.at(-1));
      const span = Number(value) - from;
      if (ranges && /^(?:to|-|–|—)$/iu.test(join) && span > 1 && span <= MAX_RANGE)
        for (let n = from + 1; n < Number(value); n += 1) numbers.push(String(n));
      numbers.push(value);
      at = number.index + number[0].length;
      ARTICLE_JOIN.lastIndex = at;
      const next = ARTICLE_JOIN.exec(text);
      if (!next) break;
      join = next[1] ?? "";
      at = next.index + next[0].length;
    }
    if (numbers.length > 0) {
      const end = text.slice(0, at).replace(/[\s\u00a0]+$/u, "").length;
      refs.push({ start: word.index, end, numbers: [...new Set(numbers)] });
    }
  }
  return refs;
}

/** The article tokens a text is indexed under, beside its words (indexTokens): "Arts 2, 29(1)" → art:2, art:29. */
export function articleTokens(text: string): Set<string> {
  return new Set(articleRefs(text).flatMap((ref) => ref.numbers.map(articleToken)));
}

/**
 * The text with each article reference written as its tokens: "Art. 32(b) covers" →
 * "art:32 covers". What fuse.js reads, so that it matches the `art:32` of a query.
 */
export function withArticleTokens(text: string): string {
  const refs = articleRefs(text);
  if (refs.length === 0) return text;
  let out = "";
  let at = 0;
  for (const ref of refs) {
    out += `${text.slice(at, ref.start)}${ref.numbers.map(articleToken).join(" ")}`;
    at = ref.end;
  }
  return out + text.slice(at);
}

export interface QueryTerm {
  text: string;
  symbol: boolean;
  /** The word still being typed: matched as a prefix too. */
  prefix: boolean;
}

/**
 * The terms of a query: symbols whole (their words are not searched apart),
 * an article reference as the tokens of its articles ("Art. 32(b)" → art:32),
 * stopwords dropped, duplicates dropped. The last term is a prefix unless the
 * query ends with a space (or is an article number, which is whole as typed).
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    if (seen.has(term.text)) return;
    seen.add(term.text);
    terms.push(term);
  };
  const all = spans(query);
  // An article reference is its tokens alone: "Art. 24" is not searched as "art" and "24".
  const refs = articleRefs(query, false);
  let ref = 0;
  let insideSymbol = -1;
  for (const span of all) {
    while (refs[ref] && (refs[ref]?.end ?? 0) <= span.start) ref += 1;
    const current = refs[ref];
    if (current && span.start >= current.start) {
      // Never a prefix: "Art. 2" on its way to "Art. 24" is a whole reference already, to Art. 2.
      if (span.start === current.start)
        for (const number of current.numbers) add({ text: articleToken(number), symbol: true, prefix: false });
      continue;
    }
    if (span.symbol) insideSymbol = span.end;
    else if (span.start < insideSymbol || !keepWord(span.token)) continue;
    // Only a term that ends the query is still being typed.
    const typing = span.end === all.at(-1)?.end && query.slice(span.end) === "";
    add({ text: span.token, symbol: span.symbol, prefix: typing });
  }
  return terms;
}

/**
 * fuse.js's tokenizer, for record fields and for the query as `fuseQuery`
 * writes it: runs of letters and digits, symbols and article tokens kept whole. One native
 * regular expression per field, as fuse.js tokenizes every candidate.
 */
const FUSE_TOKEN = /art:\d+|[\p{L}\p{N}]+(?:[./][\p{L}\p{N}]+)*/gu;
export function fuseTokens(text: string): string[] {
  return text.match(FUSE_TOKEN) ?? [];
}

/** The query as fuse.js should read it: the same terms the prefilter matched, space-separated. */
export function fuseQuery(query: string): string {
  return queryTerms(query)
    .map((term) => term.text)
    .join(" ");
}
