import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ContentError, formatDiagnostics, getCorpus } from "../corpus/index.ts";
import { citeFileAt, writeCiteFiles } from "./cite-files.ts";
import { imageFileAt, writeImageFiles } from "./image-files.ts";

/**
 * Validates content before Astro renders anything, so a content error stops
 * the build with every problem listed as `content/file.md:LINE:COL …`; then
 * writes the files that are not pages (the citation downloads, the charts'
 * downloads and the link-preview images).
 */
export default function corpusIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: "atlas-corpus",
    hooks: {
      "astro:config:setup": async ({ logger }) => {
        // The pages reuse this parse (getCorpus shares it across module instances).
        const corpus = await getCorpus().catch((error: unknown) => {
          if (!(error instanceof ContentError)) throw error;
          throw new Error(`The content has ${error.diagnostics.length} error(s):\n${formatDiagnostics(error.diagnostics)}`);
        });
        logger.info(`corpus ${corpus.version}: ${corpus.claims().length} claims, ${corpus.sources().length} sources`);
      },
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const urlPath = new URL(request.url ?? "/", "http://dev").pathname;
          const drawn = urlPath.startsWith("/charts/") || urlPath.startsWith("/previews/");
          if (!urlPath.includes("/cite.") && !drawn) return next();
          getCorpus()
            .then((corpus) => {
              const file = drawn ? imageFileAt(corpus, site, urlPath) : citeFileAt(corpus, site, urlPath);
              if (!file) return next();
              response.setHeader("Content-Type", file.mime);
              response.end(typeof file.body === "function" ? file.body() : file.body);
            })
            .catch(next);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        // After the pages, not alongside them: measured, overlapping the two slowed the build (they share the disk).
        const written = await writeCiteFiles(await getCorpus(), site, fileURLToPath(dir));
        logger.info(`${written} citation files written`);
        const started = performance.now();
        const drawn = await writeImageFiles(await getCorpus(), site, fileURLToPath(dir));
        logger.info(`${drawn} chart and preview files written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
