/**
 * The Pagefind page's script (bundled by the benchmark, never shipped):
 * Pagefind's own JavaScript API, loaded on the first keystroke, searched on
 * every keystroke, the first results' titles and excerpts fetched and shown
 * as Pagefind's UI does. Same page contract as /search/:
 * `[data-search-results]` carries the rendered query, results are `a[data-result]`.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown per query (Pagefind's UI shows five, then "load more"). */
const SHOWN = 10;
const input = document.querySelector<HTMLInputElement>("#search-input");
const results = document.querySelector<HTMLElement>("[data-search-results]");
let loading: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  // A path the bundler leaves alone: the file is Pagefind's, written by its indexer beside the site.
  const url = "/pagefind/pagefind.js";
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

async function update(): Promise<void> {
  if (!input || !results) return;
  const query = input.value;
  const pagefind = await load();
  const found = query.trim().length < 2 ? null : await pagefind.search(query);
  const shown = await Promise.all((found?.results ?? []).slice(0, SHOWN).map((r) => r.data()));
  if (input.value !== query) return;
  const list = document.createElement("ol");
  for (const page of shown) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = page.url;
    link.dataset["result"] = "";
    link.textContent = page.meta.title ?? page.url;
    const excerpt = document.createElement("p");
    // Pagefind's excerpt is its own HTML with <mark> around the matches.
    excerpt.innerHTML = page.excerpt;
    li.append(link, excerpt);
    list.append(li);
  }
  results.replaceChildren(list);
  results.dataset["query"] = query;
}

input?.addEventListener("input", () => void update());
