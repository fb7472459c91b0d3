import type { APIRoute } from "astro";
import { getCorpus } from "../../corpus/index.ts";
import { tableEntry } from "../../corpus/export/tables.ts";

export const GET: APIRoute = async () => new Response(tableEntry("articles").csv(await getCorpus()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
