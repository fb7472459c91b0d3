import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { ViteDevServer } from "vite";
import { ContentError, defaultContentDir, formatDiagnostics, getCorpus, reloadCorpus } from "../corpus/index.ts";
import { ParseCache } from "../corpus/parse-cache.ts";
import { unverifiedNote } from "../corpus/quotes/check.ts";
import { outputClock, removeStaleOutput } from "./build-output.ts";
import { citeFileAt, writeCiteFiles } from "./cite-files.ts";
import { PngCache } from "../lib/images/png-cache.ts";
import { imageFileAt, writeImageFiles } from "./image-files.ts";

/**
 * Validates content before Astro renders anything, so a content error stops
 * the build with every problem listed as `content/file.md:LINE:COL …`; then
 * writes the files that are not pages (the citation downloads, the charts'
 * downloads and the link-preview images), and deletes what the previous build
 * left that this one did not write (Astro no longer empties outDir first: see
 * build-output.ts).
 *
 * Parses go through the parse cache: `astro build` keeps it in Astro's
 * cacheDir, so a rebuild re-parses only the files that changed; the dev
 * server keeps it in memory and, on every change under the content folder,
 * rebuilds the corpus and reloads the page. A content error then shows in
 * Astro's error overlay, and the next fix clears it.
 */
export default function corpusIntegration(): AstroIntegration {
  let site: URL | undefined;
  let cache: ParseCache | undefined;
  let outDir = "";
  let pngCacheDir: string | undefined;
  let buildStart = 0;
  return {
    name: "atlas-corpus",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        cache = command === "build" ? await ParseCache.open(fileURLToPath(config.cacheDir)) : ParseCache.memory();
        const { corpus, diagnostics, quotes } = await reloadCorpus(cache);
        const note = unverifiedNote(quotes);
        if (note) logger.warn(note);
        if (!corpus) {
          const report = `The content has ${diagnostics.length} error(s):\n${formatDiagnostics(diagnostics)}`;
          // The dev server starts anyway: the error overlay shows the problem, and a fix reloads the page.
          if (command !== "dev") throw new Error(report);
          logger.error(report);
          return;
        }
        logger.info(
          `corpus ${corpus.version}: ${corpus.claims().length} claims, ${corpus.sources().length} sources (${cache.stats.parsed} files parsed, ${cache.stats.reused} reused)`,
        );
        if (command === "build") await cache.save();
      },
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        outDir = fileURLToPath(config.outDir);
        pngCacheDir = path.join(fileURLToPath(config.cacheDir), "atlas-png");
      },
      "astro:build:start": async () => {
        buildStart = await outputClock(outDir);
      },
      "astro:server:setup": ({ server, logger }) => {
        watchContent(server, cache ?? ParseCache.memory(), logger);
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
        const cites = await writeCiteFiles(await getCorpus(), site, fileURLToPath(dir));
        logger.info(`${cites.files.size} citation files, ${cites.written} written, the others unchanged`);
        const started = performance.now();
        const drawn = await writeImageFiles(await getCorpus(), site, fileURLToPath(dir), new PngCache(pngCacheDir));
        logger.info(
          `${drawn.files.size} chart and preview files (${drawn.written} written, the others unchanged; ${drawn.rendered} PNGs rasterised, ${drawn.reused} from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        // Last, so that every file this build wrote is newer than its start.
        const stale = await removeStaleOutput(fileURLToPath(dir), buildStart, new Set([...cites.files, ...drawn.files]));
        logger.info(`${stale.length} file(s) of the previous build removed`);
      },
    },
  };
}

/**
 * Live content: Vite's watcher reports each change under the content folder;
 * the corpus is rebuilt (only the changed file is parsed) and every open page
 * reloads. Astro clears its getStaticPaths cache on any watcher change, so
 * new and removed ids appear too. Changes arriving during a rebuild are
 * folded into one more rebuild.
 */
function watchContent(server: ViteDevServer, cache: ParseCache, logger: { info(m: string): void; error(m: string): void }): void {
  const contentDir = defaultContentDir();
  server.watcher.add(contentDir);
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = async (): Promise<void> => {
    const started = performance.now();
    const { corpus, diagnostics } = await reloadCorpus(cache);
    cache.prune();
    const ms = Math.round(performance.now() - started);
    if (corpus) logger.info(`content reloaded in ${ms} ms (${cache.stats.parsed} file(s) parsed)`);
    else logger.error(`content has ${diagnostics.length} error(s):\n${formatDiagnostics(diagnostics)}`);
    server.hot.send({ type: "full-reload", path: "*" });
  };
  const onChange = (file: string): void => {
    if (!isInside(contentDir, file)) return;
    if (running) {
      again = true;
      return;
    }
    running = rebuild()
      .catch((error: unknown) => logger.error(error instanceof ContentError ? error.message : String(error)))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          onChange(file);
        }
      });
  };
  for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, onChange);
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
