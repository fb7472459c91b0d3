import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCorpus, loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { dateStart } from "../../../src/corpus/dates.ts";
import { atomFeed } from "../../../src/lib/feeds/atom.ts";
import { actorFeed, claimsFeed, FEED_PATHS, feedIndex, instrumentFeed, timelineFeed, type FeedSpec } from "../../../src/lib/feeds/entries.ts";
import { goodFiles, goodTexts } from "../../fixtures/harness.ts";

const SITE = new URL("https://atlas.example/");

async function realCorpus(): Promise<Corpus> {
  const { corpus, diagnostics } = await loadCorpus(undefined, { texts: null });
  if (!corpus) throw new Error(`content has errors: ${diagnostics.length}`);
  return corpus;
}

function specOf(corpus: Corpus, path: string): FeedSpec {
  if (path === FEED_PATHS.claims) return claimsFeed(corpus);
  if (path === FEED_PATHS.timeline) return timelineFeed(corpus);
  const [, type, id = ""] = path.split("/");
  return type === "instruments" ? instrumentFeed(corpus, id) : actorFeed(corpus, id);
}

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "author"].includes(name) });

type AtomLink = { "@_rel"?: string; "@_href": string };
interface AtomEntry {
  id?: string;
  title?: unknown;
  updated?: string;
  published?: string;
  link?: AtomLink[];
}
interface AtomDoc {
  feed: { id?: string; title?: string; updated?: string; author?: { name?: string }[]; link?: AtomLink[]; entry?: AtomEntry[] };
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/u;

describe("Atom feeds of the real corpus", () => {
  let corpus: Corpus;
  let feeds: { path: string; text: string }[];
  beforeAll(async () => {
    corpus = await realCorpus();
    feeds = feedIndex(corpus).map(({ path }) => ({ path, text: atomFeed(specOf(corpus, path), SITE) }));
  });

  it("include the claims and timeline feeds, one per instrument and one per state", () => {
    const paths = feeds.map((f) => f.path);
    expect(paths).toContain("/feeds/claims.xml");
    expect(paths).toContain("/feeds/timeline.xml");
    for (const i of corpus.instruments()) expect(paths).toContain(`/instruments/${i.id}/feed.xml`);
    for (const s of corpus.states()) expect(paths).toContain(`/actors/${s.id}/feed.xml`);
  });

  it("are well-formed XML with every element RFC 4287 requires", () => {
    for (const { path, text } of feeds) {
      expect(XMLValidator.validate(text), path).toBe(true);
      const { feed } = xml.parse(text) as AtomDoc;
      expect(feed.id, path).toBe(new URL(path, SITE).href);
      expect(feed.title, path).toBeTruthy();
      expect(feed.updated, path).toMatch(RFC3339);
      // The feed's author stands for every entry's (4.1.1: an entry needs one, or the feed does).
      expect(feed.author?.[0]?.name, path).toBeTruthy();
      expect(feed.link?.find((l) => l["@_rel"] === "self")?.["@_href"], path).toBe(new URL(path, SITE).href);
      const ids = new Set<string>();
      for (const entry of feed.entry ?? []) {
        expect(entry.id, path).toMatch(/^https:\/\/atlas\.example\//u);
        expect(entry.title, path).toBeTruthy();
        expect(entry.updated, path).toMatch(RFC3339);
        expect(entry.link?.[0]?.["@_href"], path).toMatch(/^https:\/\/atlas\.example\//u);
        expect(ids.has(entry.id ?? ""), `${path}: duplicate id ${entry.id}`).toBe(false);
        ids.add(entry.id ?? "");
        // `updated` is the latest change: never before the entry was published, never after the feed's own.
        expect(Date.parse(entry.updated ?? "")).toBeGreaterThanOrEqual(Date.parse(entry.published ?? ""));
        expect(Date.parse(entry.updated ?? "")).toBeLessThanOrEqual(Date.parse(feed.updated ?? ""));
      }
    }
  });

  it("parse with a feed reader's parser, with their entries in place", () => {
    for (const { path, text } of feeds) {
      const parsed = parseFeed(text);
      expect(parsed.meta.type, path).toBe("atom");
      expect(parsed.self, path).toBe(new URL(path, SITE).href);
      expect(parsed.updated, path).toBeInstanceOf(Date);
      for (const item of parsed.items) {
        expect(item.id, path).toBeTruthy();
        expect(item.url, path).toBeTruthy();
        expect(item.updated, path).toBeInstanceOf(Date);
      }
    }
    const claims = parseFeed(feeds.find((f) => f.path === FEED_PATHS.claims)?.text ?? "");
    expect(claims.items.length).toBe(Math.min(100, corpus.claims().length));
    const timeline = parseFeed(feeds.find((f) => f.path === FEED_PATHS.timeline)?.text ?? "");
    // The treaty-status items: signatures and ratifications are timeline entries.
    expect(timeline.items.some((item) => /\/timeline\/#status-/u.test(item.url ?? ""))).toBe(true);
  });

  it("carry a state's recorded votes and acts in its feed", () => {
    const rus = parseFeed(atomFeed(actorFeed(corpus, "rus"), SITE));
    const voted = corpus.votesOfState("RUS").filter((v) => v.position).length;
    expect(voted).toBeGreaterThan(0);
    expect(rus.items.filter((item) => /#vote-/u.test(item.id ?? "")).length).toBe(voted);
  });
});

describe("reproducibility", () => {
  afterEach(() => vi.useRealTimers());

  it("gives byte-identical feeds for the same content, whatever the clock says", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-05-05T12:00:00Z"));
    const first = await realCorpus();
    const a = feedIndex(first).map(({ path }) => atomFeed(specOf(first, path), SITE));
    vi.setSystemTime(new Date("2031-06-06T18:30:00Z"));
    const second = await realCorpus();
    const b = feedIndex(second).map(({ path }) => atomFeed(specOf(second, path), SITE));
    expect(b).toEqual(a);
    expect(a.join("")).not.toMatch(/2030-05-05|2031-06-06/u);
  });
});

describe("a corrected claim", () => {
  it("comes back in the claims feed as the same entry, updated on the correction's day", () => {
    const { corpus } = buildCorpus(goodFiles(), { texts: goodTexts() });
    if (!corpus) throw new Error("good fixture failed");
    const correction = corpus.corrections()[0];
    expect(correction?.claim).toBe("plenary-vote-tally");
    const feed = parseFeed(atomFeed(claimsFeed(corpus), SITE));
    const entry = feed.items.find((item) => item.id === "https://atlas.example/claims/plenary-vote-tally/");
    expect(entry?.title).toMatch(/^Corrected: /u);
    expect(entry?.updated?.toISOString().slice(0, 10)).toBe(correction?.date);
    // A source dated to the month is published on the month's first day.
    expect(entry?.published?.toISOString().slice(0, 10)).toBe(dateStart(corpus.source(corpus.claim("plenary-vote-tally").source).published ?? ""));
    // Newest first: the correction makes it the latest entry.
    expect(feed.items[0]?.id).toBe(entry?.id);
  });
});
