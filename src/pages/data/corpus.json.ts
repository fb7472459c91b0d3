import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { corpusJson } from "../../corpus/export/json.ts";

export const GET: APIRoute = async () => new Response(corpusJson(await getCorpus()), { headers: { "Content-Type": "application/json" } });
