/**
 * The cumulative step chart: signatures (light blue, dashed) and parties'
 * instruments (dark blue, solid), drawn with d3's scales and step curve into
 * a string at build time, labelled directly at the line ends.
 */
import { line, curveStepAfter, scaleLinear, scaleUtc, max } from "d3";
import { dateEnd, formatDate } from "../../corpus/dates.ts";
import { escapeXml, round, svgOpen, titleAndDesc } from "../svg.ts";
import type { StatusStepsData } from "./data.ts";

/** 480 wide so that 16-unit text stays above 12 px on a 360 px screen. */
const WIDTH = 480;
const HEIGHT = 260;
const M = { top: 16, right: 96, bottom: 34, left: 44 };
const STYLE = {
  signatures: `stroke="#56B4E9" stroke-width="2.5" stroke-dasharray="6 3"`,
  ratifications: `stroke="#0072B2" stroke-width="3"`,
};

const utc = (day: string) => new Date(`${dateEnd(day)}T00:00:00Z`);

export function renderStatusSteps(data: StatusStepsData, options: { id: string; title: string; start: string }): string {
  const { id, title } = options;
  const end = utc(data.asOf);
  const start = utc(options.start);
  const top = Math.max(1, max(data.series, (s) => s.steps.at(-1)?.total ?? 0) ?? 1);
  const x = scaleUtc()
    .domain([start, end])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([0, top])
    .nice(4)
    .range([HEIGHT - M.bottom, M.top]);
  const path = line<[Date, number]>()
    .x((p) => round(x(p[0])))
    .y((p) => round(y(p[1])))
    .curve(curveStepAfter);
  const parts: string[] = [];
  for (const tick of y.ticks(4)) {
    parts.push(
      `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="currentColor" stroke-opacity="0.15"/>`,
    );
    parts.push(`<text x="${M.left - 6}" y="${round(y(tick)) + 5}" text-anchor="end" font-size="16">${tick}</text>`);
  }
  const years = x.ticks(Math.min(5, Math.max(1, end.getUTCFullYear() - start.getUTCFullYear())));
  for (const tick of years) {
    parts.push(
      `<text x="${round(x(tick))}" y="${HEIGHT - 10}" text-anchor="middle" font-size="16">${tick.getUTCFullYear()}</text>`,
    );
  }
  const descParts: string[] = [];
  for (const s of data.series) {
    const points: [Date, number][] = [
      [start, 0],
      ...s.steps.map((step): [Date, number] => [utc(step.day), step.total]),
      [end, s.steps.at(-1)?.total ?? 0],
    ];
    const total = s.steps.at(-1)?.total ?? 0;
    parts.push(`<path class="step-${s.key}" d="${path(points) ?? ""}" fill="none" ${STYLE[s.key]}/>`);
    parts.push(
      `<text class="step-label" x="${WIDTH - M.right + 6}" y="${round(y(total)) + (s.key === "signatures" ? -4 : 16)}" font-size="16">${escapeXml(`${total} ${s.key === "signatures" ? "signed" : "joined"}`)}</text>`,
    );
    descParts.push(
      `${s.label}: ${total} dated by ${formatDate(data.asOf)}${s.steps[0] ? `, the first on ${formatDate(s.steps[0].day)}` : ""}${s.undated ? `; ${s.undated} more without a known date` : ""}`,
    );
  }
  const desc = `Cumulative count over time for the ${data.instrument}. ${descParts.join(". ")}.`;
  return `${svgOpen(id, WIDTH, HEIGHT, "status-steps")}${titleAndDesc(id, title, desc)}<g font-family="system-ui, sans-serif" fill="currentColor">${parts.join("")}</g></svg>`;
}
