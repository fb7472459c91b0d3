import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { treatyStatusCsv } from "../../corpus/export/csv.ts";

export const GET: APIRoute = async () => new Response(treatyStatusCsv(await getCorpus()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
