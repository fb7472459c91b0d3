import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { searchIndexFor } from "../../lib/search/build-index.ts";

/** Facet values of every record, for the counts and filters; loaded after the first results. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchIndexFor(await getCorpus()).facets), { headers: { "Content-Type": "application/json" } });
