import type { APIRoute } from "astro";
import { timelineItems } from "../../charts/timeline/data.ts";
import { withRetiredIds } from "../../charts/timeline/retired.ts";
import { getCorpus } from "../../corpus/index.ts";

/** The timeline's items as data: what the chart and the list on /timeline/ show, with links as ids and permalinks. */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const items = withRetiredIds(timelineItems(corpus.data), corpus.redirects()).map(({ html: _html, ...item }) => ({
    ...item,
    url: `/timeline/#${item.id}`,
  }));
  return new Response(`${JSON.stringify({ version: corpus.version, items }, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
