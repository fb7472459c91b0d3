/** Names of record types, facet groups and facet values, for the filters and the result list. */
import { KIND_LABELS, VERDICT_LABELS, VIEWPOINT_LABELS } from "../labels.ts";
import { RECORD_TYPES, type FacetGroup, type RecordType, type SearchManifest } from "./types.ts";

/** Claim kinds and verdicts, in the order the facet columns number them. */
export const KIND_VALUES = Object.keys(KIND_LABELS);
export const VERDICT_VALUES = Object.keys(VERDICT_LABELS);
export const VIEWPOINT_VALUES = Object.keys(VIEWPOINT_LABELS);

export const TYPE_LABELS: Record<RecordType, string> = {
  claim: "Claims",
  source: "Sources",
  actor: "Actors",
  instrument: "Treaties and drafts",
  provision: "Treaty provisions",
  article: "Treaty articles",
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
  article: "Article",
  vote: "Vote",
  event: "Event",
};

export const GROUP_LABELS: Record<FacetGroup, string> = {
  type: "Type",
  kind: "Claim kind",
  verdict: "Verdict",
  viewpoint: "Viewpoint",
  source: "Source",
  actor: "Actor",
  instrument: "Treaty",
  year: "Year",
};

/** A facet value as the columns store it → its id in the URL and its label. */
export function valueLabel(group: FacetGroup, value: number, manifest: SearchManifest): [string, string] {
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
    case "viewpoint": {
      const viewpoint = (VIEWPOINT_VALUES[value - 1] ?? "independent-analysis") as keyof typeof VIEWPOINT_LABELS;
      return [viewpoint, VIEWPOINT_LABELS[viewpoint]];
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

/** The label of a filter value as the URL gives it: "vote" → "Votes", "rus" → "Russian Federation". */
export function labelFor(group: FacetGroup, value: string, manifest: SearchManifest): string {
  const entry = {
    type: () => TYPE_LABELS[value as RecordType],
    kind: () => KIND_LABELS[value as keyof typeof KIND_LABELS],
    verdict: () => VERDICT_LABELS[value as keyof typeof VERDICT_LABELS],
    viewpoint: () => VIEWPOINT_LABELS[value as keyof typeof VIEWPOINT_LABELS],
    source: () => manifest.sources.find(([id]) => id === value)?.[1],
    actor: () => manifest.actors.find(([id]) => id === value)?.[1],
    instrument: () => manifest.instruments.find(([id]) => id === value)?.[1],
    year: () => value,
  }[group]();
  return entry ?? value;
}
