import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../corpus/index.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await getCorpus();
  return corpus.votes().map((vote) => ({ params: { id: vote.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  const { origin: _origin, descriptionHtml: _html, ...vote } = corpus.vote(params.id ?? "");
  return new Response(JSON.stringify(vote, null, 1), { headers: { "Content-Type": "application/json" } });
};
