/**
 * What /timeline/ draws: its items (with the anchors of retired ids) and the
 * zoomable charts. Shared by the page, its data file and the period SVGs it
 * loads on demand (/timeline/periods/<id>.svg), so all three show the same
 * items; computed once per corpus.
 */
import { timelineItems, type TimelineItem } from "../charts/timeline/data.ts";
import { timelineCharts, type TimelineCharts } from "../charts/timeline/periods.ts";
import { withRetiredIds } from "../charts/timeline/retired.ts";
import type { Corpus } from "../corpus/index.ts";

export const TIMELINE = { title: "Timeline of the cybercrime treaty dispute", idPrefix: "timeline" } as const;

const pages = new WeakMap<Corpus, { items: TimelineItem[]; charts: TimelineCharts | undefined }>();

export function timelinePage(corpus: Corpus): { items: TimelineItem[]; charts: TimelineCharts | undefined } {
  let page = pages.get(corpus);
  if (!page) {
    const items = withRetiredIds(timelineItems(corpus.data), corpus.redirects());
    const charts = items.length > 0 ? timelineCharts(items, { ...TIMELINE, zoom: true }) : undefined;
    pages.set(corpus, (page = { items, charts }));
  }
  return page;
}
