import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../corpus/index.ts";
import { statusListJson } from "../../../corpus/export/json.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCorpus()).statusLists().map((list) => ({ params: { id: list.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(statusListJson(await getCorpus(), params.id ?? ""), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
