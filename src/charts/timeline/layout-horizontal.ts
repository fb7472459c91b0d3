/**
 * The wide layout: time runs left to right on a linear scale, one band per
 * lane. Under each lane's axis, labels are stacked in rows: a label takes the
 * first row where it clears every label already there, and a leader line runs
 * from its marker down to it. Pure: items and options in, positions out.
 */
import { scaleUtc } from "d3";
import { LANE_TITLES, type Lane, type TimelineItem } from "./data.ts";
import { abbreviate, textWidth, truncate } from "./labels.ts";
import { lineBox, spanOf, yearStart, type Box } from "./layout.ts";

export interface HorizontalOptions {
  /** First and last year shown, inclusive. */
  from: number;
  to: number;
  lanes: readonly Lane[];
  width?: number;
  fontSize?: number;
  /** Longest label in characters; by default it grows with the space a year gets. */
  maxChars?: number;
}

export interface PlacedLabel {
  item: TimelineItem;
  text: string;
  /** The marker: a point (x1 = x2) or a bar over a partial date's month or year. */
  x1: number;
  x2: number;
  axisY: number;
  leaderX: number;
  textX: number;
  baseline: number;
  anchor: "start" | "end";
  box: Box;
}

export interface PlacedLane {
  lane: Lane;
  title: string;
  top: number;
  height: number;
  axisY: number;
  titleBaseline: number;
  titleBox: Box;
}

export interface Tick {
  year: number;
  x: number;
  /** Present on the years that carry a label. */
  label?: { baseline: number; box: Box };
}

export interface HorizontalLayout {
  width: number;
  height: number;
  fontSize: number;
  from: number;
  to: number;
  ticks: Tick[];
  lanes: PlacedLane[];
  labels: PlacedLabel[];
}

const MARGIN = 8;
const HEADER = 26;
const LANE_HEAD = 28;
const ROW_GAP = 8;
const LABEL_PAD = 4;

export function inPeriod(item: TimelineItem, from: number, to: number): boolean {
  const year = Number(item.date.slice(0, 4));
  return year >= from && year <= to;
}

export function layoutHorizontal(items: readonly TimelineItem[], options: HorizontalOptions): HorizontalLayout {
  const { from, to, lanes } = options;
  const width = options.width ?? 1100;
  const fontSize = options.fontSize ?? 13;
  const x = yearScale(items, from, to, lanes, width, Number(process.env["TLA"] ?? 0.5));
  const perYear = (width - 2 * MARGIN) / (to - from + 1);
  const maxChars = options.maxChars ?? Math.max(22, Math.min(46, Math.round(perYear * 0.75)));
  const rowHeight = Math.ceil(fontSize * 1.25 + 4);

  const yearText = textWidth("0000", fontSize);
  const step = [1, 2, 5, 10, 20].find((s) => s * perYear >= yearText + 12) ?? 50;
  const ticks: Tick[] = [];
  for (let year = from; year <= to + 1; year += 1) {
    const tx = x(yearStart(year));
    const labelled = year <= to && year % step === 0 && tx + yearText <= width - MARGIN;
    ticks.push({ year, x: tx, ...(labelled ? { label: { baseline: HEADER - 10, box: lineBox(tx + 3, HEADER - 10, yearText, fontSize) } } : {}) });
  }

  const placedLanes: PlacedLane[] = [];
  const labels: PlacedLabel[] = [];
  let top = HEADER;
  for (const lane of lanes) {
    const axisY = top + LANE_HEAD;
    const firstBaseline = axisY + 8 + Math.ceil(fontSize * 0.95);
    const rows: number[] = [];
    const candidates = items
      .filter((item) => item.lane === lane && inPeriod(item, from, to))
      .map((item) => {
        const span = spanOf(item.date);
        const x1 = x(span.start);
        const x2 = span.precision === "day" ? x1 : x(span.end);
        const text = truncate(abbreviate(item.title), maxChars);
        const w = textWidth(text, fontSize) + LABEL_PAD;
        const anchor: PlacedLabel["anchor"] = x1 + w <= width - MARGIN ? "start" : "end";
        return { item, text, x1, x2, w, anchor, left: anchor === "start" ? x1 : x1 - w };
      })
      .sort((a, b) => a.left - b.left || a.item.id.localeCompare(b.item.id));
    for (const c of candidates) {
      let row = rows.findIndex((right) => c.left >= right + ROW_GAP);
      if (row === -1) row = rows.push(-Infinity) - 1;
      rows[row] = c.left + c.w;
      const baseline = firstBaseline + row * rowHeight;
      labels.push({
        item: c.item,
        text: c.text,
        x1: c.x1,
        x2: c.x2,
        axisY,
        leaderX: c.x1,
        textX: c.anchor === "start" ? c.x1 + LABEL_PAD : c.x1 - LABEL_PAD,
        baseline,
        anchor: c.anchor,
        box: lineBox(c.left, baseline, c.w, fontSize),
      });
    }
    const height = LANE_HEAD + 8 + Math.max(rows.length, 1) * rowHeight + 4;
    const title = LANE_TITLES[lane];
    const titleBaseline = top + 17;
    placedLanes.push({ lane, title, top, height, axisY, titleBaseline, titleBox: lineBox(MARGIN, titleBaseline, textWidth(title, fontSize), fontSize) });
    top += height;
  }
  return { width, height: top + MARGIN, fontSize, from, to, ticks, lanes: placedLanes, labels };
}

/** Piecewise linear: each year's width grows with its number of items, so a dense year gets room for its labels. */
function yearScale(items: readonly TimelineItem[], from: number, to: number, lanes: readonly Lane[], width: number, weight: number) {
  const counts = new Map<number, number>();
  for (const item of items) if (lanes.includes(item.lane)) counts.set(Number(item.date.slice(0, 4)), (counts.get(Number(item.date.slice(0, 4))) ?? 0) + 1);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const weights = years.map((y) => 1 + weight * (counts.get(y) ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const range = [MARGIN];
  for (const w of weights) range.push((range.at(-1) ?? 0) + (w / total) * (width - 2 * MARGIN));
  return scaleUtc().domain([...years, to + 1].map(yearStart)).range(range);
}
