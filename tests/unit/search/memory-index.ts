import { loadCorpus } from "../../../src/corpus/index.ts";
import { buildSearchIndex } from "../../../src/lib/search/build-index.ts";
import { SearchEngine } from "../../../src/lib/search/engine.ts";
import type { IndexLoader, SearchIndexFiles, SearchRequest } from "../../../src/lib/search/types.ts";

/** The published files, served from memory through a JSON round trip, as the browser receives them. */
export function memoryLoader(files: SearchIndexFiles, requests: string[] = []): IndexLoader {
  const served = <T>(name: string, value: T | undefined): Promise<T> => {
    requests.push(name);
    if (value === undefined) return Promise.reject(new Error(`no file ${name}`));
    return Promise.resolve(JSON.parse(JSON.stringify(value)) as T);
  };
  return {
    manifest: () => served("index.json", files.manifest),
    postings: (shard) => served(`postings/${shard}.json`, files.postings[shard]),
    docs: (shard) => served(`docs/${shard}.json`, files.docs[shard]),
    facets: () => served("facets.json", files.facets),
  };
}

let real: Promise<SearchIndexFiles> | undefined;

/** The index of the real content/, built once per test file. */
export function realIndex(): Promise<SearchIndexFiles> {
  real ??= loadCorpus().then(({ corpus }) => {
    if (!corpus) throw new Error("content/ does not build");
    return buildSearchIndex(corpus);
  });
  return real;
}

export async function realEngine(requests?: string[]): Promise<SearchEngine> {
  return new SearchEngine(memoryLoader(await realIndex(), requests));
}

export function request(q: string, filters: SearchRequest["filters"] = {}, limit = 10): SearchRequest {
  return { q, filters, limit };
}
