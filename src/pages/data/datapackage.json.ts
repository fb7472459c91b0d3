import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { dataPackage } from "../../corpus/export/tables.ts";
import { siteOf } from "../../lib/feeds/site-url.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(dataPackage(await getCorpus(), siteOf(site).href), { headers: { "Content-Type": "application/json" } });
