/**
 * Facets: filtering the matching records and counting them per value. The
 * counts of a group ignore that group's own filter, so a reader sees what
 * switching to another value would give.
 */
import { KIND_LABELS, VERDICT_LABELS } from "../labels.ts";
import { FACET_GROUPS, RECORD_TYPES, type FacetColumns, type FacetGroup, type FacetGroupCounts, type Filters, type RecordType, type SearchManifest } from "./types.ts";

/** Claim kinds and verdicts, in the order the facet columns number them. */
export const KIND_VALUES = Object.keys(KIND_LABELS);
export const VERDICT_VALUES = Object.keys(VERDICT_LABELS);

export const TYPE_LABELS: Record<RecordType, string> = {
  claim: "Claims",
  source: "Sources",
  actor: "Actors",
  instrument: "Treaties and drafts",
  provision: "Treaty provisions",
  vote: "Votes",
  event: "Events",
};

/** The same, for one record: "Claim", "Treaty". */
export const TYPE_NAMES: Record<RecordType, string> = {
  claim: "Claim",
  source: "Source",
  actor: "Actor",
  instrument: "Treaty",
  provision: "Provision",
  vote: "Vote",
  event: "Event",
};

export const GROUP_LABELS: Record<FacetGroup, string> = {
  type: "Type",
  kind: "Claim kind",
  verdict: "Verdict",
  source: "Source",
  actor: "Actor",
  instrument: "Treaty",
  year: "Year",
};

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
      source: () => position(manifest.sources, value) + 1,
      actor: () => position(manifest.actors, value),
      instrument: () => position(manifest.instruments, value),
      year: () => (/^\d{4}$/u.test(value) ? Number(value) : 0),
    }[group]();
    active.set(group, resolved > 0 || ((group === "actor" || group === "instrument") && resolved >= 0) ? resolved : -1);
  }
  return active;
}

/** The values of a record in one group: single columns hold value + 1 (0: none), list columns hold positions. */
function valuesOf(columns: FacetColumns, group: FacetGroup, record: number): readonly number[] {
  if (group === "actor" || group === "instrument") return columns[group][record] ?? [];
  const value = columns[group][record] ?? 0;
  return value === 0 ? [] : [value];
}

function passes(columns: FacetColumns, active: ActiveFilters, record: number, except?: FacetGroup): boolean {
  for (const [group, wanted] of active) {
    if (group !== except && !valuesOf(columns, group, record).includes(wanted)) return false;
  }
  return true;
}

export function applyFilters(records: readonly number[], columns: FacetColumns, active: ActiveFilters, except?: FacetGroup): number[] {
  return active.size === 0 ? [...records] : records.filter((record) => passes(columns, active, record, except));
}

function label(group: FacetGroup, value: number, manifest: SearchManifest): [string, string] {
  switch (group) {
    case "type": {
      const type = RECORD_TYPES[value - 1] ?? "claim";
      return [type, TYPE_LABELS[type]];
    }
    case "kind": {
      const kind = (KIND_VALUES[value - 1] ?? "fact") as keyof typeof KIND_LABELS;
      return [kind, KIND_LABELS[kind]];
    }
    case "verdict": {
      const verdict = (VERDICT_VALUES[value - 1] ?? "consistent") as keyof typeof VERDICT_LABELS;
      return [verdict, VERDICT_LABELS[verdict]];
    }
    case "source":
      return manifest.sources[value - 1] ?? ["", ""];
    case "actor":
      return manifest.actors[value] ?? ["", ""];
    case "instrument":
      return manifest.instruments[value] ?? ["", ""];
    case "year":
      return [String(value), String(value)];
  }
}

/** Counts per value for every group, each over the records that pass the other groups' filters. */
export function countFacets(records: readonly number[], columns: FacetColumns, active: ActiveFilters, manifest: SearchManifest, filters: Filters): FacetGroupCounts[] {
  return FACET_GROUPS.map((group) => {
    const counts = new Map<number, number>();
    for (const record of records) {
      if (!passes(columns, active, record, group)) continue;
      for (const value of valuesOf(columns, group, record)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const values = [...counts].map(([value, count]) => {
      const [id, text] = label(group, value, manifest);
      return { value: id, label: text, count, selected: filters[group] === id, order: value };
    });
    // Fixed vocabularies keep their order; years run newest first; the long lists by count.
    values.sort((a, b) => {
      if (group === "type" || group === "kind" || group === "verdict") return a.order - b.order;
      if (group === "year") return b.order - a.order;
      return b.count - a.count || a.label.localeCompare(b.label);
    });
    return { group, label: GROUP_LABELS[group], values: values.map(({ order: _order, ...rest }) => rest) };
  });
}
