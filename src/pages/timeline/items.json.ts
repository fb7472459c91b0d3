import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { timelinePage } from "../../lib/timeline-page.ts";

/** The timeline's items as data: what the chart and the list on /timeline/ show, with links as ids and permalinks. */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const items = timelinePage(corpus).items.map(({ html: _html, ...item }) => ({
    ...item,
    url: `/timeline/#${item.id}`,
  }));
  return new Response(`${JSON.stringify({ version: corpus.version, items }, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
