import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { CITE_FORMATS, type CiteFormat } from "../../../lib/cite.ts";
import { citationsFor } from "../../../lib/claim-view.ts";

/** /claims/<id>/cite.txt, .bib, .json (CSL-JSON) and .ris downloads. */
export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await getCorpus();
  return corpus.claims().flatMap((claim) => CITE_FORMATS.map((format) => ({ params: { id: claim.id, format: format.id } })));
};

export const GET: APIRoute = async ({ params, site }) => {
  const corpus = await getCorpus();
  const claim = corpus.claim(params.id ?? "");
  const format = CITE_FORMATS.find((f) => f.id === params.format);
  if (!format) return new Response("unknown format", { status: 404 });
  const body = citationsFor(corpus, claim, corpus.source(claim.source), site)[format.id as CiteFormat];
  return new Response(body, { headers: { "Content-Type": `${format.mime}; charset=utf-8` } });
};
