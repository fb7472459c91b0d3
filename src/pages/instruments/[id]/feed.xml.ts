import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { atomFeed, ATOM_TYPE } from "../../../lib/feeds/atom.ts";
import { instrumentFeed } from "../../../lib/feeds/entries.ts";
import { siteOf } from "../../../lib/feeds/site-url.ts";

export const getStaticPaths: GetStaticPaths = async () => (await getCorpus()).instruments().map((i) => ({ params: { id: i.id } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(atomFeed(instrumentFeed(await getCorpus(), params.id ?? ""), siteOf(site)), { headers: { "Content-Type": ATOM_TYPE } });
