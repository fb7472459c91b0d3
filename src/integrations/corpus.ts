import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { ViteDevServer } from "vite";
import { ContentError, defaultContentDir, formatDiagnostics, getCorpus, getSiteBuild, releaseParseCache, reloadCorpus } from "../corpus/index.ts";
import { ParseCache } from "../corpus/parse-cache.ts";
import { unverifiedNote } from "../corpus/quotes/check.ts";
import { outputClock, removeStaleOutput } from "./build-output.ts";
import { citeFileAt, writeCiteFiles } from "./cite-files.ts";
import { PngCache } from "../lib/images/png-cache.ts";
import { RasterPool } from "../lib/images/raster-pool.ts";
import { imageFileAt, writeImageFiles, type DrawnOutput } from "./image-files.ts";

/**
 * Validates content before Astro renders anything, so a content error stops
 * the build with every problem listed as `content/file.md:LINE:COL …`; then
 * writes the files that are not pages (the citation downloads, the charts'
 * downloads and the link-preview images: these are drawn on worker threads
 * while Astro renders the pages), and deletes what the previous build
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
  let buildStart = { since: 0, empty: false };
  let drawing: { output: Promise<DrawnOutput>; pool: RasterPool; started: number } | undefined;
  return {
    name: "atlas-corpus",
    hooks: {
      "astro:config:setup": async ({ config, command, logger, injectScript }) => {
        // Dev only: each page tells the server which corpus it was rendered from (see watchContent).
        if (command === "dev") injectScript("page", DEV_VERSION_CHECK);
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
        if (command === "build") {
          await cache.save();
          // Only the dev server parses again; a build lets the cache go (about 20 MiB at 10,000 claims).
          cache = undefined;
          releaseParseCache();
        }
      },
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        outDir = fileURLToPath(config.outDir);
        pngCacheDir = path.join(fileURLToPath(config.cacheDir), "atlas-png");
      },
      "astro:build:start": async () => {
        buildStart = await outputClock(outDir);
        // Drawn beside the pages: rasterising is CPU work on worker threads, while page rendering keeps to the main one.
        const pool = new RasterPool();
        const pngs = new PngCache(pngCacheDir, (svg, scale) => pool.render(svg, scale));
        const output = writeImageFiles(await getCorpus(), site, outDir, pngs, 2 * pool.size);
        // Awaited (and any failure thrown) in astro:build:done; until then a rejection is not unhandled.
        output.catch(() => undefined);
        drawing = { output, pool, started: performance.now() };
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
        const cites = writeCiteFiles(await getCorpus(), site, fileURLToPath(dir));
        logger.info(`${cites.files.size} citation files, ${cites.written} written, the others unchanged`);
        if (!drawing || path.resolve(fileURLToPath(dir)) !== path.resolve(outDir)) throw new Error("the charts and previews were not started with this build");
        const waited = performance.now();
        const drawn = await drawing.output.finally(() => drawing?.pool.close());
        const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
        logger.info(
          `${drawn.files.size} chart and preview files (${drawn.written} written, the others unchanged; ${drawn.rendered} PNGs rasterised, ${drawn.reused} from the cache) in ${seconds(drawing.started)} s beside the pages, ${seconds(waited)} s after them`,
        );
        // Last, so that every file this build wrote is newer than its start.
        if (buildStart.empty) logger.info("no previous build in the output folder: nothing to remove");
        else {
          const stale = await removeStaleOutput(fileURLToPath(dir), buildStart.since, new Set([...cites.files, ...drawn.files]));
          logger.info(`${stale.length} file(s) of the previous build removed`);
        }
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
    current = corpus?.version ?? null;
    rebuiltAt = performance.now();
    server.hot.send({ type: "full-reload", path: "*" });
  };
  // A page still loading when the reload went out never heard it (Vite drops
  // messages to clients not yet connected) and would show the corpus it was
  // rendered from until the next save. So each page reports its corpus
  // version on connecting (an error page has none, or no report at all), and
  // a page from an older corpus, or an error page once the content is valid,
  // reloads at once. Only shortly after a rebuild: a page that fails for
  // another reason (a code error) must not reload for ever.
  let current: string | null = null;
  let rebuiltAt = -Infinity;
  void getSiteBuild().then(({ corpus }) => (current = corpus?.version ?? null));
  const stale = (version: string | null | undefined) => current !== null && version !== current && performance.now() - rebuiltAt < CATCH_UP_MS;
  const reported = new WeakSet<object>();
  server.ws.on("atlas:rendered", (data: { version: string | null }, client: { send: (payload: { type: "full-reload"; path: string }) => void; socket?: object }) => {
    if (client.socket) reported.add(client.socket);
    if (stale(data.version)) client.send({ type: "full-reload", path: "*" });
  });
  server.ws.on("connection", (socket: { readyState: number; send: (data: string) => void }) => {
    setTimeout(() => {
      if (!reported.has(socket) && socket.readyState === 1 && stale(undefined)) socket.send(JSON.stringify({ type: "full-reload", path: "*" }));
    }, REPORT_WAIT_MS);
  });
  // An editor's save (or a script's writeFileSync) truncates, then writes: the
  // watcher can report the file while it is still empty, and a rebuild read
  // then would report every record in it as gone. Waiting for the saves to
  // settle reads each file whole; it costs SETTLE_MS of the 1 s budget.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const onChange = (file: string): void => {
    if (!isInside(contentDir, file)) return;
    clearTimeout(settle);
    settle = setTimeout(() => start(file), SETTLE_MS);
  };
  const start = (file: string): void => {
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
          start(file);
        }
      });
  };
  for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, onChange);
}

/** The page script that reports a page's corpus version (none on an error page) to the dev server. */
const DEV_VERSION_CHECK = `if (import.meta.hot) {
  const version = document.querySelector("[data-corpus-version]")?.getAttribute("data-corpus-version") ?? null;
  import.meta.hot.send("atlas:rendered", { version });
}`;

/** How long after a rebuild a page from an older corpus is reloaded on connecting. */
const CATCH_UP_MS = 15_000;
/** How long a connected page has to report its version before it counts as an error page. */
const REPORT_WAIT_MS = 1_500;

/** How long content saves must be quiet before the corpus is rebuilt. */
const SETTLE_MS = 80;

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
