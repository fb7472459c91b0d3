import type { APIRoute } from "astro";
import { siteOf, SITEMAP_INDEX } from "../lib/feeds/site-url.ts";

/*
 * Everything may be crawled. The embed pages (a chart alone, for other sites' iframes) stay out of search by their own
 * `noindex` and canonical link to the chart's page, and are not in the sitemap: blocking them here would hide that
 * `noindex` from crawlers, which may then list the bare URL.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(["User-agent: *", "Allow: /", "", `Sitemap: ${new URL(SITEMAP_INDEX, siteOf(site)).href}`, ""].join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
