/**
 * The /search/ page: the query and filters live in the URL; every keystroke
 * asks the worker and shows the answer to the latest one.
 */
import { parseState, sameState, stateUrl } from "../../lib/search/state.ts";
import { BLOCK, type SearchResponse, type SearchState } from "../../lib/search/types.ts";
import { onFacetsReady, search, warm } from "./client.ts";
import { resultsKeys } from "./keyboard.ts";
import { activeFilters, el, facetPanel, noResults, resultList, SHORT_LIST } from "./render.ts";

/** Results shown at first and added by "Show more": the engine's ranking block, so more never reorders what is shown. */
const PAGE = BLOCK;

const app = document.querySelector<HTMLElement>("[data-search-app]");
const input = document.querySelector<HTMLInputElement>("[data-search-primary]");
const form = app?.querySelector<HTMLFormElement>("form");
const status = app?.querySelector<HTMLElement>("[data-search-status]");
const results = app?.querySelector<HTMLElement>("[data-search-results]");
const facets = app?.querySelector<HTMLElement>("[data-search-facets]");
const empty = app?.querySelector<HTMLElement>("[data-search-empty]");

if (app && input && form && status && results && facets && empty) {
  let state: SearchState = parseState(location.search);
  let limit = PAGE;
  let announced = "";
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const expanded = new Set<string>();
  const baseTitle = document.title;
  /** What gets the focus back once a re-render replaced the element that had it. */
  let refocus: (() => HTMLElement | null | undefined) | undefined;

  /** Polite, and only once typing pauses, so a screen reader is not talked over at every keystroke. */
  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (text !== announced) status.textContent = announced = text;
    }, 400);
  };

  /**
   * A selector for the result, facet or button that has the focus, so that a
   * re-render that replaces it (the filters arriving after the results, say)
   * gives the focus back to its successor instead of dropping it on the body.
   */
  const focusedKey = (): string | undefined => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !(results.contains(active) || facets.contains(active))) return undefined;
    const { result, group, value, expand } = active.dataset;
    if (result !== undefined && active instanceof HTMLAnchorElement)
      return `a[data-result][href="${CSS.escape(active.getAttribute("href") ?? "")}"]`;
    if (group !== undefined) return `a[data-group="${CSS.escape(group)}"][data-value="${CSS.escape(value ?? "")}"]`;
    if (expand !== undefined) return `button[data-expand="${CSS.escape(expand)}"]`;
    if ("more" in active.dataset) return "button[data-more]";
    return undefined;
  };

  const render = (response: SearchResponse) => {
    const { q } = response.state;
    const kept = focusedKey();
    results.replaceChildren();
    facets.replaceChildren();
    empty.hidden = !(
      response.status === "empty" ||
      (response.status === "results" && response.total === 0 && response.relax.length === 0)
    );
    const chips = activeFilters(response);
    if (chips) results.append(chips);
    if (response.status === "too-short") {
      results.append(el("p", "search-note", "Type at least two characters."));
      announce("Type at least two characters.");
    } else if (response.status === "empty") {
      announce("");
    } else if (response.total === 0) {
      results.append(noResults(response));
      announce(q.trim() ? `No results for “${q.trim()}”.` : "No records with these filters.");
    } else {
      const count = `${response.total} ${response.total === 1 ? "result" : "results"}`;
      results.append(el("p", "search-count", q.trim() ? `${count} for “${q.trim()}”` : count), resultList(response));
      if (response.hits.length < response.total) {
        const more = el(
          "button",
          "secondary search-more",
          `Show more results (${response.hits.length} of ${response.total} shown)`,
        );
        more.type = "button";
        more.dataset["more"] = "";
        results.append(more);
      }
      announce(q.trim() ? `${count} for “${q.trim()}”.` : `${count}.`);
    }
    if (response.status === "results") {
      if (response.facets)
        facets.append(el("h2", "facets-heading", "Filter"), facetPanel(response.state, response.facets, expanded));
      else facets.append(el("p", "search-note", "Loading filters…"));
    }
    // The rendered query, for tests and benchmarks that wait for a keystroke's answer.
    results.dataset["query"] = q;
    if (refocus) (refocus() ?? input).focus({ preventScroll: true });
    else if (kept) (app.querySelector<HTMLElement>(kept) ?? input).focus({ preventScroll: true });
    refocus = undefined;
  };

  const run = async () => {
    const asked = state;
    try {
      const response = await search({ ...asked, limit, ahead: 2 * BLOCK }, "page");
      if (response && sameState(response.state, state)) render(response);
    } catch (error) {
      results.replaceChildren(
        el(
          "p",
          "search-note",
          `Search failed to load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`,
        ),
      );
      results.dataset["query"] = asked.q;
    }
  };

  /** The address and title follow the state; while typing, once the typing pauses (browsers throttle history updates). */
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const setTitle = () => (document.title = state.q.trim() ? `${state.q.trim()} · ${baseTitle}` : baseTitle);
  const syncUrl = (history: "push" | "replace") => {
    clearTimeout(urlTimer);
    const url = stateUrl(state);
    if (`${location.pathname}${location.search}` !== url)
      window.history[history === "push" ? "pushState" : "replaceState"](null, "", url);
    setTitle();
  };

  const go = (next: SearchState, history: "push" | "replace" | "typing" | "none") => {
    if (!sameState(next, state)) limit = PAGE;
    state = next;
    if (input.value !== state.q) input.value = state.q;
    if (history === "typing") {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => syncUrl("replace"), 300);
    } else if (history !== "none") syncUrl(history);
    void run();
  };

  input.addEventListener("focus", warm, { once: true });
  input.addEventListener("input", () => go({ q: input.value, filters: state.filters }, "typing"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go({ q: input.value, filters: state.filters }, "replace");
  });
  // Facet links, filter chips and "remove filter" links change the state without reloading the page.
  app.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>("a[data-state]");
    if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      // A facet keeps the focus (selected or not, it is still listed); a removed filter gives it to the box.
      const { group, value } = link.dataset;
      refocus = () =>
        group ? facets.querySelector<HTMLElement>(`a[data-group="${group}"][data-value="${CSS.escape(value ?? "")}"]`) : input;
      go(parseState(new URL(link.href).search), "push");
      return;
    }
    // Leaving for a result: the address first records the search, so Back returns to it.
    if (target?.closest("a[data-result]")) syncUrl("replace");
    const button = target?.closest<HTMLButtonElement>("button[data-expand], button[data-more]");
    const group = button?.dataset["expand"];
    if (group) {
      expanded.add(group);
      refocus = () => facets.querySelectorAll<HTMLElement>(`a[data-group="${group}"]`)[SHORT_LIST];
      void run();
    } else if (button && "more" in button.dataset) {
      limit += PAGE;
      refocus = () => results.querySelectorAll<HTMLAnchorElement>("a[data-result]")[limit - PAGE];
      void run();
    }
  });
  window.addEventListener("popstate", () => {
    go(parseState(location.search), "none");
    setTitle();
  });
  onFacetsReady(() => void run());
  resultsKeys(input, results);

  setTitle();
  if (state.q || Object.keys(state.filters).length > 0) go(state, "none");
  else render({ state, status: "empty", total: 0, hits: [], facets: null, active: [], relax: [] });
}
