// @ts-check
import { defineConfig } from "astro/config";
import corpusIntegration from "./src/integrations/corpus.ts";
import atlasSitemap from "./src/integrations/sitemap.ts";

// The canonical origin; permalinks and canonical URLs are built from it.
const site = process.env["SITE_URL"] ?? "https://cybercrime-treaty-atlas.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  // Four pages in flight: while one page's file is written, the next renders (a third faster at 10,000 claims).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // Scripts stay in files so the Content-Security-Policy needs no 'unsafe-inline'.
  // Benchmarks build tens of thousands of files under .bench/; watching them exhausts the system's file watchers.
  // emptyOutDir: false: a rebuild writes over the previous output instead of deleting its 53,000 files first (slower
  // than the whole build on this disk); the corpus integration then deletes whatever this build did not write.
  vite: {
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    server: { watch: { ignored: ["**/.bench/**"] } },
  },
  devToolbar: { enabled: false },
  // Parallel builds (tests, benchmarks) each get their own cache.
  cacheDir: process.env["ASTRO_CACHE_DIR"] ?? "./node_modules/.astro",
  // The sitemap after the corpus integration: its build:done removes files the build did not write, and the sitemap's are new.
  integrations: [corpusIntegration(), atlasSitemap()],
});
