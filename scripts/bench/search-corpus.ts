/**
 * The benchmark's content: the real content/ with a synthetic corpus of the
 * given size laid over it (synthetic-corpus.ts, unchanged). The real records
 * stay because some pages are built around them (the comparison pairs, the
 * vote pages' Budapest Convention column) and the build refuses to drop a
 * published id; the synthetic ones bring the size.
 */
import { cp } from "node:fs/promises";
import { syntheticCorpus, writeContent } from "./synthetic-corpus.ts";

export async function writeBenchCorpus(claims: number, realContentDir: string, dir: string): Promise<void> {
  await cp(realContentDir, dir, { recursive: true });
  await writeContent(await syntheticCorpus({ claims }, realContentDir), dir);
}
