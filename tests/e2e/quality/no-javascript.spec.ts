/**
 * With JavaScript off, one page of every template (templates.ts, whose
 * coverage test makes a new route join the day it appears) renders its content, visibly, with
 * no console error or failed request. For the record pages, "its content" is
 * checked against the published corpus: the quote, every claim anchor, every
 * compare cell, every timeline event, every record on an index.
 */
import { expect, test, type Page } from "@playwright/test";
import type { CorpusData } from "../../../src/corpus/index.ts";
import { openPage, publishedCorpus } from "../helpers.ts";
import { builtPages, type BuiltPage } from "./built-site.ts";
import { onePerTemplate, templateOf, TEMPLATES } from "./templates.ts";

const corpus = publishedCorpus();

/** The largest page of each template under the gate (templates.ts), and a state's page (the richest actor page). */
function pagesToOpen(): BuiltPage[] {
  const chosen = onePerTemplate("no-js");
  const state = corpus.actors.find((a) => a.kind === "state");
  const statePage = builtPages().find((p) => p.url === state?.url);
  if (statePage && !chosen.includes(statePage)) chosen.push(statePage);
  return chosen;
}

const squash = (text: string) => text.replace(/\s+/gu, " ").trim();

/** Ids in the page that are missing, or present but not rendered (display: none, or in a closed element). */
async function unrenderedIds(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      wanted.filter((id) => {
        const element = document.getElementById(id);
        return !element || element.getClientRects().length === 0;
      }),
    [...ids],
  );
}

async function linkedUrls(page: Page): Promise<Set<string>> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return new Set(hrefs);
}

/** What must be on the page for its route type, from the corpus; undefined when the route has no corpus check. */
const EXPECTATIONS: Record<string, (page: Page, url: string, data: CorpusData) => Promise<void>> = {
  "claims/[id].astro": async (page, url, data) => {
    const claim = data.claims.find((c) => c.url === url);
    expect(claim, `claim at ${url}`).toBeDefined();
    const main = squash((await page.locator("main").innerText()).replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"'));
    const quote = squash(claim?.quote ?? "")
      .replace(/[‘’]/gu, "'")
      .replace(/[“”]/gu, '"');
    expect(main).toContain(quote);
  },
  "sources/[id].astro": async (page, url, data) => {
    const source = data.sources.find((s) => s.url === url);
    const claims = data.claims.filter((c) => c.source === source?.id).map((c) => c.id);
    expect(claims.length).toBeGreaterThan(0);
    expect(await unrenderedIds(page, claims)).toEqual([]);
  },
  "compare/index.astro": async (page, _url, data) => {
    const cells = data.dimensions.flatMap((d) => data.instruments.map((i) => `${d.id}--${i.id}`));
    expect(await unrenderedIds(page, cells)).toEqual([]);
  },
  "timeline/index.astro": async (page, _url, data) => {
    expect(
      await unrenderedIds(
        page,
        data.events.map((e) => e.id),
      ),
    ).toEqual([]);
  },
  "claims/index.astro": async (page, _url, data) => {
    const linked = await linkedUrls(page);
    expect(data.claims.map((c) => c.url).filter((u) => !linked.has(u))).toEqual([]);
  },
  "sources/index.astro": async (page, _url, data) => {
    const linked = await linkedUrls(page);
    expect(data.sources.map((s) => s.url).filter((u) => !linked.has(u))).toEqual([]);
  },
  "actors/index.astro": async (page, _url, data) => {
    const linked = await linkedUrls(page);
    expect(data.actors.map((a) => a.url).filter((u) => !linked.has(u))).toEqual([]);
  },
  "instruments/index.astro": async (page, _url, data) => {
    const linked = await linkedUrls(page);
    expect(data.instruments.map((i) => i.url).filter((u) => !linked.has(u))).toEqual([]);
  },
  "votes/index.astro": async (page, _url, data) => {
    const linked = await linkedUrls(page);
    expect(data.votes.map((v) => v.url).filter((u) => !linked.has(u))).toEqual([]);
  },
  "actors/[id].astro": async (page, url, data) => {
    const actor = data.actors.find((a) => a.url === url);
    expect(squash(await page.locator("h1").innerText())).toContain(actor?.name);
  },
  "instruments/[id].astro": async (page, url, data) => {
    const instrument = data.instruments.find((i) => i.url === url);
    expect(squash(await page.locator("h1").innerText())).toContain(instrument?.shortName);
  },
  "status/index.astro": async (page, _url, data) => {
    const linked = await linkedUrls(page);
    expect(data.statusLists.map((l) => l.url).filter((u) => !linked.has(u))).toEqual([]);
  },
  "instruments/[id]/status.astro": async (page, url, data) => {
    const list = data.statusLists.find((l) => l.url === url);
    await expect(page.locator("#participants-table tbody tr")).toHaveCount(list?.entries.length ?? -1);
  },
  "instruments/[id]/articles/index.astro": async (page, url, data) => {
    const list = data.articleLists.find((l) => l.url === url);
    await expect(page.locator("tr[data-article]")).toHaveCount(list?.articles.length ?? -1);
  },
  "instruments/[id]/articles/[n].astro": async (page, url, data) => {
    const article = data.articles.find((a) => a.url === url);
    expect(article, `article at ${url}`).toBeDefined();
    await expect(page.locator(".lede [data-confidence]")).toHaveAttribute("data-confidence", article?.confidence ?? "");
  },
  "votes/[id].astro": async (page, url, data) => {
    const vote = data.votes.find((v) => v.url === url);
    expect(squash(await page.locator("h1").innerText())).toContain(vote?.symbol);
  },
};

for (const built of pagesToOpen()) {
  test(`${built.url} (${templateOf(built).file}) is complete with JavaScript off`, async ({ browser }) => {
    const { page, problems, close } = await openPage(browser, built.url, { javaScriptEnabled: false });
    // The heading may be visually hidden (claim pages), but it must be there and say something.
    expect(squash((await page.locator("h1").first().textContent()) ?? "")).not.toBe("");
    await expect(page.locator("main")).toBeVisible();
    expect(squash(await page.locator("main").innerText()).length).toBeGreaterThan(40);
    await EXPECTATIONS[templateOf(built).file]?.(page, built.url, corpus);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  });
}

test("every record template's checks name a template of the coverage table", () => {
  const files = new Set(TEMPLATES.map((t) => t.file));
  expect(Object.keys(EXPECTATIONS).filter((file) => !files.has(file))).toEqual([]);
  const opened = new Set(pagesToOpen().map((p) => templateOf(p).file));
  expect(Object.keys(EXPECTATIONS).filter((file) => !opened.has(file))).toEqual([]);
});
