/**
 * `npm run check`: validates content/ with the same code the build uses and
 * prints every problem as `content/file.md:LINE:COL error CODE message`.
 * Quotes are checked against the archived texts (ATLAS_TEXTS_DIR) when the
 * folder is present. `npm run check -- --watch` checks again on every save,
 * re-parsing only the files that changed.
 */
import { watch } from "node:fs";
import { defaultContentDir, formatDiagnostics, loadCorpus } from "../src/corpus/index.ts";
import { ParseCache } from "../src/corpus/parse-cache.ts";
import { unverifiedNote } from "../src/corpus/quotes/check.ts";

const watching = process.argv.includes("--watch");
const cache = ParseCache.memory();

async function check(): Promise<boolean> {
  const started = performance.now();
  const { corpus, diagnostics, quotes } = await loadCorpus(defaultContentDir(), { cache });
  const note = unverifiedNote(quotes);
  if (!corpus) {
    console.error(formatDiagnostics(diagnostics));
    return false;
  }
  const d = corpus.data;
  console.log(
    `content OK: ${d.sources.length} sources, ${d.claims.length} claims, ${d.actors.length} actors, ${d.instruments.length} instruments, ` +
      `${d.votes.length} votes, ${d.events.length} events, ${d.dimensions.length} dimensions, ${d.citations.length} citations (version ${d.version}); ` +
      `${quotes.verified} quotes verified against archived texts`,
  );
  if (note) console.log(note);
  if (watching) console.log(`checked in ${Math.round(performance.now() - started)} ms (${cache.stats.parsed} file(s) parsed)`);
  return true;
}

const ok = await check();
if (!watching) process.exit(ok ? 0 : 1);

console.log(`watching ${defaultContentDir()}; Ctrl-C to stop`);
let timer: NodeJS.Timeout | undefined;
watch(defaultContentDir(), { recursive: true }, () => {
  // Editors save in several steps; check once they are done.
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`\n${new Date().toLocaleTimeString("en-GB")} change seen`);
    void check();
  }, 100);
});
