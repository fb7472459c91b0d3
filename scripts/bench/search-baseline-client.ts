/**
 * The baseline page's script (bundled by the benchmark, never shipped): plain
 * fuse.js on the main thread over the full-text file, loaded on the first
 * keystroke, searched on every keystroke. Same page contract as /search/:
 * `[data-search-results]` carries the rendered query, results are `a[data-result]`.
 */
import Fuse, { type FuseResult } from "fuse.js";
import { BASELINE_KEYS, type BaselineRecord } from "./search-baseline-data.ts";

const input = document.querySelector<HTMLInputElement>("#search-input");
const results = document.querySelector<HTMLElement>("[data-search-results]");
let loading: Promise<Fuse<BaselineRecord>> | undefined;

function load(): Promise<Fuse<BaselineRecord>> {
  loading ??= fetch("/__baseline/data.json")
    .then((response) => response.json() as Promise<{ records: BaselineRecord[]; index: Parameters<typeof Fuse.parseIndex>[0] }>)
    .then(
      ({ records, index }) =>
        new Fuse(
          records,
          { keys: BASELINE_KEYS, includeMatches: true, ignoreLocation: true, threshold: 0.4 },
          Fuse.parseIndex(index),
        ),
    );
  return loading;
}

function marked(text: string, indices: readonly (readonly [number, number])[]): HTMLElement {
  const span = document.createElement("span");
  let at = 0;
  for (const [start, end] of indices) {
    if (start < at) continue;
    span.append(text.slice(at, start));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end + 1);
    span.append(mark);
    at = end + 1;
  }
  span.append(text.slice(at));
  return span;
}

function render(query: string, found: FuseResult<BaselineRecord>[]): void {
  if (!results) return;
  const list = document.createElement("ol");
  for (const { item, matches } of found) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = item.url;
    link.dataset["result"] = "";
    const titleMatch = matches?.find((m) => m.key === "title");
    link.append(titleMatch ? marked(item.title, titleMatch.indices) : item.title);
    const other = matches?.find((m) => m.key !== "title" && m.value);
    const snippet = document.createElement("p");
    if (other?.value)
      snippet.append(
        marked(
          other.value.slice(0, 240),
          other.indices.filter(([, end]) => end < 240),
        ),
      );
    li.append(link, snippet);
    list.append(li);
  }
  results.replaceChildren(list);
  results.dataset["query"] = query;
}

async function update(): Promise<void> {
  if (!input) return;
  const query = input.value;
  if (query.trim().length < 2) return render(query, []);
  const fuse = await load();
  if (input.value === query) render(query, fuse.search(query, { limit: 20 }));
}

input?.addEventListener("input", () => void update());
