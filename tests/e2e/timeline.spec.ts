import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CLAIMS_SHOWN, itemsForActor, itemsForInstrument, shownClaims, timelineItems } from "../../src/charts/timeline/data.ts";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const items = timelineItems(corpus);
const WIDE = { width: 1400, height: 1000 };
const PHONE = { width: 360, height: 800 };

/** Pairs of text elements in the shown SVG whose rendered boxes overlap (SVG user units, measured by the browser). */
async function overlappingLabels(page: Page, svgSelector: string): Promise<string[]> {
  return page.locator(svgSelector).evaluate((svg) => {
    const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => getComputedStyle(t).display !== "none");
    const boxes = texts.map((t) => ({ name: t.getAttribute("data-item") ?? t.textContent ?? "", box: t.getBBox() }));
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
          found.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
      }
    }
    return found;
  });
}

test("every event in corpus.json is in the wide chart, the phone chart and the list", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/timeline/", { viewport: WIDE });
  for (const e of corpus.events) {
    await expect(page.locator(`#timeline-h-all text[data-item="${e.id}"]`), e.id).toHaveCount(1);
    await expect(page.locator(`#timeline-v text[data-item="${e.id}"]`), e.id).toHaveCount(1);
    await expect(page.locator(`li.tl-entry[id="${e.id}"]`), e.id).toContainText(e.title);
  }
  await expect(page.locator("li.tl-entry")).toHaveCount(items.length);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("no two labels overlap in the rendered SVG, in every period and on a phone", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/timeline/", { viewport: WIDE });
  const periods = await page
    .locator("[data-tl-period] option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(periods.length).toBeGreaterThan(1);
  for (const period of periods) {
    await page.selectOption("[data-tl-period]", period);
    await expect(page.locator(`#timeline-h-${period}`)).toBeVisible();
    expect(await overlappingLabels(page, `#timeline-h-${period}`), period).toEqual([]);
  }
  await close();
  const phone = await openPage(browser, "/timeline/", { viewport: PHONE });
  expect(await overlappingLabels(phone.page, "#timeline-v")).toEqual([]);
  await phone.close();
});

test("a zoomed period is fetched from its own SVG when chosen, then filtered and highlighted like the inline chart", async ({ browser }) => {
  const target = "unga-74-247-ahc-2019";
  const { page, problems, close } = await openPage(browser, `/timeline/?lane=un#${target}`, { viewport: WIDE });
  // Only the whole span is in the page as served.
  await expect(page.locator("#timeline-h-all")).toBeVisible();
  await expect(page.locator("#timeline-h-2017-2021")).toHaveCount(0);
  const fetched = page.waitForResponse((r) => new URL(r.url()).pathname === "/timeline/periods/2017-2021.svg");
  await page.selectOption("[data-tl-period]", "2017-2021");
  expect((await fetched).headers()["content-type"]).toMatch(/^image\/svg\+xml/u);
  await expect(page.locator("#timeline-h-2017-2021")).toBeVisible();
  await expect(page).toHaveURL(/\?lane=un&period=2017-2021#/u);
  // The lane filter reaches the fetched chart: no label of another lane is shown in it.
  const other = items.find((i) => i.lane !== "un" && i.date.startsWith("2019"));
  if (other) await expect(page.locator(`#timeline-h-2017-2021 text[data-item="${other.id}"]`)).toBeHidden();
  await expect(page.locator(`#timeline-h-2017-2021 text[data-item="${target}"]`)).toHaveClass(/tl-target/u);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("the lane, actor and instrument filters narrow the list and the chart, and live in the URL", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/timeline/", { viewport: WIDE });
  await page.selectOption("#timeline-filters select[name=lane]", "coe");
  await expect(page).toHaveURL(/\/timeline\/\?lane=coe$/u);
  const coe = items.filter((i) => i.lane === "coe");
  await expect(page.locator("li.tl-entry:visible")).toHaveCount(coe.length);
  await expect(page.locator(".tl-count")).toHaveText(`${coe.length} of ${items.length} items`);
  await expect(page.locator("#timeline-h-all text.tl-label:visible")).toHaveCount(coe.length);
  const nonCoe = items.find((i) => i.lane !== "coe");
  await expect(page.locator(`#timeline-h-all text[data-item="${nonCoe?.id}"]`)).toBeHidden();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/timeline\/$/u);
  await expect(page.locator("li.tl-entry:visible")).toHaveCount(items.length);
  await close();

  const rus = items.filter(
    (i) => i.links.actors.some((a) => a.id === "rus") && i.links.instruments.some((x) => x.id === "un-cybercrime-convention"),
  );
  expect(rus.length).toBeGreaterThan(0);
  const linked = await openPage(browser, "/timeline/?actor=rus&instrument=un-cybercrime-convention&period=2017-2021", {
    viewport: WIDE,
  });
  await expect(linked.page.locator("#timeline-filters select[name=actor]")).toHaveValue("rus");
  await expect(linked.page.locator("#timeline-filters select[name=instrument]")).toHaveValue("un-cybercrime-convention");
  await expect(linked.page.locator("li.tl-entry:visible")).toHaveCount(rus.length);
  await expect(linked.page.locator("[data-tl-period]")).toHaveValue("2017-2021");
  await expect(linked.page.locator("#timeline-h-2017-2021")).toBeVisible();
  await expect(linked.page.locator("#timeline-h-all")).toBeHidden();
  await linked.page.selectOption("[data-tl-period]", "all");
  await expect(linked.page).toHaveURL(/\?actor=rus&instrument=un-cybercrime-convention$/u);
  await linked.close();
});

test("an item's anchor resolves and is highlighted in the list and the chart, also for a derived id", async ({ browser }) => {
  const target = "unga-74-247-ahc-2019";
  const { page, close } = await openPage(browser, `/timeline/#${target}`, { viewport: WIDE });
  const entry = page.locator(`li.tl-entry[id="${target}"]`);
  await expect(entry).toBeInViewport();
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector("a") as Element).color);
  await expect(entry).toHaveCSS("border-left-color", accent);
  await expect(page.locator(`#timeline-h-all text[data-item="${target}"]`)).toHaveClass(/tl-target/u);
  await expect(page.locator("#timeline-h-all .tl-target")).toHaveCount(3);

  await page.goto("/timeline/#vote-a-res-74-247");
  await expect(entry).toHaveCSS("border-left-color", accent);
  await expect(page.locator(`#timeline-h-all text[data-item="${target}"]`)).toHaveClass(/tl-target/u);

  // A click on a chart item goes to its entry.
  const other = items.find((i) => i.lane === "coe");
  await page.locator(`#timeline-h-all text[data-item="${other?.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${other?.id}$`, "u"));
  await expect(page.locator(`li.tl-entry[id="${other?.id}"]`)).toBeInViewport();
  await close();
});

test("an anchor to an item hidden by a filter clears the filter", async ({ browser }) => {
  const target = items.find((i) => i.lane === "commentary");
  const { page, close } = await openPage(browser, `/timeline/?lane=coe#${target?.id}`, { viewport: WIDE });
  await expect(page.locator(`li.tl-entry[id="${target?.id}"]`)).toBeVisible();
  await expect(page.locator("#timeline-filters select[name=lane]")).toHaveValue("");
  await close();
});

test("on a 360px phone the timeline is vertical, text stays at 12px or more, and nothing scrolls sideways", async ({
  browser,
}) => {
  const { page, close } = await openPage(browser, "/timeline/", { viewport: PHONE });
  await expect(page.locator("#timeline-v")).toBeVisible();
  await expect(page.locator("#timeline-h-all")).toBeHidden();
  await expect(page.locator(".tl-zoom")).toBeHidden();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const smallest = await page.locator("#timeline-v").evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  expect(smallest).toBeGreaterThanOrEqual(12);
  const box = await page.locator("#timeline-v").boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(box?.width ?? Infinity);
  await close();
});

test("the wide chart keeps its text at 12px or more where it is shown", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/timeline/", { viewport: { width: 1120, height: 900 } });
  await expect(page.locator("#timeline-h-all")).toBeVisible();
  const smallest = await page.locator("#timeline-h-all").evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  expect(smallest).toBeGreaterThanOrEqual(12);
  await close();
});

test("with JavaScript off the list is complete, the chart shows every year, and anchors still highlight", async ({ browser }) => {
  const target = "budapest-convention-in-force-2004";
  const { page, close } = await openPage(browser, `/timeline/#instrument-budapest-convention-entry-into-force`, {
    viewport: WIDE,
    javaScriptEnabled: false,
  });
  await expect(page.locator("#timeline-filters")).toBeHidden();
  await expect(page.locator("li.tl-entry:visible")).toHaveCount(items.length);
  await expect(page.locator("#timeline-h-all")).toBeVisible();
  for (const e of corpus.events) await expect(page.locator(`#timeline-h-all text[data-item="${e.id}"]`)).toBeVisible();
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector("a") as Element).color);
  await expect(page.locator(`li.tl-entry[id="${target}"]`)).toHaveCSS("border-left-color", accent);
  await close();
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const viewport of [WIDE, PHONE]) {
    test(`axe finds no violations on the timeline and the small timelines (${colorScheme}, ${viewport.width}px)`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const [url, include] of [
        ["/timeline/", "main"],
        ["/actors/rus/", ".timeline-block"],
        ["/instruments/budapest-convention/", ".timeline-block"],
      ] as const) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).include(include).analyze();
        for (const v of results.violations)
          failures.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help} ${v.nodes[0]?.target.join(" ") ?? ""}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }
}

test("actor and instrument pages show the same chart filtered to them, linking to the full timeline", async ({ browser }) => {
  const rus = itemsForActor(items, "rus");
  const { page, problems, close } = await openPage(browser, "/actors/rus/", { viewport: WIDE });
  await expect(page.locator(".timeline-block h2")).toHaveText("Timeline");
  await expect(page.locator(".timeline-block .tl-wide text.tl-label")).toHaveCount(rus.length);
  await expect(page.locator(".tl-compact li")).toHaveCount(rus.length);
  const first = rus[0];
  await page.locator(`.tl-wide text[data-item="${first?.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/#${first?.id}$`, "u"));
  expect(problems.consoleErrors).toEqual([]);
  await close();

  const budapest = itemsForInstrument(items, "budapest-convention");
  const instrumentPage = await openPage(browser, "/instruments/budapest-convention/", { viewport: PHONE });
  await expect(instrumentPage.page.locator(".timeline-block .tl-narrow text.tl-label")).toHaveCount(budapest.length);
  await expect(instrumentPage.page.locator(".timeline-block .tl-narrow")).toBeVisible();
  await instrumentPage.close();

  const quiet = corpus.actors.find((a) => itemsForActor(items, a.id).length === 0);
  expect(quiet).toBeDefined();
  const none = await openPage(browser, quiet?.url ?? "/", { viewport: WIDE });
  await expect(none.page.locator(".timeline-block")).toHaveCount(0);
  await none.close();
});

test("an item lists every claim that names it and the first of the rest, pointing to the pages that list them all", async ({
  browser,
}) => {
  const capped = items.filter((item) => shownClaims(item).length < item.links.claims.length);
  expect(capped.length, "the real corpus has items with more claims than the list shows").toBeGreaterThan(0);
  const { page, close } = await openPage(browser, "/timeline/", { viewport: WIDE, javaScriptEnabled: false });
  for (const item of capped) {
    const entry = page.locator(`li.tl-entry[id="${item.id}"]`);
    const shown = shownClaims(item).length;
    expect(shown).toBe(Math.max(CLAIMS_SHOWN, item.ownClaims));
    await expect(entry.locator("details summary")).toHaveText(`${item.links.claims.length} claims`);
    const hrefs = await entry.locator("details li:not(.tl-more) a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(item.links.claims.slice(0, shown).map((c) => c.href));
    const more = entry.locator("details li.tl-more");
    await expect(more).toContainText(`${item.links.claims.length - shown} more on the`);
    const pages = await more.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(pages).toEqual([...item.links.votes, ...item.links.sources].map((l) => l.href));
    // Every claim left out is on one of those pages: about one of the votes, or from one of the sources.
    const votes = new Set(item.links.votes.map((l) => l.id));
    const sources = new Set(item.links.sources.map((l) => l.id));
    for (const link of item.links.claims.slice(shown)) {
      const claim = corpus.claims.find((c) => c.id === link.id);
      expect(claim && (claim.votes.some((v) => votes.has(v)) || sources.has(claim.source)), link.id).toBe(true);
    }
  }
  await close();
});
