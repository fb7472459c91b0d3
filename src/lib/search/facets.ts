/**
 * Facets: filtering the matching records and counting them per value. The
 * counts of a group ignore that group's own filter, so a reader sees what
 * switching to another value would give.
 */
import { GROUP_LABELS, KIND_VALUES, valueLabel, VERDICT_VALUES, VIEWPOINT_VALUES } from "./facet-labels.ts";
import {
  FACET_GROUPS,
  RECORD_TYPES,
  type FacetColumns,
  type FacetGroup,
  type FacetGroupCounts,
  type Filters,
  type RecordType,
  type SearchManifest,
} from "./types.ts";

/** Values listed per group at most. */
export const MAX_VALUES = 40;

/** A filter value as the columns store it; -1 when the value is unknown (it then matches nothing). */
export type ActiveFilters = Map<FacetGroup, number>;

export function resolveFilters(filters: Filters, manifest: SearchManifest): ActiveFilters {
  const active: ActiveFilters = new Map();
  const position = (list: readonly [string, string][], id: string) => list.findIndex(([candidate]) => candidate === id);
  for (const group of FACET_GROUPS) {
    const value = filters[group];
    if (value === undefined) continue;
    const resolved = {
      type: () => RECORD_TYPES.indexOf(value as RecordType) + 1,
      kind: () => KIND_VALUES.indexOf(value) + 1,
      verdict: () => VERDICT_VALUES.indexOf(value) + 1,
      viewpoint: () => VIEWPOINT_VALUES.indexOf(value) + 1,
      source: () => position(manifest.sources, value) + 1,
      actor: () => position(manifest.actors, value),
      instrument: () => position(manifest.instruments, value),
      year: () => (/^\d{4}$/u.test(value) ? Number(value) : 0),
    }[group]();
    active.set(group, resolved > 0 || ((group === "actor" || group === "instrument") && resolved >= 0) ? resolved : -1);
  }
  return active;
}

/** Whether a record has a value in one group: single columns hold value + 1 (0: none), list columns hold positions. */
function has(columns: FacetColumns, group: FacetGroup, record: number, value: number): boolean {
  if (group === "actor" || group === "instrument") return columns[group][record]?.includes(value) ?? false;
  return columns[group][record] === value;
}

function passes(columns: FacetColumns, active: ActiveFilters, record: number, except?: FacetGroup): boolean {
  for (const [group, wanted] of active) {
    if (group !== except && !has(columns, group, record, wanted)) return false;
  }
  return true;
}

export function applyFilters(
  records: readonly number[],
  columns: FacetColumns,
  active: ActiveFilters,
  except?: FacetGroup,
): number[] {
  return active.size === 0 ? [...records] : records.filter((record) => passes(columns, active, record, except));
}

/** Largest value per column, for counting into typed arrays. */
const ranges = new WeakMap<FacetColumns, Map<FacetGroup, number>>();
function rangeOf(columns: FacetColumns, group: FacetGroup): number {
  let known = ranges.get(columns);
  if (!known) ranges.set(columns, (known = new Map<FacetGroup, number>()));
  let max = known.get(group);
  if (max === undefined) {
    max = 0;
    for (const entry of columns[group])
      for (const value of typeof entry === "number" ? [entry] : entry) max = Math.max(max, value);
    known.set(group, max);
  }
  return max;
}

/** Value → count over the records that pass the other groups' filters (this runs on every keystroke, over every match). */
function tally(group: FacetGroup, records: readonly number[], columns: FacetColumns, active: ActiveFilters): Map<number, number> {
  const counts = new Int32Array(rangeOf(columns, group) + 1);
  const check = [...active.keys()].some((g) => g !== group);
  const lists = group === "actor" || group === "instrument" ? columns[group] : undefined;
  const single = lists ? undefined : columns[group as Exclude<FacetGroup, "actor" | "instrument">];
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i]!;
    if (check && !passes(columns, active, record, group)) continue;
    if (single) counts[single[record] ?? 0]! += 1;
    else {
      const values = lists?.[record];
      if (values) for (let j = 0; j < values.length; j += 1) counts[values[j]!]! += 1;
    }
  }
  const out = new Map<number, number>();
  for (let value = lists ? 0 : 1; value < counts.length; value += 1) if (counts[value]! > 0) out.set(value, counts[value]!);
  return out;
}

/** Counts per value for every group, each over the records that pass the other groups' filters. */
export function countFacets(
  records: readonly number[],
  columns: FacetColumns,
  active: ActiveFilters,
  manifest: SearchManifest,
  filters: Filters,
): FacetGroupCounts[] {
  return FACET_GROUPS.map((group) => {
    const counts = [...tally(group, records, columns, active)];
    // Fixed vocabularies keep their order; years run newest first; the long lists by count.
    counts.sort(([a, countA], [b, countB]) => {
      if (group === "type" || group === "kind" || group === "verdict" || group === "viewpoint") return a - b;
      if (group === "year") return b - a;
      return countB - countA || a - b;
    });
    // Only the most frequent values of a long list travel to the page (and the selected one): a list of
    // hundreds of sources is read by nobody, and is sent on every keystroke.
    const wanted = filters[group];
    const values = counts.flatMap(([value, count], i) => {
      if (i >= MAX_VALUES && wanted === undefined) return [];
      const [id, label] = valueLabel(group, value, manifest);
      return i < MAX_VALUES || id === wanted ? [{ value: id, label, count, selected: id === wanted }] : [];
    });
    return { group, label: GROUP_LABELS[group], values, distinct: counts.length };
  });
}
