import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { searchIndexFor } from "../../../lib/search/build-index.ts";

/** A few consecutive search records; a query loads only the files holding the results it shows. */
export const getStaticPaths: GetStaticPaths = async () =>
  searchIndexFor(await getCorpus()).docs.map((_, shard) => ({ params: { shard: String(shard) } }));

export const GET: APIRoute = async ({ params }) => {
  const shard = searchIndexFor(await getCorpus()).docs[Number(params.shard)];
  return new Response(JSON.stringify(shard ?? []), { headers: { "Content-Type": "application/json" } });
};
