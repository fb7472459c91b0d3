/**
 * Highlighting: the words of a text that a query matched (through the same
 * tokens the index holds, so a typo highlights the word it found), as plain
 * and marked runs. The page renders runs with textContent only.
 */
import { articleRefs, articleToken, fold, spans } from "./tokenize.ts";
import type { Segment } from "./types.ts";

type Range = [number, number];

function markedRanges(text: string, matched: ReadonlySet<string>): Range[] {
  const symbols = [...matched].filter((token) => token.includes("/"));
  const ranges: Range[] = [];
  for (const span of spans(text)) {
    if (!span.symbol) {
      if (matched.has(span.token)) ranges.push([span.start, span.end]);
      continue;
    }
    const original = text.slice(span.start, span.end);
    for (const symbol of symbols) {
      const at = `/${span.token}/`.indexOf(`/${symbol}/`);
      if (at < 0) continue;
      // Offsets carry over when folding kept the length, as it does for document symbols.
      if (fold(original).length === original.length) ranges.push([span.start + at, span.start + at + symbol.length]);
      else ranges.push([span.start, span.end]);
    }
  }
  // An article reference the query named is marked whole: "Art. 32(b)".
  const articles = [...matched].some((token) => token.startsWith("art:"));
  for (const ref of articles ? articleRefs(text) : []) {
    if (ref.numbers.some((number) => matched.has(articleToken(number)))) ranges.push([ref.start, ref.end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    // Neighbouring words are marked as one phrase: "Golden Shield", not "Golden" "Shield".
    if (last && (range[0] <= last[1] || /^ +$/u.test(text.slice(last[1], range[0])))) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function segments(text: string, ranges: Range[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  return segments(text, markedRanges(text, matched));
}

/** Whether any word of the text was matched. */
export function hasMatch(text: string, matched: ReadonlySet<string>): boolean {
  return markedRanges(text, matched).length > 0;
}

/** About `length` characters around the first match, cut at word boundaries, with ellipses where cut. */
export function snippet(text: string, matched: ReadonlySet<string>, length = 200): Segment[] {
  const ranges = markedRanges(text, matched);
  if (text.length <= length) return segments(text, ranges);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(text.length, from + length);
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  const out = segments(text, ranges, from, to);
  if (from > 0) out.unshift({ text: "…", mark: false });
  if (to < text.length && !text.slice(0, to).endsWith("…")) out.push({ text: "…", mark: false });
  return out;
}
