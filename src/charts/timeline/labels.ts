/**
 * Chart label text: the usual short forms of long names, word wrapping, and a
 * deterministic width estimate, so label placement never depends on fonts
 * being measured. Chart labels are never cut: a reader quoting the chart
 * must see the whole event name (the layouts give wrapped labels the room).
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

/** Cuts at a word boundary and marks the cut with an ellipsis (for HTML link text beside a chart, never for chart labels). */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars - 1);
  const space = head.lastIndexOf(" ");
  const cut = space > maxChars / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–-]+$/u, "")}…`;
}

/**
 * Greedy word wrap into lines of at most maxChars, as many as it takes. A
 * word longer than a line keeps a line of its own rather than being split.
 */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
