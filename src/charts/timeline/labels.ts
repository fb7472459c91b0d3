/**
 * Chart label text: shortened titles (the full title stays in <title> and in
 * the list) and a deterministic width estimate, so label placement never
 * depends on fonts being measured.
 */

/** Average advance width of a character, in em. Generous for system-ui, DejaVu Sans and bold. */
export const CHAR_WIDTH_EM = 0.62;

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH_EM;
}

/** Names a reader of this site knows by their short form. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bGeneral Assembly\b/gu, "GA"],
  [/\bAd Hoc Committee\b/gu, "AHC"],
  [/\bOpen-ended Working Group\b/gu, "OEWG"],
  [/\bGroup of Governmental Experts\b/gu, "GGE"],
  [/\bCouncil of Europe\b/gu, "CoE"],
  [/\bCybercrime Convention Committee\b/gu, "T-CY"],
  [/\bSecond Additional Protocol\b/gu, "Second Protocol"],
  [/\bFirst Additional Protocol\b/gu, "First Protocol"],
  [/\bUnited States\b/gu, "US"],
];

export function abbreviate(title: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), title);
}

/** Cuts at a word boundary and marks the cut with an ellipsis; the result has at most maxChars characters. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars - 1);
  const space = head.lastIndexOf(" ");
  const cut = space > maxChars / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–-]+$/u, "")}…`;
}

/** Greedy word wrap into at most maxLines lines of at most maxChars; the last line is truncated if needed. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars && lines.length < maxLines - 1) {
    const space = rest.slice(0, maxChars + 1).lastIndexOf(" ");
    const cut = space > 0 ? space : maxChars;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") lines.push(truncate(rest, maxChars));
  return lines;
}
