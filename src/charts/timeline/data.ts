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
import type { Actor, Claim, Instrument, Source, StatusList, TimelineEvent, Vote } from "../../corpus/index.ts";
import { compareDates, dateEnd, dateStart, isInterval } from "../../corpus/dates.ts";
import { hasSigned, isPartyKind } from "../../corpus/status.ts";
import { authorLine } from "../../lib/format.ts";
import { linkResolver, type LinkSets } from "./links.ts";

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

export const MILESTONE_EVENTS = Object.keys(MILESTONE_VERBS) as MilestoneEvent[];

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
  origin: "event" | "vote" | "milestone" | "publication" | "status";
  title: string;
  /** As authored: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  lane: Lane;
  /** The event's description (sanitised HTML), when the item is an event. */
  html?: string;
  /** Instrument milestones this item marks, e.g. "Budapest Convention enters into force". */
  milestones: string[];
  links: { claims: Link[]; votes: Link[]; sources: Link[]; instruments: Link[]; actors: Link[] };
  /**
   * How many of `links.claims`, from the first, name this item itself; the
   * others are about its votes or come from its sources, whose pages list them.
   */
  ownClaims: number;
}

/** The records the timeline reads: a structural subset of the corpus data. */
export interface TimelineRecords {
  events: readonly Pick<
    TimelineEvent,
    "id" | "title" | "date" | "lane" | "actors" | "instruments" | "votes" | "sources" | "html"
  >[];
  votes: readonly Pick<Vote, "id" | "url" | "symbol" | "title" | "body" | "date" | "tally" | "sponsors" | "instruments">[];
  instruments: readonly Pick<Instrument, "id" | "url" | "shortName" | "kind" | "organisation" | "dates">[];
  sources: readonly Pick<Source, "id" | "url" | "title" | "authors" | "outlet" | "published" | "claims">[];
  claims: readonly Pick<Claim, "id" | "url" | "text" | "votes" | "events">[];
  actors: readonly Pick<Actor, "id" | "url" | "name" | "shortName" | "kind" | "affiliations">[];
  /** Signatures and ratifications; optional so that a subset of records can still be drawn. */
  statusLists?: readonly Pick<StatusList, "instrument" | "entries">[];
}

type Draft = Omit<TimelineItem, "links" | "ownClaims"> & { links: LinkSets };

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

  const actorsById = new Map(records.actors.map((a) => [a.id, a]));
  for (const instrument of records.instruments) {
    const lane = milestoneLane(instrument, actorsById.get(instrument.organisation));
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

  const instrumentsById = new Map(records.instruments.map((i) => [i.id, i]));
  for (const list of records.statusLists ?? []) {
    const instrument = instrumentsById.get(list.instrument);
    if (!instrument) continue;
    const lane = milestoneLane(instrument, actorsById.get(instrument.organisation));
    for (const group of statusGroups(list)) {
      const derived = { instruments: [instrument.id], actors: group.participants };
      const verbs = group.act === "signed" ? ["signs", "sign"] : ["ratifies or joins", "ratify or join"];
      const id = `status-${instrument.id}-${group.act}-${group.date.replace("/", "--")}`;
      // A ceremony the list records as a span (Hanoi, 25–26 October 2025) is one item: the event or milestone on its first day.
      const ceremony = drafts.find((d) => d.links.instruments.has(instrument.id) && (d.origin === "event" || d.origin === "milestone") && group.within.includes(d.date));
      if (ceremony) {
        merge(ceremony, id, derived);
        continue;
      }
      const who = group.participants.length === 1 ? (actorsById.get(group.participants[0] ?? "")?.name ?? group.participants[0]) : `${group.participants.length} participants`;
      const title = `${who} ${group.participants.length === 1 ? verbs[0] : verbs[1]} the ${instrument.shortName}${group.date.length === 4 ? ` in ${group.date}` : ""}`;
      drafts.push(derivedDraft(id, "status", title, group.date, lane, derived));
    }
  }

  for (const source of records.sources) {
    const authors = source.authors.flatMap((a) => (a.actor ? [a.actor] : []));
    const derived = { sources: [source.id], actors: authors };
    const event = recording((d) => d.links.sources.has(source.id));
    if (event) merge(event, `source-${source.id}`, derived);
    // A source whose page shows no date has no place on a time axis; its page and the source index list it.
    else if (source.published)
      drafts.push(
        derivedDraft(
          `source-${source.id}`,
          "publication",
          `${authorLine(source.authors)}, “${source.title}” (${source.outlet})`,
          source.published,
          "commentary",
          derived,
        ),
      );
  }

  const resolveLinks = linkResolver(records);
  return drafts
    .map((draft) => ({ ...draft, ...resolveLinks(draft) }))
    .sort((a, b) => compareDates(a.date, b.date) || LANES.indexOf(a.lane) - LANES.indexOf(b.lane) || a.id.localeCompare(b.id));
}

interface StatusGroup {
  act: "signed" | "ratified";
  /** The date as recorded: a day, a partial date or a span. */
  date: string;
  participants: string[];
  /** Days an item must fall on to be this group's ceremony: the span's first day, or the day itself. */
  within: string[];
}

/**
 * A list's dated signatures and ratifications, one group per act and date
 * (so one day's signatures are one item). Signatures inside a span the list
 * records (a ceremony whose day is unknown for some signatories) join the
 * span's group, so the ceremony stays one item.
 */
export function statusGroups(list: Pick<StatusList, "entries">): StatusGroup[] {
  const byDay = groupsByDate(list);
  // An act spread over more than DAY_GROUPS_MAX days (the Budapest Convention's twenty years of ratifications) would flood its
  // lane with one mark per day; that act is grouped by year instead, the year being all the item's date then claims.
  const crowded = new Set((["signed", "ratified"] as const).filter((act) => byDay.filter((g) => g.act === act).length > DAY_GROUPS_MAX));
  if (crowded.size === 0) return byDay;
  const years = new Map<string, StatusGroup>();
  const kept: StatusGroup[] = [];
  for (const group of byDay) {
    if (!crowded.has(group.act)) {
      kept.push(group);
      continue;
    }
    const year = group.date.slice(0, 4);
    const key = `${group.act} ${year}`;
    const merged = years.get(key) ?? { act: group.act, date: year, participants: [], within: [] };
    merged.participants.push(...group.participants);
    merged.within.push(...group.within);
    years.set(key, merged);
  }
  return [...kept, ...years.values()];
}

/** More days than this for one act of one instrument, and the act is grouped by year on the timeline. */
export const DAY_GROUPS_MAX = 12;

function groupsByDate(list: Pick<StatusList, "entries">): StatusGroup[] {
  const spans = [...new Set(list.entries.flatMap((e) => (e.signed && isInterval(e.signed) ? [e.signed] : [])))];
  const groups = new Map<string, StatusGroup>();
  const add = (act: StatusGroup["act"], date: string, participant: string) => {
    const span = act === "signed" ? spans.find((s) => dateStart(date) >= dateStart(s) && dateEnd(date) <= dateEnd(s)) : undefined;
    const key = `${act} ${span ?? date}`;
    const recorded = span ?? date;
    const group = groups.get(key) ?? { act, date: recorded, participants: [], within: [recorded.split("/")[0] ?? recorded] };
    group.participants.push(participant);
    groups.set(key, group);
  };
  for (const e of list.entries) {
    if (e.signed && hasSigned(e)) add("signed", e.signed, e.participant);
    if (e.ratified && isPartyKind(e.kind)) add("ratified", e.ratified, e.participant);
  }
  return [...groups.values()];
}

const cache = new WeakMap<TimelineRecords, readonly TimelineItem[]>();

/** timelineItems, computed once per corpus: every actor and instrument page filters the same list. */
export function sharedTimelineItems(records: TimelineRecords): readonly TimelineItem[] {
  const cached = cache.get(records);
  if (cached) return cached;
  const items = timelineItems(records);
  cache.set(records, items);
  return items;
}

/**
 * The claims an item's entry in the list shows: all that name the item, and
 * the first few of those its votes and sources bring, since their own pages
 * list them all. Listing every one made /timeline/ grow with the corpus
 * (746 KiB compressed at 10,000 claims, against a 200 KiB page budget).
 */
export const CLAIMS_SHOWN = 2;

export function shownClaims(item: Pick<TimelineItem, "links" | "ownClaims">): Link[] {
  return item.links.claims.slice(0, Math.max(CLAIMS_SHOWN, item.ownClaims));
}

/** Items that name an actor (as a participant, sponsor, author or organisation). */
export function itemsForActor(items: readonly TimelineItem[], actorId: string): TimelineItem[] {
  return items.filter((item) => item.links.actors.some((a) => a.id === actorId));
}

export function itemsForInstrument(items: readonly TimelineItem[], instrumentId: string): TimelineItem[] {
  return items.filter((item) => item.links.instruments.some((i) => i.id === instrumentId));
}

/**
 * The lane of an instrument's milestones, by the organisation that adopted or
 * received it: the Council of Europe (or one of its bodies), the UN (any UN
 * body; drafts such as Russia's are proposals to the UN), else regional.
 */
function milestoneLane(
  instrument: Pick<Instrument, "organisation" | "kind">,
  organisation: Pick<Actor, "id" | "kind" | "affiliations"> | undefined,
): Lane {
  if (instrument.organisation === "coe" || organisation?.affiliations.includes("coe")) return "coe";
  if (instrument.kind === "draft-convention" || organisation?.kind === "un-body" || instrument.organisation === "un") return "un";
  return "regional";
}

type LinkIds = Partial<Record<keyof TimelineItem["links"], readonly string[]>>;

function linkSets(ids: LinkIds): Draft["links"] {
  return {
    claims: new Set(ids.claims),
    votes: new Set(ids.votes),
    sources: new Set(ids.sources),
    instruments: new Set(ids.instruments),
    actors: new Set(ids.actors),
  };
}

function derivedDraft(id: string, origin: Draft["origin"], title: string, date: string, lane: Lane, ids: LinkIds): Draft {
  return { id, aliases: [], origin, title, date, lane, milestones: [], links: linkSets(ids) };
}

function merge(event: Draft, alias: string, ids: LinkIds): void {
  event.aliases.push(alias);
  for (const [kind, list] of Object.entries(ids) as [keyof Draft["links"], readonly string[]][])
    for (const id of list) event.links[kind].add(id);
}
