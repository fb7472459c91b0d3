import type { Claim, Corpus, Source } from "../corpus/index.ts";
import { cite, CITE_FORMATS, type CiteFormat } from "./cite.ts";

/** Everything the claim citation formats need, from the corpus and the site origin. */
export function citationsFor(corpus: Corpus, claim: Claim, source: Source, site: URL | undefined): Record<CiteFormat, string> {
  const input = { claim, source, permalink: new URL(claim.url, site).href, version: corpus.version };
  return Object.fromEntries(CITE_FORMATS.map((format) => [format.id, cite(format.id, input)])) as Record<CiteFormat, string>;
}

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
