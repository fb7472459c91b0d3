import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { atomFeed, ATOM_TYPE } from "../../../lib/feeds/atom.ts";
import { actorFeed } from "../../../lib/feeds/entries.ts";
import { siteOf } from "../../../lib/feeds/site-url.ts";

// States only (/actors/<iso3>/feed.xml): organisations and people have no votes or acts of their own to follow.
export const getStaticPaths: GetStaticPaths = async () => (await getCorpus()).states().map((a) => ({ params: { id: a.id } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(atomFeed(actorFeed(await getCorpus(), params.id ?? ""), siteOf(site)), { headers: { "Content-Type": ATOM_TYPE } });
