/**
 * The swing matrix as a picture, for the downloads: one row per state, one
 * cell per resolution of the series, painted by position (colour plus
 * pattern, as everywhere). The page shows the same data as a sortable table
 * (SwingMatrix.astro); this is what a report can paste.
 */
import type { Position, Vote } from "../../corpus/index.ts";
import type { MatrixRow } from "../../lib/vote-analysis/matrix.ts";
import { countPhrase, positionDefs, positionPaint, POSITION_ORDER } from "../positions/marks.ts";
import { escapeXml, svgOpen, titleAndDesc } from "../svg.ts";

const NAME_WIDTH = 210;
const CELL = 48;
const ROW = 18;
const HEADER = 26;
const FONT = `font-family="system-ui, sans-serif" font-size="12" fill="currentColor"`;

export function renderSwingMatrix(
  rows: readonly MatrixRow[],
  votes: readonly Pick<Vote, "symbol">[],
  options: { id: string; title: string },
): string {
  const { id, title } = options;
  const width = NAME_WIDTH + votes.length * CELL;
  const height = HEADER + rows.length * ROW;
  const header = votes.map(
    (v, i) =>
      `<text x="${NAME_WIDTH + i * CELL + CELL / 2}" y="${HEADER - 9}" text-anchor="middle" ${FONT}>${escapeXml(v.symbol.replace(/^A\/RES\//u, ""))}</text>`,
  );
  const body = rows.map((row, r) => {
    const y = HEADER + r * ROW;
    const cells = row.positions.map((position: Position | undefined, i) =>
      position
        ? `<rect x="${NAME_WIDTH + i * CELL + 2}" y="${y + 2}" width="${CELL - 4}" height="${ROW - 4}" ${positionPaint(id, position, { outline: true })}><title>${escapeXml(`${row.name}, ${votes[i]?.symbol ?? ""}: ${position}`)}</title></rect>`
        : `<rect x="${NAME_WIDTH + i * CELL + 2.5}" y="${y + 2.5}" width="${CELL - 5}" height="${ROW - 5}" fill="none" stroke="currentColor" stroke-opacity="0.4" stroke-dasharray="3 2"/>`,
    );
    return `<g data-iso3="${escapeXml(row.iso3)}"><text x="0" y="${y + ROW - 5}" ${FONT}>${escapeXml(row.name)}</text>${cells.join("")}</g>`;
  });
  const totals = votes
    .map(
      (v, i) =>
        `${v.symbol}: ${POSITION_ORDER.map((p) => countPhrase(p, rows.filter((r) => r.positions[i] === p).length)).join(", ")}`,
    )
    .join("; ");
  return `${svgOpen(id, width, height, "swing-matrix-svg")}${titleAndDesc(id, title, `${rows.length} member states by resolution. ${totals}.`)}${positionDefs(id)}${header.join("")}${body.join("")}</svg>`;
}
