import type { APIRoute } from "astro";
import { corpusJsonSchema } from "../../corpus/export/json.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(corpusJsonSchema(site?.href ?? "https://cybercrime-treaty-atlas.org/"), { headers: { "Content-Type": "application/schema+json" } });
