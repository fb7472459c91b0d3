import { zodToJsonSchema } from "zod-to-json-schema";
import type { Corpus } from "../corpus.ts";
import { CorpusDataSchema, StatusListSchema } from "../schema/records.ts";

/** /data/corpus.json: the public contract, validated against its own schema before it is written. */
export function corpusJson(corpus: Corpus): string {
  return JSON.stringify(CorpusDataSchema.parse(corpus.data), null, 1);
}

/** /data/corpus.schema.json, generated from the same zod schemas the corpus is built with. */
export function corpusJsonSchema(siteUrl: string): string {
  const schema = zodToJsonSchema(CorpusDataSchema, { name: "Corpus", $refStrategy: "none" });
  return JSON.stringify(
    { $id: new URL("/data/corpus.schema.json", siteUrl).href, title: "Cybercrime Treaty Atlas corpus", ...schema },
    null,
    1,
  );
}

/** /instruments/<id>/status.json: the list record as in corpus.json, with the instrument's name and page beside it. */
export function statusListJson(corpus: Corpus, instrumentId: string): string {
  const instrument = corpus.instrument(instrumentId);
  return JSON.stringify({ ...StatusListSchema.parse(corpus.statusList(instrumentId)), instrumentName: instrument.name, instrumentUrl: instrument.url }, null, 1);
}
