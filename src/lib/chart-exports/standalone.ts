/**
 * A chart as a file to take away: its SVG parts stacked under the title, then
 * the source line and the atlas URL, with the styles inlined so it looks the
 * same in a report, an editor or a browser. Pure: parts in, one SVG out.
 */
import { escapeXml } from "../../charts/svg.ts";
import { textBlock, wrapLines } from "../images/text.ts";
import { STANDALONE_BASE_CSS } from "./styles.ts";

const MARGIN = 16;
const GAP = 16;
const TITLE_SIZE = 16;
const SOURCE_SIZE = 12;

export interface StandaloneInput {
  title: string;
  /** "Source: …", as under the chart on its page. */
  source: string;
  /** The chart's page, absolute. */
  url: string;
  /** The corpus version the figures come from. */
  version: string;
  /** The chart's SVGs (each with a viewBox), drawn at their natural size, one under the other. */
  parts: readonly string[];
  css?: string;
}

/** The width and height of an SVG's viewBox. */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const [, , width = 0, height = 0] = (/viewBox="([^"]+)"/u.exec(svg)?.[1] ?? "").split(/\s+/u).map(Number);
  return { width, height };
}

/** An SVG placed inside another: its own x, y, width and height replace any it had. */
export function placeSvg(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  return svg.replace(/^<svg\b([^>]*)>/u, (_, attributes: string) => {
    const rest = attributes.replace(/\s(x|y|width|height)="[^"]*"/gu, "");
    return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"${rest}>`;
  });
}

/** Every line of a wrapped text, whole: nothing in a downloaded chart is cut. */
function lines(text: string, width: number, size: number): string[] {
  return wrapLines(text, Math.max(20, Math.floor(width / (size * 0.6))), Number.MAX_SAFE_INTEGER);
}

export function standaloneSvg(input: StandaloneInput): string {
  const sizes = input.parts.map(viewBoxSize);
  const inner = Math.max(300, ...sizes.map((s) => s.width));
  const width = inner + 2 * MARGIN;
  const titleLines = lines(input.title, inner, TITLE_SIZE);
  let y = MARGIN + TITLE_SIZE;
  const body: string[] = [
    textBlock(titleLines, MARGIN, y, Math.round(TITLE_SIZE * 1.3), `class="export-title" font-size="${TITLE_SIZE}"`),
  ];
  y += (titleLines.length - 1) * Math.round(TITLE_SIZE * 1.3) + GAP;
  input.parts.forEach((part, i) => {
    const size = sizes[i] ?? { width: 0, height: 0 };
    // Nested SVGs keep their own ids and viewBox; the outer file places them.
    body.push(placeSvg(part, { x: MARGIN, y, ...size }));
    y += size.height + GAP;
  });
  const footer = lines(`${input.source} ${input.url} (corpus ${input.version})`, inner, SOURCE_SIZE);
  y += SOURCE_SIZE - 4;
  body.push(textBlock(footer, MARGIN, y, Math.round(SOURCE_SIZE * 1.4), `class="export-source" font-size="${SOURCE_SIZE}"`));
  const height = Math.ceil(y + (footer.length - 1) * SOURCE_SIZE * 1.4 + MARGIN);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(`${input.source} ${input.url}`)}</desc>`,
    `<metadata>${escapeXml(`Cybercrime Treaty Atlas, corpus ${input.version}; ${input.url}`)}</metadata>`,
    `<style>${STANDALONE_BASE_CSS}${input.css ?? ""}</style>`,
    `<rect width="${width}" height="${height}" fill="#fdfcf9"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
