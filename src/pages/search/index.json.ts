import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { searchIndexFor } from "../../lib/search/build-index.ts";

/** The search manifest: vocabulary and facet labels, loaded when a reader first types. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchIndexFor(await getCorpus()).manifest), { headers: { "Content-Type": "application/json" } });
