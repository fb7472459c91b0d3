import { describe, expect, it } from "vitest";
import {
  itemsForActor,
  DAY_GROUPS_MAX,
  itemsForInstrument,
  sharedTimelineItems,
  timelineItems,
  type TimelineItem,
} from "../../../../src/charts/timeline/data.ts";
import { withRetiredIds } from "../../../../src/charts/timeline/retired.ts";
import { loadCorpus, type Corpus } from "../../../../src/corpus/index.ts";
import { claim, event, instrument, records, source, vote } from "./fixtures.ts";

const anchorsOf = (items: readonly TimelineItem[]): string[] => items.flatMap((i) => [i.id, ...i.aliases]);
const find = (items: readonly TimelineItem[], anchor: string): TimelineItem | undefined =>
  items.find((i) => i.id === anchor || i.aliases.includes(anchor));

describe("timeline items from the real corpus", async () => {
  const { corpus } = await loadCorpus();
  const real = corpus as Corpus;
  const items = timelineItems(real.data);

  it("holds every event exactly once, under its own id, in its lane and at its date", () => {
    for (const e of real.events()) {
      const matches = items.filter((i) => i.id === e.id);
      expect(matches, e.id).toHaveLength(1);
      expect(matches[0]).toMatchObject({ origin: "event", lane: e.lane, date: e.date, title: e.title });
    }
  });

  it("gives every anchor (item id or alias) to exactly one item", () => {
    const anchors = anchorsOf(items);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it("holds every vote, every instrument milestone and every source publication", () => {
    for (const v of real.votes())
      expect(
        find(items, `vote-${v.id}`)?.links.votes.map((l) => l.id),
        v.id,
      ).toContain(v.id);
    for (const inst of real.instruments()) {
      for (const d of inst.dates) {
        const found = find(items, `instrument-${inst.id}-${d.event}`);
        expect(found?.date, `${inst.id} ${d.event}`).toBe(d.date);
        expect(found?.links.instruments.map((l) => l.id)).toContain(inst.id);
      }
    }
    const recorded = (id: string) => real.events().some((e) => e.sources.includes(id));
    for (const s of real.sources()) {
      // A source whose page shows no date has no place on the time axis, unless an event records it.
      if (!s.published && !recorded(s.id)) {
        expect(find(items, `source-${s.id}`), s.id).toBeUndefined();
        continue;
      }
      expect(
        find(items, `source-${s.id}`)?.links.sources.map((l) => l.id),
        s.id,
      ).toContain(s.id);
    }
  });

  it("adds no publication item for a source an event already records", () => {
    for (const s of real.sources()) {
      const recorded = real.events().some((e) => e.sources.includes(s.id));
      const separate = items.some((i) => i.id === `source-${s.id}`);
      expect(recorded && separate, s.id).toBe(false);
      expect(
        items.filter((i) => i.links.sources.some((l) => l.id === s.id)),
        s.id,
      ).toHaveLength(s.published || recorded ? 1 : 0);
    }
  });

  it("keeps dates as authored, partial ones included, and sorts by date", () => {
    expect(items.some((i) => i.date.length === 4)).toBe(true);
    expect(items.some((i) => i.date.length === 7)).toBe(true);
    const keys = items.map((i) => i.date.padEnd(10, "-"));
    expect(keys).toEqual([...keys].sort());
  });

  it("puts Russia's drafts and the UN Convention in the UN lane and the Budapest milestones in the CoE lane", () => {
    expect(find(items, "instrument-russia-draft-2017-submitted")?.lane).toBe("un");
    expect(find(items, "instrument-russia-draft-2021-submitted")?.lane).toBe("un");
    expect(find(items, "instrument-un-cybercrime-convention-adopted")?.lane).toBe("un");
    expect(find(items, "instrument-budapest-convention-entry-into-force")?.lane).toBe("coe");
    expect(find(items, "vote-a-res-74-247")?.lane).toBe("un");
  });

  it("links an item to the claims about its votes and to the claims of its source", () => {
    const committee = find(items, "vote-a-c-3-74-l-11-rev-1");
    const expected = real
      .claims()
      .filter((c) => c.votes.includes("a-c-3-74-l-11-rev-1"))
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(committee?.links.claims.map((l) => l.id)).toEqual(expect.arrayContaining(expected));
    const sherman = find(items, "source-sherman-raymond-2019-monkey-cage");
    expect(sherman?.links.claims.map((l) => l.id)).toEqual(
      expect.arrayContaining(real.source("sherman-raymond-2019-monkey-cage").claims),
    );
  });
});

describe("status items", () => {
  const entry = (participant: string, signed?: string, ratified?: string) => ({
    participant,
    ...(signed ? { signed } : {}),
    ...(ratified ? { ratified } : {}),
    kind: ratified ? ("ratification" as const) : ("signature" as const),
    cites: [],
    verified: true,
    origin: { file: "x.md", line: 1 },
  });

  it("makes a signing ceremony recorded as a span one item, the event on its first day, linking every signatory", () => {
    const r = records();
    r.instruments.push(instrument("uncc", "coe", [["opened-for-signature", "2025-10-25"]]));
    r.events.push(event("ceremony", "2025-10-25", "un", { instruments: ["uncc"] }));
    r.statusLists.push({
      instrument: "uncc",
      entries: [entry("coe", "2025-10-25"), entry("t-cy", "2025-10-26"), entry("x", "2025-10-25/2025-10-26"), entry("y", "2025-11-19")],
    });
    const items = timelineItems(r);
    const ceremony = items.find((i) => i.id === "ceremony");
    expect(ceremony?.aliases).toContain("status-uncc-signed-2025-10-25--2025-10-26");
    expect(ceremony?.links.actors.map((a) => a.id).sort()).toEqual(expect.arrayContaining(["coe", "t-cy"]));
    // A later signature is its own item, on the instrument's lane, at its day.
    const later = items.find((i) => i.id === "status-uncc-signed-2025-11-19");
    expect(later).toMatchObject({ origin: "status", date: "2025-11-19" });
    expect(items.filter((i) => i.origin === "status")).toHaveLength(1);
  });

  it("groups one day's ratifications into one item", () => {
    const r = records();
    r.instruments.push(instrument("b", "coe", [["opened-for-signature", "2001-11-23"]]));
    r.statusLists.push({ instrument: "b", entries: [entry("coe", undefined, "2024-06-20"), entry("t-cy", undefined, "2024-06-20")] });
    const status = timelineItems(r).filter((i) => i.origin === "status");
    expect(status.map((i) => [i.id, i.title])).toEqual([["status-b-ratified-2024-06-20", "2 participants ratify or join the Instrument b"]]);
  });

  it("groups an act spread over more days than DAY_GROUPS_MAX by year, so the lane is not flooded", () => {
    const r = records();
    r.instruments.push(instrument("b", "coe", [["opened-for-signature", "2001-11-23"]]));
    const days = Array.from({ length: DAY_GROUPS_MAX + 1 }, (_, i) => `20${String(10 + Math.floor(i / 2)).padStart(2, "0")}-0${1 + (i % 2)}-15`);
    r.statusLists.push({ instrument: "b", entries: days.map((day, i) => entry(`p${i}`, undefined, day)) });
    const status = timelineItems(r).filter((i) => i.origin === "status");
    expect(status.map((i) => i.date)).toEqual([...new Set(days.map((d) => d.slice(0, 4)))]);
    expect(status[0]?.title).toBe("2 participants ratify or join the Instrument b in 2010");
  });
});

describe("derived items", () => {
  it("makes a vote no event records its own item in the UN lane, with its claims and sponsors", () => {
    const r = records();
    r.votes.push(vote("a-res-1", "2019-12-27"));
    r.claims.push(claim("about-vote", { votes: ["a-res-1"] }), claim("unrelated"));
    const [only] = timelineItems(r);
    expect(only).toMatchObject({ id: "vote-a-res-1", origin: "vote", lane: "un", date: "2019-12-27", aliases: [] });
    expect(only?.links.claims.map((l) => l.id)).toEqual(["about-vote"]);
    expect(only?.links.actors.map((l) => l.id)).toEqual(["rus"]);
    expect(only?.links.votes[0]?.label).toBe("A-RES-1 (General Assembly plenary, 79-60-33)");
  });

  it("merges a vote into the event that lists it on the same date, and only then", () => {
    const r = records();
    r.votes.push(vote("a-res-1", "2019-12-27"), vote("a-res-2", "2019-12"));
    r.events.push(
      event("same-day", "2019-12-27", "un", { votes: ["a-res-1"] }),
      event("month-earlier", "2019-11", "un", { votes: ["a-res-2"] }),
    );
    const items = timelineItems(r);
    expect(items.map((i) => i.id)).toEqual(["month-earlier", "vote-a-res-2", "same-day"]);
    expect(find(items, "vote-a-res-1")?.id).toBe("same-day");
  });

  it("chooses a milestone's lane by the organisation behind the instrument", () => {
    const r = records();
    r.instruments.push(
      instrument("coe-treaty", "coe", [["adopted", "2001-11-08"]]),
      instrument("tcy-text", "t-cy", [["adopted", "2021-05"]]),
      instrument("un-treaty", "unga", [["adopted", "2024-12-24"]]),
      instrument("draft", "rus", [["submitted", "2017"]], "draft-convention"),
      instrument("au-treaty", "african-union", [
        ["adopted", "2014-06-27"],
        ["entry-into-force", "2023-06-08"],
      ]),
    );
    const lanes = Object.fromEntries(timelineItems(r).map((i) => [i.id, i.lane]));
    expect(lanes).toEqual({
      "instrument-coe-treaty-adopted": "coe",
      "instrument-tcy-text-adopted": "coe",
      "instrument-un-treaty-adopted": "un",
      "instrument-draft-submitted": "un",
      "instrument-au-treaty-adopted": "regional",
      "instrument-au-treaty-entry-into-force": "regional",
    });
  });

  it("names a milestone in words and keeps two milestones of the same kind apart", () => {
    const r = records();
    r.instruments.push(
      instrument("deal", "african-union", [
        ["signed", "2009-06-16"],
        ["signed", "2010"],
      ]),
    );
    const items = timelineItems(r);
    expect(items.map((i) => [i.id, i.title, i.milestones])).toEqual([
      ["instrument-deal-signed", "Instrument deal signed", ["Instrument deal signed"]],
      ["instrument-deal-signed-2010", "Instrument deal signed", ["Instrument deal signed"]],
    ]);
  });

  it("merges a milestone into an event that lists the instrument on the same date, and says so", () => {
    const r = records();
    r.instruments.push(instrument("coe-treaty", "coe", [["entry-into-force", "2004-07-01"]]));
    r.events.push(event("in-force", "2004-07-01", "coe", { instruments: ["coe-treaty"] }));
    const items = timelineItems(r);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: "in-force",
      aliases: ["instrument-coe-treaty-entry-into-force"],
      milestones: ["Instrument coe-treaty enters into force"],
    });
  });

  it("makes a source's publication an item unless an event lists the source", () => {
    const r = records();
    r.sources.push(source("listed", "2019-12-03", ["c1"]), source("unlisted", "2021", ["c2"]));
    r.claims.push(claim("c1"), claim("c2"));
    r.events.push(event("publication", "2019-12-03", "commentary", { sources: ["listed"] }));
    const items = timelineItems(r);
    expect(items.map((i) => i.id)).toEqual(["publication", "source-unlisted"]);
    expect(items[0]).toMatchObject({ aliases: ["source-listed"] });
    expect(items[0]?.links.claims.map((l) => l.id)).toEqual(["c1"]);
    expect(items[1]).toMatchObject({
      origin: "publication",
      lane: "commentary",
      date: "2021",
      title: "Jane Doe, “Title of unlisted” (The Outlet)",
    });
    expect(items[1]?.links.actors.map((l) => l.id)).toEqual(["jane-doe"]);
  });

  it("links an event to the claims that name it", () => {
    const r = records();
    r.events.push(event("e1", "2020", "national"));
    r.claims.push(claim("names-e1", { events: ["e1"] }), claim("other"));
    expect(timelineItems(r)[0]?.links.claims.map((l) => l.id)).toEqual(["names-e1"]);
  });

  it("puts the claims that name an event first and counts them: only the timeline lists them", () => {
    const r = records();
    r.votes.push(vote("a-res-1", "2019-12-27"));
    r.sources.push(source("s1", "2019-12-03", ["from-source"]));
    r.events.push(event("e1", "2019-12-27", "un", { votes: ["a-res-1"], sources: ["s1"] }));
    // Corpus order puts the vote's claim before the one naming the event.
    r.claims.push(claim("about-vote", { votes: ["a-res-1"] }), claim("names-e1", { events: ["e1"] }), claim("from-source"));
    const [e1] = timelineItems(r);
    expect(e1?.links.claims.map((l) => l.id)).toEqual(["names-e1", "about-vote", "from-source"]);
    expect(e1?.ownClaims).toBe(1);
  });

  it("counts no claims of its own on an item made from a vote or a source", () => {
    const r = records();
    r.votes.push(vote("a-res-1", "2019-12-27"));
    r.claims.push(claim("about-vote", { votes: ["a-res-1"] }));
    expect(timelineItems(r)[0]).toMatchObject({ id: "vote-a-res-1", ownClaims: 0 });
  });

  it("filters items for an actor page and an instrument page", () => {
    const r = records();
    r.instruments.push(instrument("coe-treaty", "coe", [["adopted", "2001"]]));
    r.events.push(event("e1", "2019", "un", { actors: ["rus"] }), event("e2", "2020", "coe", { instruments: ["coe-treaty"] }));
    const items = timelineItems(r);
    expect(itemsForActor(items, "rus").map((i) => i.id)).toEqual(["e1"]);
    expect(itemsForInstrument(items, "coe-treaty").map((i) => i.id)).toEqual(["instrument-coe-treaty-adopted", "e2"]);
    expect(itemsForActor(items, "nobody")).toEqual([]);
  });
});

describe("retired ids", () => {
  it("keep their anchors on the item that replaced them", () => {
    const r = records();
    r.votes.push(vote("a-res-2", "2019-12-27"));
    r.sources.push(source("new-source", "2021"));
    r.instruments.push(
      instrument("new-treaty", "coe", [
        ["adopted", "2001-11-08"],
        ["entry-into-force", "2004-07-01"],
      ]),
      instrument("new-treaty-rev", "coe", [["adopted", "2010"]]),
    );
    r.events.push(event("new-event", "2019-12-27", "un", { votes: ["a-res-2"] }));
    const items = withRetiredIds(timelineItems(r), [
      { type: "events", from: "old-event", to: "new-event" },
      { type: "votes", from: "a-res-1", to: "a-res-2" },
      { type: "sources", from: "old-source", to: "new-source" },
      { type: "instruments", from: "old-treaty", to: "new-treaty" },
      { type: "claims", from: "old-claim", to: "new-claim" },
      { type: "events", from: "gone", to: "not-an-item" },
    ]);
    expect(find(items, "old-event")?.id).toBe("new-event");
    expect(find(items, "vote-a-res-1")?.id).toBe("new-event");
    expect(find(items, "source-old-source")?.id).toBe("source-new-source");
    expect(find(items, "instrument-old-treaty-adopted")?.id).toBe("instrument-new-treaty-adopted");
    expect(find(items, "instrument-old-treaty-entry-into-force")?.id).toBe("instrument-new-treaty-entry-into-force");
    expect(find(items, "instrument-old-treaty-rev-adopted")).toBeUndefined();
    const anchors = anchorsOf(items);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).not.toContain("old-claim");
    expect(anchors).not.toContain("gone");
  });
});

describe("shared items", () => {
  it("are computed once per set of records", () => {
    const r = records();
    r.events.push(event("e1", "2019", "un"));
    expect(sharedTimelineItems(r)).toBe(sharedTimelineItems(r));
    expect(sharedTimelineItems(r)).toEqual(timelineItems(r));
    expect(sharedTimelineItems(records())).toEqual([]);
  });
});
