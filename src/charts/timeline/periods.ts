/**
 * The periods a reader can zoom into on wide screens. Zooming re-lays the
 * labels out for the narrower span (more room per year, longer labels), so
 * each period is its own pre-rendered SVG rather than a scaled copy.
 */
import { LANES, type Lane, type TimelineItem } from "./data.ts";
import { inPeriod, layoutHorizontal } from "./layout-horizontal.ts";
import { layoutVertical } from "./layout-vertical.ts";
import { renderHorizontal, renderVertical } from "./render.ts";

export interface Period {
  /** "all", or "2017-2021": the value of ?period= in the URL. */
  id: string;
  label: string;
  from: number;
  to: number;
}

/** Where the story turns: before Russia's draft, the years of the votes and the Ad Hoc Committee's mandate, the negotiation and after. */
const ZOOM_SPANS: readonly [number, number][] = [
  [1998, 2016],
  [2017, 2021],
  [2022, 2026],
];

export function yearExtent(items: readonly TimelineItem[]): { from: number; to: number } {
  const years = items.map((item) => Number(item.date.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** The whole span, then each zoom span that holds items (clamped to the items' years). */
export function periodsOf(items: readonly TimelineItem[]): Period[] {
  const { from, to } = yearExtent(items);
  const all: Period = { id: "all", label: `All years (${from}–${to})`, from, to };
  const zooms = ZOOM_SPANS.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
    .filter(([a, b]) => a <= b && (a !== from || b !== to) && items.some((item) => inPeriod(item, a, b)))
    .map(([a, b]) => ({ id: `${a}-${b}`, label: a === b ? String(a) : `${a}–${b}`, from: a, to: b }));
  return [all, ...zooms];
}

/** Where the timeline page fetches a zoomed period's SVG from. */
export function periodSvgPath(id: string): string {
  return `/timeline/periods/${id}.svg`;
}

export interface TimelineCharts {
  lanes: Lane[];
  /** One wide SVG per period; the first is the whole span. */
  wide: { period: Period; svg: string }[];
  /** The phone layout, over the whole span. */
  narrow: string;
}

/**
 * Every SVG a timeline needs. A small timeline (zoom: false) shows only its
 * own lanes and spans at least five years so a single item is not stretched
 * over the full width.
 */
export function timelineCharts(
  items: readonly TimelineItem[],
  options: { idPrefix: string; title: string; zoom: boolean },
): TimelineCharts {
  const lanes = options.zoom ? [...LANES] : LANES.filter((lane) => items.some((item) => item.lane === lane));
  const extent = yearExtent(items);
  const whole = options.zoom ? extent : { from: Math.min(extent.from, extent.to - 4), to: extent.to };
  const periods = options.zoom ? periodsOf(items) : [{ id: "all", label: `${whole.from}–${whole.to}`, ...whole }];
  const desc = (count: number, from: number, to: number): string =>
    `${count} ${count === 1 ? "item" : "items"} from ${from} to ${to} in ${lanes.length} ${lanes.length === 1 ? "lane" : "lanes"}. The same items are listed in date order below the chart.`;
  const wide = periods.map((period) => {
    const id = `${options.idPrefix}-h-${period.id}`;
    const layout = layoutHorizontal(items, { from: period.from, to: period.to, lanes });
    const count = layout.labels.length;
    return {
      period,
      svg: renderHorizontal(layout, {
        id,
        title: `${options.title}, ${period.from}–${period.to}`,
        desc: desc(count, period.from, period.to),
      }),
    };
  });
  const vertical = layoutVertical(items, { from: whole.from, to: whole.to, lanes });
  const narrow = renderVertical(vertical, {
    id: `${options.idPrefix}-v`,
    title: `${options.title}, ${whole.from}–${whole.to}`,
    desc: desc(vertical.labels.length, whole.from, whole.to),
  });
  return { lanes, wide, narrow };
}
