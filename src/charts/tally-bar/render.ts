/**
 * The tally as one stacked bar on the scale of the whole membership, with
 * each part labelled directly underneath. The compact form (small multiples)
 * is the bar alone; its numbers are in the HTML beside it.
 */
import { escapeXml, round, svgOpen, titleAndDesc } from "../svg.ts";
import { POSITION_COLOURS, positionDefs, positionPaint } from "../positions/marks.ts";
import { tallySentence, type TallyBarData } from "./data.ts";
import type { Position } from "../../corpus/index.ts";

const WIDTH = 320;
const FONT = `font-family="system-ui, sans-serif" font-size="13"`;
const LABELS: Record<Position, string> = { yes: "Yes", no: "No", abstain: "Abstain", "non-voting": "Non-voting" };

export interface TallyBarOptions {
  /** Stable, unique on the page. */
  id: string;
  title: string;
  compact?: boolean;
}

export function renderTallyBar(data: TallyBarData, options: TallyBarOptions): string {
  const { id, title, compact = false } = options;
  const barHeight = compact ? 16 : 28;
  const top = compact ? 0 : 4;
  const x = (count: number): number => round((count / data.scale) * WIDTH, 2);
  const bars = data.segments
    .filter((s) => s.count > 0)
    .map(
      (s) =>
        `<rect class="tally-segment" data-position="${s.position}" data-count="${s.count}" x="${x(s.start)}" y="${top}" width="${x(s.count)}" height="${barHeight}" ${positionPaint(id, s.position, { outline: true })}><title>${escapeXml(`${LABELS[s.position]}: ${s.count}`)}</title></rect>`,
    );
  if (data.notReported > 0) {
    const start = data.scale - data.notReported;
    bars.push(
      `<rect class="tally-segment" data-position="not-reported" data-count="${data.notReported}" x="${round(x(start) + 0.75, 2)}" y="${top + 0.75}" width="${round(Math.max(0, x(data.notReported) - 1.5), 2)}" height="${barHeight - 1.5}" fill="none" stroke="currentColor" stroke-opacity="0.6" stroke-width="1.5" stroke-dasharray="4 3"><title>Not reported: ${data.notReported}</title></rect>`,
    );
  }
  const labels = compact ? [] : labelGrid(data, id, top + barHeight + 12);
  const height = compact ? barHeight : top + barHeight + 12 + Math.ceil(labels.length / 2) * 22;
  const desc = `${data.symbol}: ${tallySentence(data)}, of ${data.scale} members.`;
  return `${svgOpen(id, WIDTH, height, compact ? "tally-bar tally-bar-compact" : "tally-bar")}${titleAndDesc(id, title, desc)}${positionDefs(id)}<g class="bars">${bars.join("")}</g>${labels.join("")}</svg>`;
}

/** Two columns of swatch + "79 Yes" under the bar. */
function labelGrid(data: TallyBarData, id: string, y0: number): string[] {
  const items: { key: Position | "not-reported"; count: number; label: string }[] = data.segments.map((s) => ({
    key: s.position,
    count: s.count,
    label: LABELS[s.position],
  }));
  if (data.notReported > 0) items.push({ key: "not-reported", count: data.notReported, label: "not reported" });
  return items.map((item, i) => {
    const x = (i % 2) * (WIDTH / 2);
    const y = y0 + Math.floor(i / 2) * 22;
    const swatch =
      item.key === "not-reported"
        ? `<rect x="${x + 0.75}" y="${y + 0.75}" width="12.5" height="12.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="3 2"/>`
        : `<rect x="${x}" y="${y}" width="14" height="14" ${positionPaint(id, item.key, { outline: true })}${item.key === "no" || item.key === "abstain" ? ` stroke="${POSITION_COLOURS[item.key]}"` : ""}/>`;
    return `<g class="tally-label" data-position="${item.key}" data-count="${item.count}">${swatch}<text x="${x + 20}" y="${y + 12}" ${FONT} fill="currentColor">${item.count} ${escapeXml(item.label)}</text></g>`;
  });
}
