/**
 * What both timeline layouts share: label boxes and the time span of a
 * (possibly partial) date. A date known only to the month or the year is a
 * span, drawn as a bar over that month or year, never as an invented day.
 */
import { datePrecision, type DatePrecision } from "../../corpus/dates.ts";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of boxes that overlap, by index; empty when the layout is clean. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a, b)) pairs.push([i, j]);
    }
  }
  return pairs;
}

export interface Span {
  start: Date;
  /** Exclusive: the start of the next day, month or year. */
  end: Date;
  precision: DatePrecision;
}

export function spanOf(date: string): Span {
  const [y = 1900, m, d] = date.split("-").map(Number);
  const precision = datePrecision(date);
  if (m === undefined) return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1), precision };
  if (d === undefined) return { start: utc(y, m - 1, 1), end: utc(y, m, 1), precision };
  return { start: utc(y, m - 1, d), end: utc(y, m - 1, d + 1), precision };
}

export function yearStart(year: number): Date {
  return utc(year, 0, 1);
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

/** Vertical metrics of one line of text at a font size: the box spans ascent and descent around the baseline. */
export function lineBox(x: number, baseline: number, width: number, fontSize: number): Box {
  return { x, y: baseline - fontSize * 0.95, width, height: fontSize * 1.25 };
}
