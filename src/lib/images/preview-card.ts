/**
 * The link-preview card (Open Graph / Twitter `summary_large_image`): a
 * 1200×630 SVG, rasterised to PNG by the build. Pure: card data in, SVG out.
 * Colours are the light theme's (src/styles/site.css); a card is a picture
 * pasted into someone else's page and cannot follow their dark mode.
 */
import { escapeXml } from "../../charts/svg.ts";
import { placeSvg } from "../chart-exports/standalone.ts";
import { textBlock, wrapLines } from "./text.ts";

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const BG = "#fdfcf9";
const FG = "#1d1d1b";
const MUTED = "#555249";
const ACCENT = "#1a55a8";
const MARGIN = 64;
const SANS = `font-family="DejaVu Sans, system-ui, sans-serif"`;
const SERIF = `font-family="DejaVu Serif, Charter, serif"`;

export interface PreviewCard {
  /** What the page is: "Claim", "Vote", "Treaty" … */
  kind: string;
  /** The paraphrase, title or name. */
  title: string;
  /** A verdict badge (its word and its colour). */
  badge?: { label: string; colour: string };
  /** Plain lines under the title, e.g. an instrument's status. */
  lines?: readonly string[];
  /** A chart drawn under the title: a complete SVG with a viewBox, scaled to fit. */
  chart?: string;
  /** The source line at the foot. */
  footer: string;
}

/** A chart SVG nested in the box at (x, y), as large as fits, keeping its aspect ratio. */
function nested(svg: string, x: number, y: number, box: { width: number; height: number }): string {
  const [, , w = 1, h = 1] = (/viewBox="([^"]+)"/u.exec(svg)?.[1] ?? "0 0 1 1").split(/\s+/u).map(Number);
  const scale = Math.min(box.width / w, box.height / h);
  return placeSvg(svg, { x, y, width: Math.round(w * scale), height: Math.round(h * scale) });
}

export function renderPreviewCard(card: PreviewCard): string {
  const inner = PREVIEW_WIDTH - 2 * MARGIN;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" color="${FG}">`,
    `<title>${escapeXml(`${card.kind}: ${card.title}`)}</title>`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${BG}"/>`,
    `<rect width="${PREVIEW_WIDTH}" height="12" fill="${ACCENT}"/>`,
    `<text x="${MARGIN}" y="84" ${SANS} font-size="28" fill="${MUTED}">${escapeXml(`${card.kind} · Cybercrime Treaty Atlas`)}</text>`,
  ];
  let y = 150;
  if (card.badge) {
    const width = Math.round(card.badge.label.length * 26 * 0.62 + 36);
    parts.push(
      `<rect x="${MARGIN}" y="${y - 36}" width="${width}" height="50" rx="8" fill="${card.badge.colour}"/>`,
      `<text x="${MARGIN + 18}" y="${y - 2}" ${SANS} font-size="26" font-weight="bold" fill="#ffffff">${escapeXml(card.badge.label)}</text>`,
    );
    y += 66;
  }
  // Fewer, larger lines when a chart needs the room under the title.
  const reserved = card.chart ? 170 : 0;
  const size = card.title.length > 160 ? 36 : 44;
  const lineHeight = Math.round(size * 1.25);
  const room = PREVIEW_HEIGHT - 110 - reserved - y - (card.lines?.length ?? 0) * 40;
  const titleLines = wrapLines(card.title, Math.floor(inner / (size * 0.55)), Math.max(1, Math.floor(room / lineHeight) + 1));
  parts.push(textBlock(titleLines, MARGIN, y, lineHeight, `${SERIF} font-size="${size}" fill="${FG}"`));
  y += (titleLines.length - 1) * lineHeight + 56;
  if (card.lines?.length) {
    parts.push(
      textBlock(
        card.lines.flatMap((l) => wrapLines(l, 70, 2)),
        MARGIN,
        y,
        40,
        `${SANS} font-size="28" fill="${FG}"`,
      ),
    );
  }
  if (card.chart)
    parts.push(nested(card.chart, MARGIN, PREVIEW_HEIGHT - 110 - reserved, { width: inner, height: reserved - 10 }));
  parts.push(
    `<line x1="${MARGIN}" x2="${PREVIEW_WIDTH - MARGIN}" y1="${PREVIEW_HEIGHT - 92}" y2="${PREVIEW_HEIGHT - 92}" stroke="#d8d4c8" stroke-width="2"/>`,
    textBlock(wrapLines(card.footer, 78, 1), MARGIN, PREVIEW_HEIGHT - 48, 30, `${SANS} font-size="26" fill="${MUTED}"`),
    "</svg>",
  );
  return parts.join("\n");
}
