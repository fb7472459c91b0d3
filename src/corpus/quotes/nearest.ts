/**
 * When a quote is not in its text, the author needs the passage they meant
 * and what differs, to fix a typo in seconds: the nearest passage (by words
 * in common at its start and end) and a character diff against it.
 */
import { normaliseWhitespace } from "../paragraphs.ts";

export interface Passage {
  /** 1-based paragraph where the passage starts. */
  paragraph: number;
  text: string;
}

/** The passage of the text most like the quote, or undefined when no word of it appears. */
export function nearestPassage(paragraphs: readonly string[], quote: string): Passage | undefined {
  const words: { word: string; paragraph: number }[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const word of normaliseWhitespace(paragraph).split(" ")) if (word !== "") words.push({ word, paragraph: index + 1 });
  });
  const needle = normaliseWhitespace(quote).split(" ");
  const n = needle.length;
  let best: { start: number; length: number; score: number } | undefined;
  for (let start = 0; start < words.length; start += 1) {
    // A typo can add or lose a word or two; try windows of nearby lengths.
    for (let length = Math.max(1, n - 2); length <= n + 2 && start + length <= words.length; length += 1) {
      let prefix = 0;
      while (prefix < Math.min(n, length) && words[start + prefix]?.word === needle[prefix]) prefix += 1;
      let suffix = 0;
      while (suffix < Math.min(n, length) - prefix && words[start + length - 1 - suffix]?.word === needle[n - 1 - suffix])
        suffix += 1;
      const score = prefix + suffix - Math.abs(length - n) * 0.1;
      if (!best || score > best.score) best = { start, length, score };
    }
  }
  // Below half the words in place, a "nearest" passage would mislead more than help.
  if (!best || best.score < n / 2) return undefined;
  return {
    paragraph: words[best.start]?.paragraph ?? 1,
    text: words
      .slice(best.start, best.start + best.length)
      .map((w) => w.word)
      .join(" "),
  };
}

type Segment = { op: "same" | "quote" | "text"; chars: string };

/** Character diff of the quote against the text (longest common subsequence), in runs. */
export function diffSegments(quote: string, text: string): Segment[] {
  const a = [...quote];
  const b = [...text];
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i * cols + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0);
  const segments: Segment[] = [];
  const push = (op: Segment["op"], char: string): void => {
    const last = segments[segments.length - 1];
    if (last?.op === op) last.chars += char;
    else segments.push({ op, chars: char });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i] ?? "");
      i += 1;
      j += 1;
    } else if (i < a.length && (j >= b.length || (lcs[(i + 1) * cols + j] ?? 0) >= (lcs[i * cols + j + 1] ?? 0))) {
      // The quote's side first, so a replaced character reads `[-old-]{+new+}`.
      push("quote", a[i] ?? "");
      i += 1;
    } else {
      push("text", b[j] ?? "");
      j += 1;
    }
  }
  return segments;
}

/**
 * The diff written inline, as `git diff --word-diff` does: `[-…-]` is only in
 * the quote, `{+…+}` only in the text. Long unchanged runs are shortened.
 */
export function inlineDiff(quote: string, text: string): string {
  return diffSegments(quote, text)
    .map((segment, index, all) => {
      if (segment.op === "quote") return `[-${segment.chars}-]`;
      if (segment.op === "text") return `{+${segment.chars}+}`;
      const chars = segment.chars;
      if (chars.length <= 40) return chars;
      const head = index === 0 ? "" : chars.slice(0, 15);
      const tail = index === all.length - 1 ? "" : chars.slice(-15);
      return `${head}…${tail}`;
    })
    .join("");
}

const QUOTE_MARKS: Record<string, string> = {
  "'": "straight '",
  '"': 'straight "',
  "‘": "curly ‘",
  "’": "curly ’",
  "“": "curly “",
  "”": "curly ”",
  "‚": "low ‚",
  "„": "low „",
};

/** When the only differences are quotation marks or apostrophes, says which, since they must match as printed. */
export function quoteMarkNote(quote: string, text: string): string | undefined {
  const changes = diffSegments(quote, text).filter((s) => s.op !== "same");
  if (changes.length === 0 || !changes.every((s) => [...s.chars].every((c) => c in QUOTE_MARKS))) return undefined;
  const pairs = new Set<string>();
  const segments = diffSegments(quote, text);
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    if (segment.op === "quote" && next?.op === "text")
      pairs.add(
        `the text prints ${QUOTE_MARKS[next.chars] ?? next.chars} where the quote has ${QUOTE_MARKS[segment.chars] ?? segment.chars}`,
      );
  });
  return `${[...pairs].join("; ")}: copy quotation marks and apostrophes exactly as printed`;
}
