import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { atomFeed, ATOM_TYPE } from "../../lib/feeds/atom.ts";
import { timelineFeed } from "../../lib/feeds/entries.ts";
import { siteOf } from "../../lib/feeds/site-url.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(timelineFeed(await getCorpus()), siteOf(site)), { headers: { "Content-Type": ATOM_TYPE } });
