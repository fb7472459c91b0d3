/** The canonical origin feeds and the sitemap are written for (astro.config's `site`). */
export const DEFAULT_SITE = "https://cybercrime-treaty-atlas.org/";

export function siteOf(site: URL | undefined): URL {
  return site ?? new URL(DEFAULT_SITE);
}

/** What @astrojs/sitemap writes: an index pointing to the sitemap files (robots.txt names it). */
export const SITEMAP_INDEX = "/sitemap-index.xml";
