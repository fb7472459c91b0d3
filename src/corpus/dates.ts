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

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

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
