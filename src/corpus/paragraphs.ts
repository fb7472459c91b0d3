/**
 * Paragraph numbering for source texts: the meaning of a claim's `para` locator.
 *
 * Source texts arrive in three layouts: blank-line separated paragraphs (web
 * articles), one paragraph per line (some exports), and hard-wrapped PDF text
 * where paragraph breaks are only visible as a short last line. One
 * deterministic rule covers all three, so an author, the checker and a reader
 * counting by hand get the same number:
 *
 * 1. Blocks are separated by blank lines.
 * 2. A block is hard-wrapped when at least 80 % of its lines are at most 100
 *    characters long. It is split after any line that ends a sentence (., ?,
 *    !, a closing quote, or a footnote number after one of them) and is
 *    shorter than 90 % of the block's longest wrapped line, and after any
 *    over-long line (an unwrapped paragraph inside wrapped text). In any other
 *    block each line is a paragraph.
 * 3. Lines holding only a number (page numbers, footnote markers) are not
 *    paragraphs.
 */

const WRAP_WIDTH = 100;
const SHORT_LINE_RATIO = 0.9;
const WRAPPED_SHARE = 0.8;
const SENTENCE_END = /[.?!…”"’)](\s*\d{1,3})?\s*$/u;
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/u;

export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  const blocks = text.replace(/\r\n?/gu, "\n").split(/\n[ \t]*\n/u);
  for (const block of blocks) {
    const lines = block.split("\n").filter((line) => line.trim() !== "" && !PAGE_NUMBER.test(line));
    if (lines.length === 0) continue;
    const lengths = lines.map((line) => line.trim().length);
    const wrapped = lengths.filter((length) => length <= WRAP_WIDTH);
    if (wrapped.length < lines.length * WRAPPED_SHARE) {
      paragraphs.push(...lines.map((line) => line.trim()));
      continue;
    }
    const longest = Math.max(...wrapped);
    let current: string[] = [];
    for (const line of lines) {
      current.push(line.trim());
      const trimmed = line.trim();
      const endsParagraph =
        trimmed.length > WRAP_WIDTH || (SENTENCE_END.test(trimmed) && trimmed.length < longest * SHORT_LINE_RATIO);
      if (endsParagraph) {
        paragraphs.push(current.join(" "));
        current = [];
      }
    }
    if (current.length > 0) paragraphs.push(current.join(" "));
  }
  return paragraphs;
}

/** Collapses all whitespace runs to one space, so a quote matches across line wraps. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * 1-based numbers of the paragraphs in which a match of the quote starts
 * (after whitespace normalisation). A quote may run on into the next
 * paragraph, because the rule above occasionally splits one visual paragraph.
 */
export function findQuote(paragraphs: readonly string[], quote: string): number[] {
  const needle = normaliseWhitespace(quote);
  if (needle === "") return [];
  const starts: number[] = [];
  let text = "";
  for (const paragraph of paragraphs) {
    starts.push(text.length);
    text += normaliseWhitespace(paragraph) + " ";
  }
  const hits = new Set<number>();
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > at) index -= 1;
    hits.add(index + 1);
  }
  return [...hits].sort((a, b) => a - b);
}
