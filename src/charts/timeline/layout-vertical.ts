/**
 * The phone layout: time runs down the page. Each lane is a thin track on the
 * left; labels sit in one column on the right, wrapped over as many lines as the name needs.
 * Each year is a band tall enough for its labels (a quiet year stays short, a
 * dense one grows), so a label never drifts out of its year and labels never
 * overlap. Within its band an item sits at its date; a partial date is a bar
 * over its month or year.
 */
import type { Lane, TimelineItem } from "./data.ts";
import { abbreviate, CHAR_WIDTH_EM, textWidth, wrap } from "./labels.ts";
import { lineBox, spanOf, yearStart, type Box } from "./layout.ts";
import { inPeriod } from "./layout-horizontal.ts";

export const LANE_SHORT_TITLES: Record<Lane, string> = {
  un: "UN General Assembly",
  coe: "Council of Europe",
  regional: "Regional organisations",
  national: "National measures",
  commentary: "Commentary",
};

export interface VerticalOptions {
  from: number;
  to: number;
  lanes: readonly Lane[];
  width?: number;
  fontSize?: number;
}

export interface VerticalLabel {
  item: TimelineItem;
  lines: string[];
  trackX: number;
  /** The marker: a point (y1 = y2) or a bar over a partial date's month or year. */
  y1: number;
  y2: number;
  textX: number;
  baselines: number[];
  box: Box;
}

export interface VerticalLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  legend: { lane: Lane; title: string; trackX: number; y: number; baseline: number; box: Box }[];
  years: { year: number; top: number; height: number; baseline: number; box: Box }[];
  labels: VerticalLabel[];
}

const TRACK_START = 42;
const TRACK_GAP = 14;
const LABEL_GAP = 6;
const MIN_BAND = 30;

export function layoutVertical(items: readonly TimelineItem[], options: VerticalOptions): VerticalLayout {
  const { from, to, lanes } = options;
  const width = options.width ?? 320;
  const fontSize = options.fontSize ?? 12;
  const lineHeight = Math.ceil(fontSize * 1.25);
  const textX = TRACK_START + lanes.length * TRACK_GAP + 2;
  const maxChars = Math.floor((width - 4 - textX) / (fontSize * CHAR_WIDTH_EM));
  const trackX = (lane: Lane): number => TRACK_START + Math.max(lanes.indexOf(lane), 0) * TRACK_GAP;

  const legend = lanes.map((lane, i) => {
    const baseline = 16 + i * 18;
    const title = LANE_SHORT_TITLES[lane];
    return {
      lane,
      title,
      trackX: trackX(lane),
      y: baseline - 4,
      baseline,
      box: lineBox(textX, baseline, textWidth(title, fontSize), fontSize),
    };
  });

  const years: VerticalLayout["years"] = [];
  const labels: VerticalLabel[] = [];
  let top = 16 + lanes.length * 18 + 4;
  for (let year = from; year <= to; year += 1) {
    const entries = items
      .filter((item) => inPeriod(item, year, year) && lanes.includes(item.lane))
      .map((item) => ({ item, lines: wrap(abbreviate(item.title), maxChars), span: spanOf(item.date) }));
    const needed = entries.reduce((sum, e) => sum + e.lines.length * lineHeight + LABEL_GAP, 0);
    const height = Math.max(MIN_BAND, needed + 8);
    const yearMs = yearStart(year + 1).getTime() - yearStart(year).getTime();
    const y = (date: Date): number => top + 4 + ((date.getTime() - yearStart(year).getTime()) / yearMs) * (height - 8);

    const placed = entries
      .map((e) => {
        const y1 = y(e.span.start);
        const y2 = e.span.precision === "day" ? y1 : y(e.span.end);
        return { ...e, y1, y2, h: e.lines.length * lineHeight, labelTop: (y1 + y2) / 2 - lineHeight / 2 };
      })
      .sort((a, b) => a.labelTop - b.labelTop || a.item.id.localeCompare(b.item.id));
    // Push down past the previous label, then back up from the band's bottom edge.
    let floor = top + 3;
    for (const p of placed) {
      p.labelTop = Math.max(p.labelTop, floor);
      floor = p.labelTop + p.h + LABEL_GAP;
    }
    let ceiling = top + height - 2;
    for (const p of [...placed].reverse()) {
      p.labelTop = Math.min(p.labelTop, ceiling - p.h);
      ceiling = p.labelTop - LABEL_GAP;
    }
    for (const p of placed) {
      const widest = Math.max(...p.lines.map((line) => textWidth(line, fontSize)));
      const baselines = p.lines.map((_, i) => p.labelTop + Math.ceil(fontSize * 0.95) + i * lineHeight);
      labels.push({
        item: p.item,
        lines: p.lines,
        trackX: trackX(p.item.lane),
        y1: p.y1,
        y2: p.y2,
        textX,
        baselines,
        box: { x: textX, y: p.labelTop, width: widest, height: p.h },
      });
    }
    const baseline = top + 15;
    years.push({ year, top, height, baseline, box: lineBox(2, baseline, textWidth(String(year), fontSize), fontSize) });
    top += height;
  }
  return { width, height: top + 4, fontSize, lineHeight, legend, years, labels };
}
