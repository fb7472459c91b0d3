/**
 * Dates in content are ISO 8601 with a stated precision: a day, a month or a
 * year. Partial dates exist because a wrong day is worse than a missing one.
 */
export type IsoDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** Why the string is not a valid (possibly partial) date, or null when it is. */
export function dateProblem(value: string): string | null {
  const match = PATTERN.exec(value);
  if (!match) return `"${value}" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2100) return `year ${year} is out of range`;
  if (m === undefined) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${value}" has no month ${m}`;
  if (d === undefined) return null;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${value}" is not a real date: ${monthName(month)} ${year} has ${daysInMonth} days`;
  return null;
}

export function isFullDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value);
}

export type DatePrecision = "day" | "month" | "year";

export function datePrecision(value: IsoDate): DatePrecision {
  return value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
}

/** Sort key: a partial date sorts at the start of its period. */
export function dateSortKey(value: IsoDate): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return dateSortKey(a).localeCompare(dateSortKey(b)) || a.length - b.length;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** "27 December 2019", "January 2020", "2021". */
export function formatDate(value: IsoDate): string {
  const [y, m, d] = value.split("-");
  if (m === undefined) return y ?? value;
  const month = monthName(Number(m));
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** The year of a date, for facets and timelines. */
export function yearOf(value: IsoDate): number {
  return Number(value.slice(0, 4));
}

/*
 * Status dates may also be an ISO 8601 interval `start/end`: the day is not
 * known, only that it fell within the span (a two-day signing ceremony).
 */

export function isInterval(value: string): boolean {
  return value.includes("/");
}

/** The first day the (partial or interval) date can mean. */
export function dateStart(value: string): IsoDate {
  return dateSortKey(value.split("/")[0] ?? value);
}

/** The last day the (partial or interval) date can mean. */
export function dateEnd(value: string): IsoDate {
  const last = value.split("/").at(-1) ?? value;
  if (last.length === 10) return last;
  if (last.length === 4) return `${last}-12-31`;
  const [y, m] = last.split("-").map(Number);
  const days = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${last}-${String(days).padStart(2, "0")}`;
}

/**
 * What can be said for an export column that takes ISO dates or a prefix of
 * one: an interval becomes the longest prefix its two ends share
 * (`2025-10-25/2025-10-26` → `2025-10`).
 */
export function datePrefix(value: string): IsoDate {
  if (!isInterval(value)) return value;
  const [start = "", end = ""] = value.split("/");
  let prefix = "";
  for (const part of [4, 7, 10]) if (start.slice(0, part) === end.slice(0, part)) prefix = start.slice(0, part);
  return prefix;
}

/** Like formatDate, and "25–26 October 2025" for an interval. */
export function formatStatusDate(value: string): string {
  if (!isInterval(value)) return formatDate(value);
  const [start = "", end = ""] = value.split("/");
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
