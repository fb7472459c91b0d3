/**
 * The search state in the URL: /search/?q=…&type=…&actor=…. One canonical
 * form, so a link restores exactly what its author saw.
 */
import { FACET_GROUPS, type Filters, type SearchState } from "./types.ts";

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const group of FACET_GROUPS) {
    const value = params.get(group)?.trim();
    if (value) filters[group] = value;
  }
  return { q: params.get("q") ?? "", filters };
}

/** "?q=budapest&type=claim", in FACET_GROUPS order; "" for the empty state. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  for (const group of FACET_GROUPS) {
    const value = state.filters[group];
    if (value) params.set(group, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function stateUrl(state: SearchState, path = "/search/"): string {
  return `${path}${stateQuery(state)}`;
}

/** The same state with one filter set, changed or (value undefined) removed. */
export function withFilter(state: SearchState, group: (typeof FACET_GROUPS)[number], value: string | undefined): SearchState {
  const filters: Filters = { ...state.filters };
  if (value === undefined) delete filters[group];
  else filters[group] = value;
  return { q: state.q, filters };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateQuery(a) === stateQuery(b);
}
