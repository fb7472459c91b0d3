/**
 * `npm run permalinks`: records every current id in content/published-ids.json,
 * and every claim's verdict and paraphrase and quote hashes in
 * content/published-claims.json (the snapshot corrections are checked against).
 * Ids are only ever added; a retired id needs an entry in content/redirects.yaml.
 * The build refuses content with errors, so a changed claim is snapshotted only
 * once content/corrections.yaml logs the change.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultContentDir, formatDiagnostics, loadCorpus } from "../src/corpus/index.ts";
import { CLAIMS_SNAPSHOT_FILE, formatClaimsSnapshot } from "../src/corpus/corrections.ts";
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
await writeFile(path.join(defaultContentDir(), CLAIMS_SNAPSHOT_FILE), formatClaimsSnapshot(corpus.claims()));
console.log(`${CLAIMS_SNAPSHOT_FILE}: ${corpus.claims().length} claims`);
