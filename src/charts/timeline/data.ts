/**
 * The timeline's items: every event, every vote, every instrument milestone
 * and the publication of every source, in date order. Pure: records in, items
 * out; the renderer and the list both draw from this.
 *
 * A derived item (a vote, a milestone, a publication) that an event already
 * records is not drawn twice: the event IS that item, and the derived id
 * (`vote-a-res-74-247`) becomes an alias anchor on it. An event records a
 * source when it lists it in `sources`; it records a vote or a milestone when
 * it lists the vote or instrument and carries the same date.
 */
import type { Actor, Claim, Instrument, Source, TimelineEvent, Vote } from "../../corpus/index.ts";
import { compareDates } from "../../corpus/dates.ts";
import { authorLine, formatTally } from "../../lib/format.ts";
import { VOTE_BODY_LABELS } from "../../lib/labels.ts";

export const LANES = ["un", "coe", "regional", "national", "commentary"] as const;
export type Lane = (typeof LANES)[number];

export const LANE_TITLES: Record<Lane, string> = {
  un: "UN General Assembly and committees",
  coe: "Council of Europe",
  regional: "Regional organisations",
  national: "National measures",
  commentary: "Civil society and commentary",
};

export type MilestoneEvent = Instrument["dates"][number]["event"];

const MILESTONE_VERBS: Record<MilestoneEvent, string> = {
  adopted: "adopted",
  "opened-for-signature": "opens for signature",
  submitted: "submitted",
  signed: "signed",
  "entry-into-force": "enters into force",
};

export interface Link {
  id: string;
  label: string;
  href: string;
}

export interface TimelineItem {
  /** The event's id, or a derived id: `vote-<id>`, `instrument-<id>-<milestone>`, `source-<id>`. */
  id: string;
  /** Derived ids this item also answers to (each is an anchor on the page). */
  aliases: string[];
  /** What the item was made from. */
  origin: "event" | "vote" | "milestone" | "publication";
  title: string;
  /** As authored: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  lane: Lane;
  /** The event's description (sanitised HTML), when the item is an event. */
  html?: string;
  /** Instrument milestones this item marks, e.g. "Budapest Convention enters into force". */
  milestones: string[];
  links: { claims: Link[]; votes: Link[]; sources: Link[]; instruments: Link[]; actors: Link[] };
}

/** The records the timeline reads: a structural subset of the corpus data. */
export interface TimelineRecords {
  events: readonly Pick<TimelineEvent, "id" | "title" | "date" | "lane" | "actors" | "instruments" | "votes" | "sources" | "html">[];
  votes: readonly Pick<Vote, "id" | "url" | "symbol" | "title" | "body" | "date" | "tally" | "sponsors" | "instruments">[];
  instruments: readonly Pick<Instrument, "id" | "url" | "shortName" | "kind" | "organisation" | "dates">[];
  sources: readonly Pick<Source, "id" | "url" | "title" | "authors" | "outlet" | "published" | "claims">[];
  claims: readonly Pick<Claim, "id" | "url" | "text" | "votes" | "events">[];
  actors: readonly Pick<Actor, "id" | "url" | "name" | "shortName" | "kind">[];
}

type Draft = Omit<TimelineItem, "links"> & { links: Record<keyof TimelineItem["links"], Set<string>> };

export function timelineItems(records: TimelineRecords): TimelineItem[] {
  const drafts: Draft[] = records.events.map((event) => ({
    id: event.id,
    aliases: [],
    origin: "event",
    title: event.title,
    date: event.date,
    lane: event.lane,
    html: event.html,
    milestones: [],
    links: linkSets({ actors: event.actors, instruments: event.instruments, votes: event.votes, sources: event.sources }),
  }));
  const recording = (test: (draft: Draft) => boolean): Draft | undefined => drafts.find((d) => d.origin === "event" && test(d));

  for (const vote of records.votes) {
    const derived = { votes: [vote.id], actors: vote.sponsors, instruments: vote.instruments };
    const event = recording((d) => d.date === vote.date && d.links.votes.has(vote.id));
    if (event) merge(event, `vote-${vote.id}`, derived);
    else drafts.push(derivedDraft(`vote-${vote.id}`, "vote", `${vote.symbol}: ${vote.title}`, vote.date, "un", derived));
  }

  const laneOfActor = new Map(records.actors.map((a) => [a.id, a.kind === "un-body" || a.id === "un" ? "un" : undefined]));
  for (const instrument of records.instruments) {
    const lane: Lane = instrument.organisation === "coe" ? "coe" : instrument.kind === "draft-convention" ? "un" : (laneOfActor.get(instrument.organisation) ?? "regional");
    const used = new Set<string>();
    for (const milestone of instrument.dates) {
      const base = `instrument-${instrument.id}-${milestone.event}`;
      const id = used.has(base) ? `${base}-${milestone.date}` : base;
      used.add(id);
      const title = `${instrument.shortName} ${MILESTONE_VERBS[milestone.event]}${milestone.place ? ` in ${milestone.place}` : ""}`;
      const derived = { instruments: [instrument.id], actors: [instrument.organisation] };
      const event = recording((d) => d.date === milestone.date && d.links.instruments.has(instrument.id));
      const target = event ?? derivedDraft(id, "milestone", title, milestone.date, lane, derived);
      if (event) merge(event, id, derived);
      else drafts.push(target);
      target.milestones.push(title);
    }
  }

  for (const source of records.sources) {
    const authors = source.authors.flatMap((a) => (a.actor ? [a.actor] : []));
    const derived = { sources: [source.id], actors: authors };
    const event = recording((d) => d.links.sources.has(source.id));
    if (event) merge(event, `source-${source.id}`, derived);
    else drafts.push(derivedDraft(`source-${source.id}`, "publication", `${authorLine(source.authors)}, “${source.title}” (${source.outlet})`, source.published, "commentary", derived));
  }

  const resolveLinks = linkResolver(records);
  return drafts
    .map((draft) => ({ ...draft, links: resolveLinks(draft) }))
    .sort((a, b) => compareDates(a.date, b.date) || LANES.indexOf(a.lane) - LANES.indexOf(b.lane) || a.id.localeCompare(b.id));
}

/** Items that name an actor (as a participant, sponsor, author or organisation). */
export function itemsForActor(items: readonly TimelineItem[], actorId: string): TimelineItem[] {
  return items.filter((item) => item.links.actors.some((a) => a.id === actorId));
}

export function itemsForInstrument(items: readonly TimelineItem[], instrumentId: string): TimelineItem[] {
  return items.filter((item) => item.links.instruments.some((i) => i.id === instrumentId));
}

type LinkIds = Partial<Record<keyof TimelineItem["links"], readonly string[]>>;

function linkSets(ids: LinkIds): Draft["links"] {
  return { claims: new Set(ids.claims), votes: new Set(ids.votes), sources: new Set(ids.sources), instruments: new Set(ids.instruments), actors: new Set(ids.actors) };
}

function derivedDraft(id: string, origin: Draft["origin"], title: string, date: string, lane: Lane, ids: LinkIds): Draft {
  return { id, aliases: [], origin, title, date, lane, milestones: [], links: linkSets(ids) };
}

function merge(event: Draft, alias: string, ids: LinkIds): void {
  event.aliases.push(alias);
  for (const [kind, list] of Object.entries(ids) as [keyof Draft["links"], readonly string[]][]) for (const id of list) event.links[kind].add(id);
}

/** Turns id sets into labelled links; claims come from the votes, events and sources the item names. */
function linkResolver(records: TimelineRecords): (draft: Draft) => TimelineItem["links"] {
  const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((r) => [r.id, r]));
  const votes = byId(records.votes);
  const sources = byId(records.sources);
  const instruments = byId(records.instruments);
  const actors = byId(records.actors);
  const claims = byId(records.claims);
  const pick = <T>(ids: Set<string>, map: Map<string, T>, link: (record: T) => Link): Link[] =>
    [...ids].flatMap((id) => {
      const record = map.get(id);
      return record ? [link(record)] : [];
    });
  return ({ id: itemId, origin, links: sets }) => {
    const claimIds = new Set<string>(sets.claims);
    for (const claim of records.claims) {
      if ((origin === "event" && claim.events.includes(itemId)) || claim.votes.some((v) => sets.votes.has(v))) claimIds.add(claim.id);
    }
    for (const id of sets.sources) for (const claimId of sources.get(id)?.claims ?? []) claimIds.add(claimId);
    return {
      claims: pick(claimIds, claims, (c) => ({ id: c.id, label: c.text, href: c.url })),
      votes: pick(sets.votes, votes, (v) => ({ id: v.id, label: voteLabel(v), href: v.url })),
      sources: pick(sets.sources, sources, (s) => ({ id: s.id, label: s.title, href: s.url })),
      instruments: pick(sets.instruments, instruments, (i) => ({ id: i.id, label: i.shortName, href: i.url })),
      actors: pick(sets.actors, actors, (a) => ({ id: a.id, label: a.shortName ?? a.name, href: a.url })),
    };
  };
}

function voteLabel(vote: Pick<Vote, "symbol" | "body" | "tally">): string {
  return `${vote.symbol} (${VOTE_BODY_LABELS[vote.body]}, ${vote.tally ? formatTally(vote.tally) : "without a vote"})`;
}
