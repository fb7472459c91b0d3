/**
 * One waffle per regional group: a cell per state with its position swatch
 * and ISO3 code. The SVG is drawn at its natural size (never scaled down),
 * and the groups wrap on narrow screens, so the 13px labels stay readable.
 */
import { escapeXml, svgOpen, titleAndDesc } from "../svg.ts";
import { countPhrase, POSITION_COLOURS, positionDefs, positionPaint, POSITION_ORDER } from "../positions/marks.ts";
import { regionGroupName, type RegionGroup } from "./data.ts";

export const COLUMNS = 5;
const CELL_WIDTH = 56;
const CELL_HEIGHT = 24;
const LABELS = { yes: "Yes", no: "No", abstain: "Abstain", "non-voting": "Non-voting" } as const;

export function regionGroupSize(group: RegionGroup): { width: number; height: number } {
  return { width: COLUMNS * CELL_WIDTH, height: Math.max(1, Math.ceil(group.cells.length / COLUMNS)) * CELL_HEIGHT };
}

export function renderRegionGroup(group: RegionGroup, options: { id: string; symbol: string }): string {
  const { id, symbol } = options;
  const { width, height } = regionGroupSize(group);
  const name = regionGroupName(group.region);
  const title = `${name}: ${group.cells.length} states on ${symbol}`;
  const desc = `${POSITION_ORDER.filter((p) => group.counts[p] > 0)
    .map((p) => countPhrase(p, group.counts[p]))
    .join(", ")}. One cell per state, labelled with its ISO code.`;
  const cells = group.cells.map((cell, i) => {
    const x = (i % COLUMNS) * CELL_WIDTH;
    const y = Math.floor(i / COLUMNS) * CELL_HEIGHT;
    const edge = cell.position === "no" || cell.position === "abstain" ? ` stroke="${POSITION_COLOURS[cell.position]}"` : "";
    return (
      `<g class="region-cell" data-iso3="${cell.iso3}" data-position="${cell.position}">` +
      `<title>${escapeXml(`${cell.name}: ${LABELS[cell.position]}`)}</title>` +
      `<rect x="${x + 1}" y="${y + 4}" width="16" height="16" ${positionPaint(id, cell.position, { outline: true })}${edge}/>` +
      `<text x="${x + 22}" y="${y + 17}" font-family="ui-monospace, monospace" font-size="13" fill="currentColor">${cell.iso3}</text></g>`
    );
  });
  return `${svgOpen(id, width, height, "region-waffle").replace("<svg ", `<svg width="${width}" height="${height}" `)}${titleAndDesc(id, title, desc)}${positionDefs(id)}${cells.join("")}</svg>`;
}
