/**
 * `npm run permalinks`: records every current id in content/published-ids.json.
 * Ids are only ever added; a retired id needs an entry in content/redirects.yaml.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultContentDir, formatDiagnostics, loadCorpus } from "../src/corpus/index.ts";
import { currentIds, formatManifest, mergeManifest, PUBLISHED_FILE, type PublishedIds } from "../src/corpus/permalinks.ts";

const file = path.join(defaultContentDir(), PUBLISHED_FILE);
const { corpus, diagnostics } = await loadCorpus();
if (!corpus) {
  console.error(formatDiagnostics(diagnostics));
  process.exit(1);
}
const previous = JSON.parse(await readFile(file, "utf8").catch(() => "{}")) as Partial<PublishedIds>;
const next = mergeManifest(previous, currentIds(corpus.data));
await writeFile(file, formatManifest(next));
const added = Object.values(next).flat().length - Object.values(previous).flat().length;
console.log(`${PUBLISHED_FILE}: ${Object.values(next).flat().length} ids (${added} new)`);
