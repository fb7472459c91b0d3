/**
 * sitemap-index.xml and its sitemap files, by @astrojs/sitemap: every page
 * that is meant to be found, each with the `lastmod` its records give
 * (src/lib/discovery/lastmod.ts). Left out: redirect pages of retired ids
 * (they are noindex), the embed pages (a chart alone, for other sites'
 * iframes; noindex too, their canonical is the chart's page) and the 404 page.
 */
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { getCorpus } from "../corpus/index.ts";
import { dateStart } from "../corpus/dates.ts";
import { pageLastmods, type Lastmods } from "../lib/discovery/lastmod.ts";

export { SITEMAP_INDEX } from "../lib/feeds/site-url.ts";

export default function atlasSitemap(): AstroIntegration {
  let lastmods: Promise<{ dates: Lastmods; retired: Set<string> }> | undefined;
  const load = () =>
    (lastmods ??= getCorpus().then((corpus) => ({
      dates: pageLastmods(corpus),
      retired: new Set(corpus.redirects().map((r) => r.fromUrl)),
    })));
  return sitemap({
    filter: (page) => {
      const path = new URL(page).pathname;
      return path.endsWith("/") && !path.startsWith("/embed/") && !path.startsWith("/404");
    },
    serialize: async (item) => {
      const { dates, retired } = await load();
      const path = new URL(item.url).pathname;
      if (retired.has(path)) return undefined;
      return { ...item, lastmod: dateStart(dates.of(path)) };
    },
  });
}
