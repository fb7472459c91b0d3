/**
 * A record as one line of the result list: what it is, its title and best
 * passage with the matched words marked, and where and when it is from.
 */
import { formatDate } from "../../corpus/dates.ts";
import { KIND_LABELS, VERDICT_LABELS } from "../labels.ts";
import { TYPE_NAMES } from "./facet-labels.ts";
import { hasMatch, highlight, snippet } from "./highlight.ts";
import type { SearchDoc, SearchHit, SearchManifest, Segment } from "./types.ts";

function label(doc: SearchDoc): string {
  const parts: string[] = [TYPE_NAMES[doc.type]];
  if (doc.kind) parts.push(KIND_LABELS[doc.kind as keyof typeof KIND_LABELS] ?? doc.kind);
  if (doc.verdict) parts.push(VERDICT_LABELS[doc.verdict as keyof typeof VERDICT_LABELS] ?? doc.verdict);
  return parts.join(" · ");
}

/** Runs joined with " · ", each highlighted. */
function joined(parts: string[], matched: ReadonlySet<string>): Segment[] {
  return parts.flatMap((part, i) => [...(i > 0 ? [{ text: " · ", mark: false }] : []), ...highlight(part, matched)]);
}

export function toHit(doc: SearchDoc, matched: ReadonlySet<string>, manifest: SearchManifest): SearchHit {
  const source = doc.source === undefined ? undefined : manifest.sources[doc.source]?.[1];
  const meta = [
    ...(doc.alias ?? []),
    // A vote's draft always; the votes a claim or event is about when the query named one.
    ...(doc.type === "vote"
      ? (doc.related ?? []).map((symbol) => `draft ${symbol}`)
      : (doc.related ?? []).filter((symbol) => hasMatch(symbol, matched)).map((symbol) => `on ${symbol}`)),
    ...(doc.type === "claim" && source ? [source] : []),
    ...(doc.date ? [formatDate(doc.date)] : []),
  ];
  const body = doc.quote ?? doc.text ?? "";
  const passage = doc.quote ? highlight(`“${doc.quote}”`, matched) : snippet(body, matched);
  return {
    id: doc.id,
    type: doc.type,
    url: doc.url,
    label: label(doc),
    title: highlight(doc.title, matched),
    snippet: passage,
    meta: joined(meta, matched),
  };
}
