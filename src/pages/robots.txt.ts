import type { APIRoute } from "astro";
import { siteOf, SITEMAP_INDEX } from "../lib/feeds/site-url.ts";

/*
 * Everything may be crawled but the embed pages: each is a chart alone, made for other sites' iframes, and would
 * compete in search with the page it comes from. They are not in the sitemap either.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(["User-agent: *", "Disallow: /embed/", "", `Sitemap: ${new URL(SITEMAP_INDEX, siteOf(site)).href}`, ""].join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
