/**
 * Labelled links for timeline items: the page and the list show "A/RES/74/247
 * (General Assembly plenary, 79-60-33)", not an id. An item's claims are the
 * claims that name it (an event), its votes, or come from its sources.
 */
import type { Vote } from "../../corpus/index.ts";
import { formatTally } from "../../lib/format.ts";
import { VOTE_BODY_LABELS } from "../../lib/labels.ts";
import type { Link, TimelineItem, TimelineRecords } from "./data.ts";

export type LinkSets = Record<keyof TimelineItem["links"], Set<string>>;

/**
 * Turns id sets into labelled links; claims come from the votes, events and
 * sources the item names. The claims that name the item's own event come
 * first: no other page lists them, so the list always shows them (`ownClaims`
 * counts them), while the pages of its votes and sources list the rest.
 */
export function linkResolver(
  records: TimelineRecords,
): (draft: Pick<TimelineItem, "id" | "origin"> & { links: LinkSets }) => Pick<TimelineItem, "links" | "ownClaims"> {
  const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((r) => [r.id, r]));
  const votes = byId(records.votes);
  const sources = byId(records.sources);
  const instruments = byId(records.instruments);
  const actors = byId(records.actors);
  const claims = byId(records.claims);
  // Indexed once: scanning every claim for every item made the timeline quadratic in the corpus.
  const claimsByEvent = new Map<string, string[]>();
  const claimsByVote = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, claimId: string) => {
    const list = index.get(key);
    if (list) list.push(claimId);
    else index.set(key, [claimId]);
  };
  const claimOrder = new Map<string, number>();
  for (const [at, claim] of records.claims.entries()) {
    claimOrder.set(claim.id, at);
    for (const event of claim.events) add(claimsByEvent, event, claim.id);
    for (const vote of claim.votes) add(claimsByVote, vote, claim.id);
  }
  const pick = <T>(ids: Set<string>, map: Map<string, T>, link: (record: T) => Link): Link[] =>
    [...ids].flatMap((id) => {
      const record = map.get(id);
      return record ? [link(record)] : [];
    });
  return ({ id: itemId, origin, links: sets }) => {
    // Each group in corpus order: the order the pages list them in.
    const inCorpusOrder = (ids: string[]) => ids.sort((a, b) => (claimOrder.get(a) ?? 0) - (claimOrder.get(b) ?? 0));
    const own = new Set([...sets.claims, ...inCorpusOrder([...(origin === "event" ? (claimsByEvent.get(itemId) ?? []) : [])])]);
    const claimIds = new Set(own);
    for (const claimId of inCorpusOrder([...sets.votes].flatMap((vote) => claimsByVote.get(vote) ?? []))) claimIds.add(claimId);
    for (const id of sets.sources) for (const claimId of sources.get(id)?.claims ?? []) claimIds.add(claimId);
    const links = {
      claims: pick(claimIds, claims, (c) => ({ id: c.id, label: c.text, href: c.url })),
      votes: pick(sets.votes, votes, (v) => ({ id: v.id, label: voteLabel(v), href: v.url })),
      sources: pick(sets.sources, sources, (s) => ({ id: s.id, label: s.title, href: s.url })),
      instruments: pick(sets.instruments, instruments, (i) => ({ id: i.id, label: i.shortName, href: i.url })),
      actors: pick(sets.actors, actors, (a) => ({ id: a.id, label: a.shortName ?? a.name, href: a.url })),
    };
    return { links, ownClaims: links.claims.filter((link) => own.has(link.id)).length };
  };
}

function voteLabel(vote: Pick<Vote, "symbol" | "body" | "tally">): string {
  return `${vote.symbol} (${VOTE_BODY_LABELS[vote.body]}, ${vote.tally ? formatTally(vote.tally) : "without a vote"})`;
}
