import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { votesCsv } from "../../corpus/export/csv.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await getCorpus();
  return corpus.votes().map((vote) => ({ params: { id: vote.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  return new Response(votesCsv(corpus, params.id ?? ""), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
