/**
 * The strip: one cell per vote in date order, years marked underneath, then
 * one row per treaty with a party list. Marks carry a second channel (hatch,
 * dots, dashes, fill level) and every treaty row says its status in words.
 */
import { escapeXml, round, svgOpen, titleAndDesc } from "../svg.ts";
import { POSITION_COLOURS, positionDefs, positionPaint } from "../positions/marks.ts";
import type { CountryPathData, PathMark, PathTreaty } from "./data.ts";

const WIDTH = 320;
const GAP = 3;
const YEAR_GAP = 12;
const FONT = `font-family="system-ui, sans-serif" font-size="13" fill="currentColor"`;
/** A four-digit year at 13px, with room to spare. */
const YEAR_LABEL_WIDTH = 34;

export const MARK_LABELS: Readonly<Record<PathMark, string>> = {
  yes: "Yes",
  no: "No",
  abstain: "Abstain",
  "non-voting": "Non-voting",
  "no-record": "No country-level record",
  "without-vote": "Adopted without a vote",
};

export function treatyStatusText(treaty: PathTreaty): string {
  if (treaty.status === "party")
    return `${treaty.accession ? "acceded" : "ratified"} ${treaty.ratified?.slice(0, 4) ?? ""}`.trim();
  if (treaty.status === "signatory") return `signed ${treaty.signed?.slice(0, 4) ?? ""}, not ratified`;
  return "not signed or joined";
}

/**
 * x of each vote cell for a cell size: cells of a year side by side, a gap
 * between years, widened where needed so every year's label fits.
 */
function layoutCells(
  years: readonly number[],
  size: number,
): { xs: number[]; labels: { x: number; year: number }[]; end: number } {
  const xs: number[] = [];
  const labels: { x: number; year: number }[] = [];
  let x = 1;
  years.forEach((year, i) => {
    const previous = years[i - 1];
    if (previous !== undefined && previous !== year)
      x = Math.max(x + YEAR_GAP - GAP, (labels.at(-1)?.x ?? 0) + YEAR_LABEL_WIDTH + 4);
    if (previous !== year) labels.push({ x, year });
    xs.push(x);
    x += size + GAP;
  });
  return { xs, labels, end: Math.max(x - GAP, (labels.at(-1)?.x ?? 0) + YEAR_LABEL_WIDTH) };
}

export function renderCountryPath(data: CountryPathData, options: { id: string }): string {
  const { id } = options;
  const n = data.votes.length;
  const years = data.votes.map((v) => v.year);
  // The largest cells (up to 20) for which the strip fits the width.
  let size = 20;
  while (size > 8 && layoutCells(years, size).end > WIDTH - 1) size -= 1;
  const { xs, labels } = layoutCells(years, size);
  const top = 22;
  const parts: string[] = [`<text x="0" y="14" ${FONT}>UN votes</text>`];
  for (const label of labels) parts.push(`<text x="${label.x}" y="${top + size + 16}" ${FONT}>${label.year}</text>`);
  data.votes.forEach((vote, i) => {
    parts.push(
      `<g class="path-vote" data-vote="${vote.id}" data-mark="${vote.mark}"><title>${escapeXml(`${vote.symbol}: ${MARK_LABELS[vote.mark]}`)}</title>${voteMark(id, vote.mark, xs[i] ?? 0, top, size)}</g>`,
    );
  });
  let y = top + size + 44;
  if (data.treaties.length > 0) parts.push(`<text x="0" y="${y}" ${FONT}>Treaties with a party list</text>`);
  // Name and status on two lines: long treaty names never run past the edge.
  for (const treaty of data.treaties) {
    y += 10;
    parts.push(
      `<g class="path-treaty" data-instrument="${treaty.id}" data-status="${treaty.status}"><title>${escapeXml(`${treaty.shortName}: ${treatyStatusText(treaty)}`)}</title>${treatyMark(treaty, 1, y)}` +
        `<text x="26" y="${y + 13}" ${FONT} font-weight="600">${escapeXml(treaty.shortName)}</text><text x="26" y="${y + 30}" ${FONT}>${escapeXml(treatyStatusText(treaty))}</text></g>`,
    );
    y += 36;
  }
  const height = y + 6;
  const positionsDesc = data.votes.map((v) => `${v.symbol} ${MARK_LABELS[v.mark].toLowerCase()}`).join("; ");
  const treatiesDesc = data.treaties.map((t) => `${t.shortName} ${treatyStatusText(t)} (as of ${t.asOf})`).join("; ");
  const desc = `${data.name} across ${n} UN votes in date order: ${positionsDesc}.${treatiesDesc ? ` Treaties: ${treatiesDesc}.` : ""}`;
  return `${svgOpen(id, WIDTH, height, "country-path")}${titleAndDesc(id, `${data.name}: votes and treaties`, desc)}${positionDefs(id)}${parts.join("")}</svg>`;
}

function voteMark(id: string, mark: PathMark, x: number, y: number, size: number): string {
  switch (mark) {
    case "no-record":
      return `<rect x="${x + 0.75}" y="${y + 0.75}" width="${size - 1.5}" height="${size - 1.5}" fill="none" stroke="currentColor" stroke-opacity="0.7" stroke-width="1.5" stroke-dasharray="3 2"/>`;
    case "without-vote":
      return `<rect x="${x + 0.75}" y="${y + 0.75}" width="${size - 1.5}" height="${size - 1.5}" fill="none" stroke="currentColor" stroke-width="1.5"/><circle cx="${round(x + size / 2)}" cy="${round(y + size / 2)}" r="${round(size / 6)}" fill="currentColor"/>`;
    case "no":
    case "abstain":
      return `<rect x="${x}" y="${y}" width="${size}" height="${size}" ${positionPaint(id, mark)} stroke="${POSITION_COLOURS[mark]}"/>`;
    default:
      return `<rect x="${x}" y="${y}" width="${size}" height="${size}" ${positionPaint(id, mark, { outline: true })}/>`;
  }
}

/** Party: full; signatory: half; neither: empty. */
function treatyMark(treaty: PathTreaty, x: number, y: number): string {
  const box = `<rect x="${x + 0.75}" y="${y + 0.75}" width="14.5" height="14.5" fill="none" stroke="currentColor" stroke-width="1.5"/>`;
  if (treaty.status === "party") return `<rect x="${x}" y="${y}" width="16" height="16" fill="currentColor"/>`;
  if (treaty.status === "signatory")
    return `${box}<path d="M${x} ${y + 16}L${x + 16} ${y}L${x + 16} ${y + 16}Z" fill="currentColor"/>`;
  return box;
}
