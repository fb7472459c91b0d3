import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { expect, test } from "@playwright/test";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const dist = process.env["E2E_DIST"] ?? "dist";
const factClaim = corpus.claims.find((c) => c.verdict && corpus.sources.find((s) => s.id === c.source)?.originalUrl);
const revised = corpus.sources.find((s) => s.revision);
if (!factClaim || !revised) throw new Error("corpus lacks a checked claim with an original URL, or a revised source");

test("every claim has a page at its url and an anchor on its source page", () => {
  const missing: string[] = [];
  const sourcePages = new Map<string, string>();
  for (const claim of corpus.claims) {
    if (!existsSync(path.join(dist, claim.url, "index.html"))) missing.push(`${claim.url} has no page`);
    const sourceUrl = corpus.sources.find((s) => s.id === claim.source)?.url ?? "";
    if (!sourcePages.has(sourceUrl)) sourcePages.set(sourceUrl, readFileSync(path.join(dist, sourceUrl, "index.html"), "utf8"));
    if (!sourcePages.get(sourceUrl)?.includes(`id="${claim.id}"`)) missing.push(`${sourceUrl} has no anchor #${claim.id}`);
  }
  expect(missing).toEqual([]);
});

test("a claim page shows the quote, source, locator, verdict and citations", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, factClaim.url);
  const source = corpus.sources.find((s) => s.id === factClaim.source);
  await expect(page.locator(".claim-card blockquote p")).toHaveText(factClaim.quote);
  await expect(page.locator(".claim-card .attribution")).toContainText(source?.title ?? "");
  await expect(page.locator(".claim-card .attribution")).toContainText(`¶${factClaim.locator.paragraph}`);
  await expect(page.locator(".verdict-box")).toBeVisible();
  expect(await page.locator(".verdict-box .citations li").count()).toBe(factClaim.verdict?.cites.length);
  const fragment = await page.getByRole("link", { name: "Open the original at the quote" }).getAttribute("href");
  expect(fragment).toContain("#:~:text=");
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("a claim page carries ClaimReview JSON-LD, Open Graph and a canonical URL", async ({ browser }) => {
  const { page, close } = await openPage(browser, factClaim.url);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
  expect(jsonLd["@type"]).toBe("ClaimReview");
  expect(jsonLd["claimReviewed"]).toBe(factClaim.text);
  expect((jsonLd["itemReviewed"] as Record<string, unknown>)["text"]).toBe(factClaim.quote);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(factClaim.text.replace(/\s+/gu, " "));
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`${factClaim.url}$`, "u"));
  await close();
});

test("the four citation formats parse", async ({ request }) => {
  const get = async (ext: string) => (await request.get(`${factClaim.url}cite.${ext}`)).text();
  const bib = new Cite(await get("bib")).data as { title: string; URL: string }[];
  expect(bib).toHaveLength(1);
  expect(bib[0]?.URL).toMatch(factClaim.url);
  const csl = new Cite(JSON.parse(await get("json"))).data as { title: string }[];
  expect(csl[0]?.title).toBe(bib[0]?.title);
  const ris = new Cite(await get("ris"), { forceType: "@ris/file" }).data as { title: string }[];
  expect(ris[0]?.title).toBe(bib[0]?.title);
  expect(await get("txt")).toContain(factClaim.url);
});

test("copy link copies the permalink", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(factClaim.url);
  await page.getByRole("button", { name: "Copy link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${factClaim.url}$`, "u"));
  await context.close();
});

test("claims index filters narrow the list and keep their state in the URL", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/claims/");
  const facts = corpus.claims.filter((c) => c.kind === "fact").length;
  await page.getByLabel("Kind").selectOption("fact");
  await expect(page).toHaveURL(/\?kind=fact$/u);
  await expect(page.locator(".claim-list > li:visible")).toHaveCount(facts);
  await page.reload();
  await expect(page.getByLabel("Kind")).toHaveValue("fact");
  await expect(page.locator(".claim-list > li:visible")).toHaveCount(facts);
  await page.getByLabel("Verdict").selectOption("inaccurate");
  const both = corpus.claims.filter((c) => c.kind === "fact" && c.verdict?.status === "inaccurate").length;
  await expect(page.locator(".claim-list > li:visible")).toHaveCount(both);
  await expect(page.locator(".filter-count")).toHaveText(`${both} of ${corpus.claims.length} claims`);
  await close();
});

test("claim anchors on a source page resolve and are highlighted", async ({ browser }) => {
  const claim = corpus.claims.find((c) => c.source === revised.id);
  const { page, close } = await openPage(browser, `${revised.url}#${claim?.id ?? ""}`);
  const card = page.locator(`#${claim?.id ?? ""}`);
  await expect(card).toBeInViewport();
  const outline = await card.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
  await close();
});

test("a revised source shows what was added, dropped and changed", async ({ browser }) => {
  const { page, close } = await openPage(browser, revised.url);
  const section = page.locator("section.revision");
  await expect(section.getByRole("heading", { name: `Added (${revised.revision?.added.length})` })).toBeVisible();
  await expect(section.getByRole("heading", { name: `Dropped (${revised.revision?.dropped.length})` })).toBeVisible();
  await expect(section.getByRole("heading", { name: `Changed (${revised.revision?.changed.length})` })).toBeVisible();
  await close();
});

const readingPages = [
  { url: factClaim.url, text: factClaim.quote },
  { url: revised.url, text: revised.title },
  { url: "/actors/rus/", text: "Russian Federation" },
  { url: corpus.instruments[0]?.url ?? "/", text: corpus.instruments[0]?.shortName ?? "" },
  { url: "/claims/", text: corpus.claims[0]?.quote ?? "" },
];

for (const { url, text } of readingPages) {
  test(`${url} reads with JavaScript off`, async ({ browser }) => {
    const { page, problems, close } = await openPage(browser, url, { javaScriptEnabled: false });
    await expect(page.locator("main")).toContainText(text);
    expect(problems.failedRequests).toEqual([]);
    await close();
  });
}

test("a claim page fits a 360 px screen and prints without navigation", async ({ browser }) => {
  const { page, close } = await openPage(browser, factClaim.url, { viewport: { width: 360, height: 740 } });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".claim-card")).toBeVisible();
  await close();
});

test("a state page lists its position on every vote and its treaties", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/actors/usa/");
  for (const vote of corpus.votes.filter((v) => v.positions["USA"])) {
    await expect(page.locator("main")).toContainText(vote.symbol);
  }
  await expect(page.locator("main")).toContainText("Budapest Convention");
  await close();
});
