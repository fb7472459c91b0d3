/**
 * What the Atom feeds say, as plain data: pure functions from the corpus to
 * feed entries. Every date comes from a record (a source's publication, a
 * correction's day, an event's or a vote's date); none from the clock, so the
 * same content gives the same feed, byte for byte. An entry's id is the
 * permalink of what it announces, so a corrected claim comes back as the same
 * entry, updated.
 */
import { compareDates, formatDate, type Claim, type Corpus } from "../../corpus/index.ts";
import { dateStart } from "../../corpus/dates.ts";
import { itemsForActor, itemsForInstrument, sharedTimelineItems, type TimelineItem } from "../../charts/timeline/data.ts";
import { FEED_PATHS } from "./paths.ts";
import { POSITION_LABELS, VERDICT_LABELS } from "../labels.ts";

export interface FeedEntry {
  /** A site path, possibly with a fragment: the entry's link, and (made absolute) its id. */
  path: string;
  /** Another path when the id must differ from the link (a state's vote entries all link to the vote page). */
  idPath?: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** ISO dates (possibly partial or an interval, as authored). */
  published: string;
  updated: string;
}

export interface FeedSpec {
  /** Where the feed is served, e.g. `/feeds/claims.xml`. */
  path: string;
  title: string;
  subtitle: string;
  /** The page the feed follows. */
  alternate: string;
  entries: FeedEntry[];
  /** The latest date in the feed: what the feed's `updated` says. */
  updated: string;
}

/** Entries kept per feed: readers poll the newest; the pages and /data/ have everything. */
export const FEED_ENTRIES_MAX = 100;

export { FEED_PATHS } from "./paths.ts";

const latest = (dates: readonly string[]): string =>
  dates.reduce((a, b) => (compareDates(dateStart(b), dateStart(a)) > 0 ? b : a));

const oneLine = (text: string) => text.replace(/\s+/gu, " ").trim();

/** A claim as an entry: published with its source, updated by its latest correction (or the day its verdict says it went out of date). */
export function claimEntry(corpus: Corpus, claim: Claim): FeedEntry {
  const source = corpus.source(claim.source);
  const corrections = corpus.correctionsOf(claim.id);
  // An undated source (its page shows no date) gives its claims their as-of date, never a guessed publication day.
  const published = source.published ?? claim.asOf;
  const updated = latest([published, ...(claim.verdict?.since ? [claim.verdict.since] : []), ...corrections.map((c) => c.date)]);
  const verdict = claim.verdict ? ` Verdict: ${VERDICT_LABELS[claim.verdict.status].toLowerCase()}.` : "";
  const history = corrections.map((c) => ` Corrected ${formatDate(c.date)}: ${oneLine(c.note)}`).join("");
  return {
    path: claim.url,
    title: `${corrections.length > 0 ? "Corrected: " : ""}${oneLine(claim.text)}`,
    summary: `${oneLine(claim.text)} “${oneLine(claim.quote)}” (${source.title}, ${source.published ? formatDate(source.published) : "undated"}, paragraph ${claim.locator.paragraph}).${verdict}${history}`,
    published,
    updated,
  };
}

export function timelineEntry(item: TimelineItem): FeedEntry {
  const plain = item.html ? oneLine(item.html.replace(/<[^>]*>/gu, " ")) : "";
  const milestones = item.milestones.filter((m) => m !== item.title);
  return {
    path: `/timeline/#${item.id}`,
    title: item.title,
    summary: [plain, ...milestones].filter(Boolean).join(" ") || item.title,
    published: item.date,
    updated: item.date,
  };
}

/** Newest first; ties in id order, so the order never depends on anything but the content. */
function spec(base: Omit<FeedSpec, "entries" | "updated">, entries: FeedEntry[], fallback: string): FeedSpec {
  const sorted = entries
    .sort((a, b) => compareDates(dateStart(b.updated), dateStart(a.updated)) || (a.idPath ?? a.path).localeCompare(b.idPath ?? b.path))
    .slice(0, FEED_ENTRIES_MAX);
  return { ...base, entries: sorted, updated: sorted.length > 0 ? latest(sorted.map((e) => e.updated)) : fallback };
}

export function claimsFeed(corpus: Corpus): FeedSpec {
  return spec(
    { path: FEED_PATHS.claims, title: "New and corrected claims", subtitle: "Claims added to the atlas, and claims whose verdict, paraphrase or quote was corrected.", alternate: "/claims/" },
    corpus.claims().map((claim) => claimEntry(corpus, claim)),
    corpus.asOf(),
  );
}

export function timelineFeed(corpus: Corpus): FeedSpec {
  return spec(
    { path: FEED_PATHS.timeline, title: "Timeline", subtitle: "Events, votes, treaty dates, signatures and ratifications.", alternate: "/timeline/" },
    sharedTimelineItems(corpus.data).map(timelineEntry),
    corpus.asOf(),
  );
}

export function instrumentFeed(corpus: Corpus, id: string): FeedSpec {
  const instrument = corpus.instrument(id);
  return spec(
    {
      path: FEED_PATHS.instrument(id),
      title: instrument.name,
      subtitle: `Signatures, ratifications, dates and claims about the ${instrument.shortName}.`,
      alternate: instrument.url,
    },
    [
      ...itemsForInstrument(sharedTimelineItems(corpus.data), id).map(timelineEntry),
      ...corpus.claimsAbout("instruments", id).map((claim) => claimEntry(corpus, claim)),
    ],
    instrument.status.asOf,
  );
}

/** A state's feed: its acts on the timeline, its recorded votes and the claims about it. */
export function actorFeed(corpus: Corpus, id: string): FeedSpec {
  const actor = corpus.actor(id);
  const votes = actor.iso3
    ? corpus.votesOfState(actor.iso3).flatMap(({ vote, position }) =>
        position
          ? [
              {
                path: vote.url,
                idPath: `${actor.url}#vote-${vote.id}`,
                title: `${actor.name}: ${POSITION_LABELS[position]} on ${vote.symbol}`,
                summary: `${actor.name} voted ${POSITION_LABELS[position].toLowerCase()} on ${vote.symbol}, ${oneLine(vote.title)} (${formatDate(vote.date)}).`,
                published: vote.date,
                updated: vote.date,
              },
            ]
          : [],
      )
    : [];
  return spec(
    { path: FEED_PATHS.actor(id), title: actor.name, subtitle: `Votes, signatures, ratifications, events and claims: ${actor.name}.`, alternate: actor.url },
    [
      // Its votes are entries of their own, with its position; the timeline's vote items would repeat them.
      ...itemsForActor(sharedTimelineItems(corpus.data), id)
        .filter((item) => item.origin !== "vote")
        .map(timelineEntry),
      ...votes,
      ...corpus.claimsAbout("actors", id).map((claim) => claimEntry(corpus, claim)),
    ],
    corpus.asOf(),
  );
}

/** Every feed the site publishes, with the page it follows: the discovery links and the tests read this. */
export function feedIndex(corpus: Corpus): { path: string; title: string }[] {
  return [
    { path: FEED_PATHS.claims, title: "New and corrected claims" },
    { path: FEED_PATHS.timeline, title: "Timeline" },
    ...corpus.instruments().map((i) => ({ path: FEED_PATHS.instrument(i.id), title: i.shortName })),
    ...corpus.states().map((a) => ({ path: FEED_PATHS.actor(a.id), title: a.name })),
  ];
}
