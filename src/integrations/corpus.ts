import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ContentError, formatDiagnostics, getCorpus } from "../corpus/index.ts";
import { outputClock, removeStaleOutput } from "./build-output.ts";
import { citeFileAt, writeCiteFiles } from "./cite-files.ts";

/**
 * Validates content before Astro renders anything, so a content error stops
 * the build with every problem listed as `content/file.md:LINE:COL …`; then
 * writes the files that are not pages (the citation downloads), and deletes
 * what the previous build left that this one did not write (Astro no longer
 * empties outDir first: see build-output.ts).
 */
export default function corpusIntegration(): AstroIntegration {
  let site: URL | undefined;
  let outDir = "";
  let buildStart = 0;
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
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": async () => {
        buildStart = await outputClock(outDir);
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const urlPath = new URL(request.url ?? "/", "http://dev").pathname;
          if (!urlPath.includes("/cite.")) return next();
          getCorpus()
            .then((corpus) => {
              const file = citeFileAt(corpus, site, urlPath);
              if (!file) return next();
              response.setHeader("Content-Type", file.mime);
              response.end(file.body);
            })
            .catch(next);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        // After the pages, not alongside them: measured, overlapping the two slowed the build (they share the disk).
        const cites = await writeCiteFiles(await getCorpus(), site, fileURLToPath(dir));
        logger.info(`${cites.files.size} citation files, ${cites.written} written, the others unchanged`);
        const stale = await removeStaleOutput(fileURLToPath(dir), buildStart, cites.files);
        logger.info(`${stale.length} file(s) of the previous build removed`);
      },
    },
  };
}
