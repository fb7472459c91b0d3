/**
 * The search worker: loads the index pieces and runs the search core off the
 * main thread, so typing never waits for parsing or ranking.
 */
import { SearchEngine } from "../../lib/search/engine.ts";
import type { IndexLoader } from "../../lib/search/types.ts";
import type { Channel, FromWorker, ToWorker } from "./protocol.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let version = "";
/** Files after the manifest carry the corpus version, so a cached piece of an older index is never mixed in. */
const loader: IndexLoader = {
  manifest: () =>
    json<Awaited<ReturnType<IndexLoader["manifest"]>>>("/search/index.json").then((m) => ((version = m.version), m)),
  postings: (shard) => json(`/search/postings/${shard}.json?v=${version}`),
  docs: (shard) => json(`/search/docs/${shard}.json?v=${version}`),
  facets: () => json(`/search/facets.json?v=${version}`),
};

const engine = new SearchEngine(loader);
const latest = new Map<Channel, number>();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "warm") {
    void engine.manifest().catch(() => undefined);
    return;
  }
  const { id, channel, request } = message;
  const start = performance.now();
  latest.set(channel, id);
  engine
    .search(request, () => latest.get(channel) === id)
    .then((response) => {
      scope.postMessage({ type: "result", id, response, took: performance.now() - start });
      if (response && response.facets === null && response.status === "results" && !engine.facetsLoaded) {
        void engine.facets().then(() => scope.postMessage({ type: "facets" }));
      }
    })
    .catch((error: unknown) =>
      scope.postMessage({ type: "error", id, message: error instanceof Error ? error.message : String(error) }),
    );
};
