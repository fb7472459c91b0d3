/**
 * The page's handle on the search worker, started on first use and shared by
 * the search page and the header box.
 */
import type { SearchRequest, SearchResponse } from "../../lib/search/types.ts";
import type { Channel, FromWorker, ToWorker } from "./protocol.ts";

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SearchResponse | null) => void; reject: (e: Error) => void }>();
const facetListeners = new Set<() => void>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "search" });
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === "facets") {
      for (const listener of facetListeners) listener();
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === "result") waiting?.resolve(message.response);
    else waiting?.reject(new Error(message.message));
  };
  return worker;
}

function send(message: ToWorker): void {
  start().postMessage(message);
}

/** Start the worker and fetch the manifest before the first keystroke needs them. */
export function warm(): void {
  send({ type: "warm" });
}

/** Resolves with null when a later search on the same channel replaced this one. */
export function search(request: SearchRequest, channel: Channel): Promise<SearchResponse | null> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    send({ type: "search", id, channel, request });
  });
}

export function onFacetsReady(listener: () => void): void {
  facetListeners.add(listener);
}
