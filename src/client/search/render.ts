/**
 * DOM for search results and facets. Everything that comes from the query or
 * the index is set with textContent: a query is always shown as text.
 */
import { stateUrl, withFilter } from "../../lib/search/state.ts";
import type { FacetGroupCounts, SearchHit, SearchResponse, SearchState, Segment } from "../../lib/search/types.ts";

/** Long facet lists show this many values until the reader asks for all. */
export const SHORT_LIST = 6;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function segments(parent: HTMLElement, runs: readonly Segment[]): HTMLElement {
  for (const run of runs) parent.append(run.mark ? el("mark", undefined, run.text) : document.createTextNode(run.text));
  return parent;
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const item = el("li", "result");
  item.append(el("p", `result-label type-${hit.type}`, hit.label));
  const link = el("a", "result-title");
  link.href = hit.url;
  link.dataset["result"] = "";
  item.append(segments(link, hit.title));
  if (hit.snippet.length > 0)
    item.append(segments(el("p", hit.type === "claim" ? "result-snippet quote" : "result-snippet"), hit.snippet));
  if (hit.meta.length > 0) item.append(segments(el("p", "result-meta"), hit.meta));
  return item;
}

export function resultList(response: SearchResponse): HTMLOListElement {
  const list = el("ol", "results");
  list.setAttribute("aria-label", "Results");
  for (const hit of response.hits) list.append(hitItem(hit));
  return list;
}

/** "No results": the filters to drop, with what each would give, and the query spelt out. */
export function noResults(response: SearchResponse): HTMLElement {
  const box = el("div", "no-results");
  const heading = el("p", "no-results-title", "No results for ");
  heading.append(
    el("q", undefined, response.state.q),
    document.createTextNode(response.relax.length ? " with these filters." : "."),
  );
  if (!response.state.q.trim()) heading.textContent = "No records with these filters.";
  box.append(heading);
  if (response.relax.length > 0) {
    const list = el("ul", "relax");
    for (const option of response.relax) {
      const link = el("a", undefined, `Remove “${option.label}”`);
      link.href = stateUrl(withFilter(response.state, option.group, undefined));
      link.dataset["state"] = "";
      const item = el("li");
      item.append(link, document.createTextNode(` (${option.total} ${option.total === 1 ? "result" : "results"})`));
      list.append(item);
    }
    box.append(list);
  } else {
    box.append(el("p", undefined, "Check the spelling, use fewer words, or try one of the suggestions below."));
  }
  return box;
}

function facetLink(state: SearchState, group: FacetGroupCounts, value: FacetGroupCounts["values"][number]): HTMLLIElement {
  const item = el("li");
  const link = el("a", value.selected ? "facet-value selected" : "facet-value");
  link.href = stateUrl(withFilter(state, group.group, value.selected ? undefined : value.value));
  link.dataset["state"] = "";
  link.dataset["group"] = group.group;
  link.dataset["value"] = value.value;
  if (value.selected) link.setAttribute("aria-current", "true");
  link.append(el("span", "facet-label", value.label), el("span", "facet-count", String(value.count)));
  if (value.selected) link.append(el("span", "visually-hidden", " (selected; select again to remove)"));
  item.append(link);
  return item;
}

/** One list per group with values; long lists are cut short unless `expanded` names the group. */
export function facetPanel(
  state: SearchState,
  groups: readonly FacetGroupCounts[],
  expanded: ReadonlySet<string>,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const group of groups) {
    if (group.values.length === 0) continue;
    const section = el("div", "facet-group");
    const headingId = `facet-${group.group}`;
    const heading = el("h3", undefined, group.label);
    heading.id = headingId;
    const list = el("ul", "facet-values");
    list.setAttribute("aria-labelledby", headingId);
    const open = expanded.has(group.group) || group.values.length <= SHORT_LIST + 1;
    const shown = open ? group.values : group.values.filter((v, i) => i < SHORT_LIST || v.selected);
    for (const value of shown) list.append(facetLink(state, group, value));
    section.append(heading, list);
    if (!open) {
      const count = group.values.length;
      const more = el(
        "button",
        "secondary facet-more",
        count < group.distinct ? `Show the ${count} most frequent` : `Show all ${count}`,
      );
      more.type = "button";
      more.dataset["expand"] = group.group;
      more.setAttribute("aria-label", `${more.textContent ?? ""} values of ${group.label}`);
      section.append(more);
    } else if (group.values.length < group.distinct) {
      section.append(
        el("p", "facet-note", `${group.distinct - group.values.length} more; add words to the search to narrow them.`),
      );
    }
    fragment.append(section);
  }
  return fragment;
}

/** The active filters, each with a link that removes it. */
export function activeFilters(response: SearchResponse): HTMLElement | null {
  if (response.active.length === 0) return null;
  const list = el("ul", "active-filters");
  list.setAttribute("aria-label", "Active filters");
  for (const filter of response.active) {
    const link = el("a", "chip", filter.label);
    link.href = stateUrl(withFilter(response.state, filter.group, undefined));
    link.dataset["state"] = "";
    const cross = el("span", "chip-x", " ×");
    cross.setAttribute("aria-hidden", "true");
    link.append(el("span", "visually-hidden", " (remove this filter)"), cross);
    const item = el("li");
    item.append(link);
    list.append(item);
  }
  return list;
}
