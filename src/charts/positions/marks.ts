/**
 * How every chart paints a vote position: the Okabe–Ito colour plus a second
 * channel (hatch, dots, outline), so the charts read in greyscale and print.
 * Patterns are defined per SVG under a prefix, which keeps ids unique when
 * several charts share a page.
 */
import type { Position } from "../../corpus/index.ts";

export const POSITION_ORDER = ["yes", "no", "abstain", "non-voting"] as const satisfies readonly Position[];

export const POSITION_COLOURS: Readonly<Record<Position, string>> = {
  yes: "#009E73",
  no: "#D55E00",
  abstain: "#E69F00",
  "non-voting": "#999999",
};

/** Plain words for titles and descriptions ("79 yes, 60 no, 33 abstentions"). */
export const POSITION_WORDS: Readonly<Record<Position, { one: string; many: string }>> = {
  yes: { one: "yes", many: "yes" },
  no: { one: "no", many: "no" },
  abstain: { one: "abstention", many: "abstentions" },
  "non-voting": { one: "non-voting", many: "non-voting" },
};

export function countPhrase(position: Position, count: number): string {
  const words = POSITION_WORDS[position];
  return `${count} ${count === 1 ? words.one : words.many}`;
}

/** The id of a position's pattern under a prefix, for the two patterned positions. */
export function patternId(prefix: string, position: "no" | "abstain"): string {
  return `${prefix}-pattern-${position}`;
}

/** `<defs>` with the hatch (no) and dot (abstain) patterns. */
export function positionDefs(prefix: string, size = 6): string {
  const s = size;
  const hatch =
    `<pattern id="${patternId(prefix, "no")}" width="${s}" height="${s}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${s}" height="${s}" fill="${POSITION_COLOURS.no}"/>` +
    `<line x1="${s / 2}" y1="0" x2="${s / 2}" y2="${s}" stroke="#ffffff" stroke-width="${s / 3}"/></pattern>`;
  const dots =
    `<pattern id="${patternId(prefix, "abstain")}" width="${s}" height="${s}" patternUnits="userSpaceOnUse">` +
    `<rect width="${s}" height="${s}" fill="${POSITION_COLOURS.abstain}"/>` +
    `<circle cx="${s / 2}" cy="${s / 2}" r="${s / 5}" fill="#1d1d1b"/></pattern>`;
  return `<defs>${hatch}${dots}</defs>`;
}

/**
 * Paint attributes for a mark of this position. Non-voting is a light tint of
 * grey that works on either page background; `outline` adds the grey border
 * (cells and bars; map borders are drawn separately).
 */
export function positionPaint(prefix: string, position: Position, options: { outline?: boolean } = {}): string {
  switch (position) {
    case "yes":
      return `fill="${POSITION_COLOURS.yes}"`;
    case "no":
    case "abstain":
      return `fill="url(#${patternId(prefix, position)})"`;
    case "non-voting":
      return `fill="${POSITION_COLOURS["non-voting"]}" fill-opacity="0.3"${options.outline ? ` stroke="${POSITION_COLOURS["non-voting"]}" stroke-width="1.5"` : ""}`;
  }
}

/** Counts per position, in display order, zero for positions nobody took. */
export function countPositions(positions: Iterable<Position>): Record<Position, number> {
  const counts: Record<Position, number> = { yes: 0, no: 0, abstain: 0, "non-voting": 0 };
  for (const position of positions) counts[position] += 1;
  return counts;
}
