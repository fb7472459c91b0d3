/** Word wrapping for SVG text that has no layout engine: by characters, with a width estimate per font size. */
import { escapeXml } from "../../charts/svg.ts";

/** Greedy wrap into at most `maxLines` lines of `maxChars`; an overflowing last line ends in an ellipsis. */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.replace(/\s+/gu, " ").trim().split(" ").filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ""}…`;
  return kept;
}

/** A `<text>` element of several lines. */
export function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, attributes: string): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</tspan>`);
  return `<text ${attributes}>${spans.join("")}</text>`;
}
