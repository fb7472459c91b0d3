/** Small, hand-made inputs for the timeline tests. */
import type { Lane, TimelineItem, TimelineRecords } from "../../../../src/charts/timeline/data.ts";

type Records = { -readonly [K in keyof TimelineRecords]-?: NonNullable<TimelineRecords[K]>[number][] };

export function item(id: string, date: string, lane: Lane = "un", title = `Item ${id}`): TimelineItem {
  return {
    id,
    aliases: [],
    origin: "event",
    title,
    date,
    lane,
    milestones: [],
    links: { claims: [], votes: [], sources: [], instruments: [], actors: [] },
    ownClaims: 0,
  };
}

/** A corpus in miniature: each test adds the records it is about. */
export function records(): Records {
  return {
    events: [],
    votes: [],
    instruments: [],
    sources: [],
    claims: [],
    statusLists: [],
    actors: [
      { id: "coe", url: "/actors/coe/", name: "Council of Europe", shortName: "CoE", kind: "organisation", affiliations: [] },
      {
        id: "t-cy",
        url: "/actors/t-cy/",
        name: "Cybercrime Convention Committee",
        shortName: "T-CY",
        kind: "organisation",
        affiliations: ["coe"],
      },
      {
        id: "unga",
        url: "/actors/unga/",
        name: "United Nations General Assembly",
        shortName: "UNGA",
        kind: "un-body",
        affiliations: [],
      },
      {
        id: "african-union",
        url: "/actors/african-union/",
        name: "African Union",
        shortName: "AU",
        kind: "organisation",
        affiliations: [],
      },
      { id: "rus", url: "/actors/rus/", name: "Russian Federation", kind: "state", affiliations: [] },
      { id: "jane-doe", url: "/actors/jane-doe/", name: "Jane Doe", kind: "person", affiliations: [] },
    ],
  };
}

export function event(
  id: string,
  date: string,
  lane: Lane,
  links: Partial<Pick<TimelineRecords["events"][number], "actors" | "instruments" | "votes" | "sources">> = {},
): Records["events"][number] {
  return {
    id,
    title: `Event ${id}`,
    date,
    lane,
    actors: [],
    instruments: [],
    votes: [],
    sources: [],
    html: `<p>About ${id}.</p>`,
    ...links,
  };
}

export function vote(id: string, date: string, extra: Partial<Records["votes"][number]> = {}): Records["votes"][number] {
  return {
    id,
    url: `/votes/${id}/`,
    symbol: id.toUpperCase(),
    title: `Resolution ${id}`,
    body: "ga-plenary",
    date,
    tally: { yes: 79, no: 60, abstain: 33, nonVoting: 21 },
    sponsors: ["rus"],
    instruments: [],
    ...extra,
  };
}

export function instrument(
  id: string,
  organisation: string,
  dates: [string, string][],
  kind: Records["instruments"][number]["kind"] = "convention",
): Records["instruments"][number] {
  return {
    id,
    url: `/instruments/${id}/`,
    shortName: `Instrument ${id}`,
    kind,
    organisation,
    dates: dates.map(([eventName, date]) => ({
      event: eventName as Records["instruments"][number]["dates"][number]["event"],
      date,
      cites: ["c"],
      verified: true,
    })),
  };
}

export function source(id: string, published: string, claims: string[] = []): Records["sources"][number] {
  return {
    id,
    url: `/sources/${id}/`,
    title: `Title of ${id}`,
    authors: [{ name: "Jane Doe", actor: "jane-doe" }],
    outlet: "The Outlet",
    published,
    claims,
  };
}

export function claim(id: string, extra: Partial<Records["claims"][number]> = {}): Records["claims"][number] {
  return { id, url: `/claims/${id}/`, text: `Claim ${id}.`, votes: [], events: [], ...extra };
}
