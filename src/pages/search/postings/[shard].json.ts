import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { searchIndexFor } from "../../../lib/search/build-index.ts";

/** Postings of a contiguous range of the vocabulary; a query loads only the files holding its tokens. */
export const getStaticPaths: GetStaticPaths = async () =>
  searchIndexFor(await getCorpus()).postings.map((_, shard) => ({ params: { shard: String(shard) } }));

export const GET: APIRoute = async ({ params }) => {
  const shard = searchIndexFor(await getCorpus()).postings[Number(params.shard)];
  return new Response(JSON.stringify(shard ?? {}), { headers: { "Content-Type": "application/json" } });
};
