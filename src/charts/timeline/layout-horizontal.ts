/**
 * The wide layout: time runs left to right on a linear scale, one band per
 * lane. Under each lane's axis, labels are stacked in rows: a label takes the
 * first row where it clears every label already there, and a leader line runs
 * from its marker down to it. Pure: items and options in, positions out.
 */
import { scaleUtc } from "d3";
import { LANE_TITLES, type Lane, type TimelineItem } from "./data.ts";
import { abbreviate, textWidth, wrap } from "./labels.ts";
import { lineBox, spanOf, yearStart, type Box } from "./layout.ts";

export interface HorizontalOptions {
  /** First and last year shown, inclusive. */
  from: number;
  to: number;
  lanes: readonly Lane[];
  width?: number;
  fontSize?: number;
  /** Longest label line in characters; by default it grows with the space a year gets. Longer names wrap. */
  maxChars?: number;
}

export interface PlacedLabel {
  item: TimelineItem;
  /** The whole (abbreviated) title, wrapped; one baseline per line. */
  lines: string[];
  baselines: number[];
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
  /** A lane with nothing in the period says so, rather than looking unfinished. */
  empty?: { text: string; baseline: number; box: Box };
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
const EMPTY_LANE = "Nothing in these years";

export function inPeriod(item: TimelineItem, from: number, to: number): boolean {
  const year = Number(item.date.slice(0, 4));
  return year >= from && year <= to;
}

export function layoutHorizontal(items: readonly TimelineItem[], options: HorizontalOptions): HorizontalLayout {
  const { from, to, lanes } = options;
  const width = options.width ?? 1100;
  const fontSize = options.fontSize ?? 13;
  const x = scaleUtc()
    .domain([yearStart(from), yearStart(to + 1)])
    .range([MARGIN, width - MARGIN]);
  const perYear = (width - 2 * MARGIN) / (to - from + 1);
  const maxChars = options.maxChars ?? Math.max(22, Math.min(46, Math.round(perYear * 0.75)));
  const rowHeight = Math.ceil(fontSize * 1.25 + 4);

  const yearText = textWidth("0000", fontSize);
  const step = [1, 2, 5, 10, 20].find((s) => s * perYear >= yearText + 12) ?? 50;
  const ticks: Tick[] = [];
  for (let year = from; year <= to + 1; year += 1) {
    const tx = x(yearStart(year));
    const labelled = year <= to && year % step === 0 && tx + yearText <= width - MARGIN;
    ticks.push({
      year,
      x: tx,
      ...(labelled ? { label: { baseline: HEADER - 10, box: lineBox(tx + 3, HEADER - 10, yearText, fontSize) } } : {}),
    });
  }

  const placedLanes: PlacedLane[] = [];
  const labels: PlacedLabel[] = [];
  let top = HEADER;
  for (const lane of lanes) {
    const axisY = top + LANE_HEAD;
    const firstBaseline = axisY + 8 + Math.ceil(fontSize * 0.95);
    const rows: Box[][] = [];
    const candidates = items
      .filter((item) => item.lane === lane && inPeriod(item, from, to))
      .map((item) => {
        const span = spanOf(item.date);
        const x1 = x(span.start);
        const lines = wrap(abbreviate(item.title), maxChars);
        const w = Math.max(...lines.map((line) => textWidth(line, fontSize))) + LABEL_PAD;
        return { item, lines, x1, x2: span.precision === "day" ? x1 : x(span.end), w };
      })
      .sort((a, b) => a.x1 - b.x1 || a.item.id.localeCompare(b.item.id));
    const free = (row: Box[], left: number, right: number): boolean =>
      row.every((b) => right + ROW_GAP <= b.x || left >= b.x + b.width + ROW_GAP);
    // The first row from which `count` consecutive rows are clear over [left, right].
    const firstRow = (left: number, right: number, count: number): number => {
      for (let row = 0; ; row += 1) {
        if (Array.from({ length: count }, (_, i) => rows[row + i] ?? []).every((r) => free(r, left, right))) return row;
      }
    };
    for (const c of candidates) {
      // A label reads to the right of its leader, unless reading to the left lets it sit in a higher row (or it would leave the chart).
      const fitsRight = c.x1 + c.w <= width - MARGIN;
      const fitsLeft = c.x1 - c.w >= MARGIN;
      const count = c.lines.length;
      const rightRow = fitsRight ? firstRow(c.x1, c.x1 + c.w, count) : Infinity;
      const leftRow = fitsLeft ? firstRow(c.x1 - c.w, c.x1, count) : Infinity;
      const anchor: PlacedLabel["anchor"] = rightRow <= leftRow ? "start" : "end";
      const row = Math.min(rightRow, leftRow, rows.length);
      const left = anchor === "start" ? c.x1 : c.x1 - c.w;
      const baseline = firstBaseline + row * rowHeight;
      const baselines = c.lines.map((_, i) => baseline + i * rowHeight);
      const box = { ...lineBox(left, baseline, c.w, fontSize) };
      box.height += (count - 1) * rowHeight;
      for (let i = 0; i < count; i += 1) (rows[row + i] ??= []).push(box);
      labels.push({
        item: c.item,
        lines: c.lines,
        baselines,
        x1: c.x1,
        x2: c.x2,
        axisY,
        leaderX: c.x1,
        textX: anchor === "start" ? c.x1 + LABEL_PAD : c.x1 - LABEL_PAD,
        baseline,
        anchor,
        box,
      });
    }
    const height = LANE_HEAD + 8 + Math.max(rows.length, 1) * rowHeight + 4;
    const title = LANE_TITLES[lane];
    const titleBaseline = top + 17;
    const titleBox = lineBox(MARGIN, titleBaseline, textWidth(title, fontSize), fontSize);
    const empty =
      candidates.length === 0
        ? {
            text: EMPTY_LANE,
            baseline: firstBaseline,
            box: lineBox(MARGIN + LABEL_PAD, firstBaseline, textWidth(EMPTY_LANE, fontSize), fontSize),
          }
        : undefined;
    placedLanes.push({ lane, title, top, height, axisY, titleBaseline, titleBox, ...(empty ? { empty } : {}) });
    top += height;
  }
  return { width, height: top + MARGIN, fontSize, from, to, ticks, lanes: placedLanes, labels };
}
