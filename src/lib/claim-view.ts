import type { Claim, Corpus, Source } from "../corpus/index.ts";
import { formatDate, formatStatusDate } from "../corpus/index.ts";
import { cite, CITE_FORMATS, type CiteFormat } from "./cite.ts";

/**
 * A claim's citation in every format, for the site origin. Kept per claim
 * record: the claim's page and its four citation files show the same texts,
 * and a corpus's records never change (a new corpus has new records).
 */
export function citationsFor(corpus: Corpus, claim: Claim, source: Source, site: URL | undefined): Record<CiteFormat, string> {
  const key = `${corpus.version} ${site?.href ?? ""} ${source.id}`;
  const kept = citedAs.get(claim);
  if (kept?.key === key) return kept.texts;
  const input = { claim, source, permalink: new URL(claim.url, site).href, version: corpus.version };
  const texts = Object.fromEntries(CITE_FORMATS.map((format) => [format.id, cite(format.id, input)])) as Record<CiteFormat, string>;
  citedAs.set(claim, { key, texts });
  return texts;
}

const citedAs = new WeakMap<Claim, { key: string; texts: Record<CiteFormat, string> }>();

/** Related claims with the relation spelled out for readers. */
export function relatedClaims(corpus: Corpus, claim: Claim): { href: string; label: string; note: string }[] {
  const entry = (id: string, note: string) => {
    const other = corpus.claim(id);
    return { href: other.url, label: other.text, note: `${note} (${corpus.source(other.source).title})` };
  };
  return [
    ...claim.corroborates.map((id) => entry(id, "makes the same point")),
    ...claim.contradicts.map((id) => entry(id, "conflicts with this claim")),
    ...(claim.revises ? [entry(claim.revises, claim.change === "changed" ? "earlier version, changed here" : "earlier version, kept here")] : []),
    ...claim.revisedBy.map((id) => entry(id, `revised in a later version (${corpus.claim(id).change === "changed" ? "changed" : "kept"})`)),
  ];
}

/**
 * For a claim about an instrument that has a status list: a link to who signed
 * and ratified it, noting what the list records for each participant the claim
 * names (or that it records nothing), so a statement about who signed can be
 * checked in one step.
 */
export function statusLinks(corpus: Corpus, claim: Claim): { href: string; label: string; note: string }[] {
  return claim.instruments.flatMap((id) => {
    if (!corpus.hasStatusList(id)) return [];
    const list = corpus.statusList(id);
    const instrument = corpus.instrument(id);
    const rows = claim.actors.flatMap((actor) => {
      const kind = corpus.actor(actor).kind;
      if (kind !== "state" && kind !== "organisation" && kind !== "observer-state") return [];
      const entry = list.entries.find((e) => e.participant === actor);
      const name = corpus.actor(actor).shortName ?? corpus.actor(actor).name;
      if (!entry) return [`${name}: no signature or ratification recorded`];
      const act = entry.ratified
        ? `${entry.kind} ${formatStatusDate(entry.ratified)}`
        : entry.signed
          ? `${entry.kind === "reported" ? "signed, ratification reported" : "signed"} ${formatStatusDate(entry.signed)}`
          : entry.kind;
      return [`${name}: ${act}${entry.verified ? "" : " (not confirmed)"}`];
    });
    const asOf = `status as of ${formatDate(list.asOf)}`;
    return [{ href: list.url, label: `${instrument.shortName}: who signed and ratified`, note: [asOf, ...rows].join("; ") }];
  });
}
