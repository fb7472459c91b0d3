/**
 * `npm run check`: validates content/ with the same code the build uses and
 * prints every problem as `content/file.md:LINE:COL error CODE message`.
 */
import { formatDiagnostics, loadCorpus } from "../src/corpus/index.ts";

const { corpus, diagnostics } = await loadCorpus();
if (!corpus) {
  console.error(formatDiagnostics(diagnostics));
  process.exit(1);
}
const d = corpus.data;
console.log(
  `content OK: ${d.sources.length} sources, ${d.claims.length} claims, ${d.actors.length} actors, ${d.instruments.length} instruments, ` +
    `${d.votes.length} votes, ${d.events.length} events, ${d.dimensions.length} dimensions, ${d.citations.length} citations (version ${d.version})`,
);
