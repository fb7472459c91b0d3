import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { votesCsv } from "../../corpus/export/csv.ts";

export const GET: APIRoute = async () => new Response(votesCsv(await getCorpus()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
