import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { treatyStatusCsv } from "../../../corpus/export/csv.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCorpus()).statusLists().map((list) => ({ params: { id: list.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(treatyStatusCsv(await getCorpus(), params.id ?? ""), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
