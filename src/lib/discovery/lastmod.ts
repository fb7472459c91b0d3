/**
 * Each page's last change, from the records' own dates (never the build's
 * clock): the sitemap's `lastmod`. A record page changes when its record does
 * (a source's publication, a claim's correction, a vote's date) and when a
 * claim about it does; a page of the feeds' subjects changes with its feed;
 * every other page with the corpus as a whole (its as-of day).
 */
import type { Corpus } from "../../corpus/index.ts";
import { compareDates, dateStart } from "../../corpus/dates.ts";
import { actorFeed, claimEntry, claimsFeed, instrumentFeed, timelineFeed } from "../feeds/entries.ts";

const latest = (dates: readonly string[], fallback: string): string =>
  dates.length === 0 ? fallback : dates.reduce((a, b) => (compareDates(dateStart(b), dateStart(a)) > 0 ? b : a));

export interface Lastmods {
  /** The page's last change as an ISO date (a day, or a month or year when the record says no more). */
  of(path: string): string;
}

export function pageLastmods(corpus: Corpus): Lastmods {
  const asOf = corpus.asOf();
  const byPath = new Map<string, string>();
  const claimDate = new Map(corpus.claims().map((c) => [c.id, claimEntry(corpus, c).updated]));
  const claimsAbout = (subject: Parameters<Corpus["claimsAbout"]>[0], id: string) =>
    corpus.claimsAbout(subject, id).map((c) => claimDate.get(c.id) ?? asOf);

  for (const claim of corpus.claims()) byPath.set(claim.url, claimDate.get(claim.id) ?? asOf);
  for (const source of corpus.sources())
    byPath.set(
      source.url,
      latest([...(source.published ? [source.published] : []), ...source.claims.map((id) => claimDate.get(id) ?? asOf)], source.published ?? asOf),
    );
  for (const vote of corpus.votes()) byPath.set(vote.url, latest([vote.date, ...claimsAbout("votes", vote.id)], vote.date));
  for (const instrument of corpus.instruments()) byPath.set(instrument.url, instrumentFeed(corpus, instrument.id).updated);
  for (const list of corpus.statusLists()) byPath.set(list.url, list.asOf);
  for (const actor of corpus.actors()) byPath.set(actor.url, actorFeed(corpus, actor.id).updated);
  for (const dimension of corpus.dimensions()) byPath.set(`/dimensions/${dimension.id}/`, latest(claimsAbout("dimensions", dimension.id), asOf));
  const claimsIndex = claimsFeed(corpus).updated;
  byPath.set("/claims/", claimsIndex);
  byPath.set("/timeline/", timelineFeed(corpus).updated);
  byPath.set("/corrections/", latest([asOf, ...corpus.corrections().map((c) => c.date)], asOf));
  return {
    of: (path) => byPath.get(path) ?? (path.startsWith("/claims/page/") ? claimsIndex : asOf),
  };
}
