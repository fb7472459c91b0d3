/**
 * What one page of the claims index shows: its claims grouped by source, the
 * filter options those claims offer, and where the page sits among the rest.
 */
import type { Citation, Claim, Corpus, Source } from "../corpus/index.ts";
import { claimPages, claimPageUrl, type ClaimPage } from "./claim-pages.ts";
import { KIND_LABELS, VERDICT_LABELS, VIEWPOINT_LABELS } from "./labels.ts";

export interface FilterOption {
  value: string;
  label: string;
}

export interface ClaimsIndexView {
  page: Pick<ClaimPage<Claim>, "number" | "count" | "offset">;
  total: number;
  sources: number;
  groups: { source: Source; continued: boolean; claims: { claim: Claim; citations: Citation[] }[] }[];
  filters: { name: string; label: string; options: FilterOption[] }[];
  /** Every page, for the page list; `current` marks this one. */
  pages: { number: number; href: string; first: number; last: number; current: boolean }[];
}

/** The pages of the index, each as it is rendered. */
export function claimsIndexViews(corpus: Corpus): ClaimsIndexView[] {
  // Grouped by source, in the order of the sources.
  const all = corpus.sources().flatMap((source) => corpus.claimsOf(source.id));
  const pages = claimPages(all);
  const pageList = (current: number) =>
    pages.map((p) => ({
      number: p.number,
      href: claimPageUrl(p.number),
      first: p.offset + 1,
      last: p.offset + p.items.length,
      current: p.number === current,
    }));
  return pages.map((page) => ({
    page: { number: page.number, count: page.count, offset: page.offset },
    total: all.length,
    sources: corpus.sources().length,
    groups: groupBySource(corpus, page, all),
    filters: filtersFor(corpus, page.items),
    pages: pageList(page.number),
  }));
}

/** Consecutive claims of one source form a group; a source cut by a page break says so on the next page. */
function groupBySource(corpus: Corpus, page: ClaimPage<Claim>, all: readonly Claim[]): ClaimsIndexView["groups"] {
  const groups: ClaimsIndexView["groups"] = [];
  page.items.forEach((claim, i) => {
    const entry = { claim, citations: (claim.verdict?.cites ?? []).map((id) => corpus.citation(id)) };
    const group = groups.at(-1);
    if (group && group.source.id === claim.source) group.claims.push(entry);
    else {
      const before = all[page.offset + i - 1];
      groups.push({
        source: corpus.source(claim.source),
        continued: i === 0 && before?.source === claim.source,
        claims: [entry],
      });
    }
  });
  return groups;
}

function filtersFor(corpus: Corpus, claims: readonly Claim[]): ClaimsIndexView["filters"] {
  const used = <T extends string>(values: T[]) => [...new Set(values)];
  return [
    { name: "kind", label: "Kind", options: used(claims.map((c) => c.kind)).map((k) => ({ value: k, label: KIND_LABELS[k] })) },
    {
      name: "viewpoint",
      label: "Viewpoint",
      // In the fixed order of the labels, so every page lists the viewpoints alike.
      options: Object.entries(VIEWPOINT_LABELS)
        .filter(([value]) => claims.some((c) => corpus.source(c.source).viewpoint === value))
        .map(([value, label]) => ({ value, label })),
    },
    {
      name: "source",
      label: "Source",
      options: used(claims.map((c) => c.source)).map((id) => ({ value: id, label: corpus.source(id).title })),
    },
    {
      name: "actor",
      label: "Actor",
      options: used(claims.flatMap((c) => c.actors))
        .map((id) => ({ value: id, label: corpus.actor(id).name }))
        .sort((a, b) => a.label.localeCompare(b.label, "en")),
    },
    {
      name: "instrument",
      label: "Instrument",
      options: used(claims.flatMap((c) => c.instruments)).map((id) => ({ value: id, label: corpus.instrument(id).shortName })),
    },
    {
      name: "verdict",
      label: "Verdict",
      options: [
        ...Object.entries(VERDICT_LABELS).map(([value, label]) => ({ value, label })),
        { value: "none", label: "Not a factual claim" },
      ],
    },
  ];
}
