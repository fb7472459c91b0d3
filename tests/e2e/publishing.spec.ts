/**
 * Discovery and follow-up on the built site: the sitemap lists every page
 * meant to be found (with a lastmod from the records), robots.txt names it, every page announces the feeds, each
 * feed and data file it links is there, and the corrections page is reached
 * from the corpus version in every footer.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { dateStart } from "../../src/corpus/dates.ts";
import { builtPages, DIST_DIR, distFiles, isRedirect, readPage } from "./quality/built-site.ts";

/** The latest date in corpus.json (any `date`, `published`, `asOf` or `since` field): no lastmod may pass it. */
function latestRecordDate(): string {
  const dates = [...read("data/corpus.json").matchAll(/"(?:date|published|asOf|since)": "(\d{4}(?:-\d{2}(?:-\d{2})?)?)"/gu)].map((m) => dateStart(m[1] ?? ""));
  return dates.sort().at(-1) ?? "";
}

const read = (file: string) => readFileSync(path.join(DIST_DIR, file), "utf8");
const xml = new XMLParser({ isArray: (name) => ["url", "sitemap"].includes(name) });

test("the sitemap lists every built page but the embeds, the redirects and the 404 page", () => {
  const index = read("sitemap-index.xml");
  expect(XMLValidator.validate(index)).toBe(true);
  const files = (xml.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map((s) => new URL(s.loc).pathname.slice(1));
  const listed = new Map<string, string>();
  for (const file of files) {
    const text = read(file);
    expect(XMLValidator.validate(text), file).toBe(true);
    for (const url of (xml.parse(text) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url)
      listed.set(new URL(url.loc).pathname, url.lastmod ?? "");
  }
  const expected = builtPages()
    .filter((p) => p.url.endsWith("/") && p.route !== "embed" && !isRedirect(p))
    .map((p) => p.url)
    .sort();
  expect([...listed.keys()].sort()).toEqual(expected);
  for (const [url, lastmod] of listed) expect(lastmod, url).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/u);
  // A claim page's lastmod is its source's publication or a later correction: never the build's day.
  const corpus = JSON.parse(read("data/corpus.json")) as { claims: { url: string; source: string }[]; sources: { id: string; published: string }[] };
  const claim = corpus.claims[0];
  const published = corpus.sources.find((s) => s.id === claim?.source)?.published ?? "";
  expect(Date.parse(listed.get(claim?.url ?? "") ?? "")).toBeGreaterThanOrEqual(Date.parse(`${dateStart(published)}T00:00:00Z`));
  // Nothing in the sitemap is dated later than the latest date any record carries.
  const latest = Math.max(...[...listed.values()].map((d) => Date.parse(d)));
  expect(latest).toBeLessThanOrEqual(Date.parse(`${dateStart(latestRecordDate())}T00:00:00Z`));
});

test("robots.txt names the sitemap; the embeds, left crawlable, keep out of search by their own noindex", () => {
  const robots = read("robots.txt");
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/mu);
  expect(robots).not.toMatch(/^Disallow: \/./mu);
  const embed = builtPages().find((p) => p.route === "embed");
  expect(embed).toBeDefined();
  if (embed) expect(readPage(embed)).toMatch(/<meta name="robots" content="noindex"/u);
});

test("every page announces the site's feeds, and instrument and state pages their own; each feed is there and well-formed", () => {
  const announced = new Set<string>();
  for (const page of builtPages()) {
    // Embeds are a chart alone inside other sites' pages, not pages of the site.
    if (page.route === "404" || page.route === "embed" || isRedirect(page)) continue;
    const html = readPage(page);
    const links = [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/gu)].map((m) => m[1] ?? "");
    expect(links, page.url).toEqual(expect.arrayContaining(["/feeds/claims.xml", "/feeds/timeline.xml"]));
    // Every instrument and every state has a feed (states: the actors with one), and its page announces it.
    const own = /^\/(instruments|actors)\/[^/]+\/$/u.test(page.url) && existsSync(path.join(DIST_DIR, `${page.url}feed.xml`));
    if (page.url.startsWith("/instruments/") && /^\/instruments\/[^/]+\/$/u.test(page.url)) expect(own, page.url).toBe(true);
    if (own) expect(links, page.url).toContain(`${page.url}feed.xml`);
    for (const link of links) announced.add(link);
  }
  const feeds = distFiles().filter((f) => f.endsWith(".xml") && !f.startsWith("sitemap"));
  expect(feeds.length).toBeGreaterThan(2);
  for (const link of announced) expect(existsSync(path.join(DIST_DIR, link)), link).toBe(true);
  for (const feed of feeds) expect(XMLValidator.validate(read(feed)), feed).toBe(true);
  expect(existsSync(path.join(DIST_DIR, "actors/rus/feed.xml"))).toBe(true);
  expect(existsSync(path.join(DIST_DIR, "instruments/budapest-convention/feed.xml"))).toBe(true);
});

test("the data package names files that are all served", async ({ request }) => {
  const response = await request.get("/data/datapackage.json");
  expect(response.ok()).toBe(true);
  const descriptor = (await response.json()) as { version: string; resources: { path: string }[] };
  for (const resource of descriptor.resources) {
    const csv = await request.get(`/data/${resource.path}`);
    expect(csv.ok(), resource.path).toBe(true);
  }
  const corpus = (await (await request.get("/data/corpus.json")).json()) as { version: string };
  expect(descriptor.version).toBe(corpus.version);
});

test("the corpus version in the footer leads to the change summary and the corrections log", async ({ page }) => {
  await page.goto("/votes/a-res-74-247/");
  await page.getByRole("contentinfo").getByRole("link", { name: /Corpus version/u }).click();
  await expect(page).toHaveURL(/\/corrections\/#changes$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections");
  await expect(page.getByRole("heading", { name: "Change summary" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Log" })).toBeVisible();
});
