import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { timelinePage } from "../../../lib/timeline-page.ts";

/**
 * The timeline's zoomed periods, which /timeline/ loads when a reader picks
 * one (the zoom needs JavaScript anyway): inline, the three of them doubled
 * the chart's weight, and at 10,000 claims put the page over its 200 KiB
 * budget. The whole span stays inline, so the page reads without scripts.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { charts } = timelinePage(await getCorpus());
  return (charts?.wide.slice(1) ?? []).map(({ period }) => ({ params: { period: period.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { charts } = timelinePage(await getCorpus());
  const chart = charts?.wide.slice(1).find(({ period }) => period.id === params["period"]);
  if (!chart) return new Response("No such period", { status: 404 });
  return new Response(chart.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
