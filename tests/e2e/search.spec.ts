import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openPage } from "./helpers.ts";

const results = (page: Page) => page.locator("[data-search-results]");
const resultLinks = (page: Page) => page.locator("[data-search-results] a[data-result]");
/** Waits until the page shows the answer to exactly this query. */
const answered = (page: Page, q: string) => expect(results(page)).toHaveAttribute("data-query", q);

test("typing finds records, marks the matched words and announces the count", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/search/");
  await page.locator("#search-input").pressSequentially("Golden Sheild");
  await answered(page, "Golden Sheild");
  await expect(resultLinks(page).first()).toHaveAttribute("href", "/claims/stradner-golden-shield/");
  await expect(page.locator(".result").first().locator("mark").first()).toHaveText("Golden Shield");
  await expect(page.locator(".search-count")).toHaveText(/^\d+ results? for “Golden Sheild”$/u);
  await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ results? for “Golden Sheild”\.$/u);
  await expect(page).toHaveURL(/\/search\/\?q=Golden\+Sheild$/u);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("a document symbol finds its vote, the committee draft by its short symbol", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/");
  await page.locator("#search-input").fill("A/C.3/74/L.11");
  await answered(page, "A/C.3/74/L.11");
  await expect(resultLinks(page).first()).toHaveAttribute("href", "/votes/a-c-3-74-l-11-rev-1/");
  // The symbol the query begins is marked in the result's line of symbols.
  await expect(page.locator(".result").first().locator(".result-meta mark")).toHaveText([/^A\/C\.3\/74\/L\.11/u]);
  await close();
});

test("facets filter with counts, show the filter in force and change the URL", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/");
  await page.locator("#search-input").fill("budapest");
  await answered(page, "budapest");
  // The typed query reaches the URL after a short debounce; the back-button check below needs it there first.
  await expect(page).toHaveURL(/\/search\/\?q=budapest$/u);
  const claims = page
    .locator(".facet-group", { has: page.locator("h3", { hasText: "Type" }) })
    .locator("a", { hasText: "Claims" });
  const count = Number(await claims.locator(".facet-count").textContent());
  expect(count).toBeGreaterThan(0);
  await claims.click();
  await expect(page).toHaveURL(/\/search\/\?q=budapest&type=claim$/u);
  await expect(page.locator(".search-count")).toHaveText(`${count} results for “budapest”`);
  await expect(page.locator(".result-label").first()).toHaveText(/^Claim · /u);
  await expect(page.locator(".facet-value[aria-current=true]")).toContainText("Claims");
  // The list was rebuilt; the focus is back on the facet that was chosen.
  await expect(page.locator(".facet-value[aria-current=true]")).toBeFocused();
  await expect(page.locator(".active-filters .chip")).toHaveText(/Type: Claims/u);
  // The browser's back button restores the unfiltered search.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=budapest$/u);
  await expect(page.locator(".active-filters")).toHaveCount(0);
  await close();
});

test("a deep link restores the query and every filter", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/search/?q=budapest&type=claim&verdict=inaccurate");
  await answered(page, "budapest");
  await expect(page.locator("#search-input")).toHaveValue("budapest");
  await expect(page.locator(".active-filters .chip")).toHaveText([/Type: Claims/u, /Verdict: Inaccurate/u]);
  const labels = await page.locator(".result-label").allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toBe("Claim · Fact · Inaccurate");
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("no results offers to drop a filter, with what that gives", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/?q=Golden+Shield&type=vote");
  await answered(page, "Golden Shield");
  // <q> adds the quotation marks.
  await expect(page.locator(".no-results-title")).toHaveText("No results for Golden Shield with these filters.");
  const drop = page.locator(".relax a", { hasText: "Remove “Type: Votes”" });
  await expect(drop.locator("xpath=..")).toContainText(/\(\d+ results?\)/u);
  await drop.click();
  await expect(page).toHaveURL(/\/search\/\?q=Golden\+Shield$/u);
  await expect(resultLinks(page).first()).toHaveAttribute("href", "/claims/stradner-golden-shield/");
  await close();
});

test("the empty page suggests queries that work", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/");
  const suggestion = page.locator(".search-empty a").first();
  await expect(suggestion).toBeVisible();
  const label = (await suggestion.textContent())?.trim() ?? "";
  await suggestion.click();
  await answered(page, label);
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.locator(".search-empty")).toBeHidden();
  await close();
});

test("arrow keys move through the results and Enter opens one", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/");
  const input = page.locator("#search-input");
  await input.fill("Budapest Convention");
  await answered(page, "Budapest Convention");
  await input.press("ArrowDown");
  await expect(resultLinks(page).nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(input).toBeFocused();
  await input.press("ArrowDown");
  const href = await resultLinks(page).nth(0).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href ?? "-"}$`, "u"));
  await close();
});

test("a result keeps the focus when the filters arrive after it was reached", async ({ browser }) => {
  // Under load the facets can arrive after the reader has arrowed into the results; their re-render must not drop the focus.
  const context = await browser.newContext();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let facetsAsked = false;
  await context.route("**/search/facets.json*", async (route) => {
    facetsAsked = true;
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto("/search/");
  const input = page.locator("#search-input");
  await input.fill("Budapest Convention");
  await answered(page, "Budapest Convention");
  await expect(page.locator("[data-search-facets]")).toContainText("Loading filters");
  await input.press("ArrowDown");
  const first = resultLinks(page).nth(0);
  await expect(first).toBeFocused();
  const href = await first.getAttribute("href");
  expect(facetsAsked).toBe(true);
  release();
  await expect(page.locator("[data-search-facets] h2")).toHaveText("Filter");
  await expect(resultLinks(page).nth(0)).toBeFocused();
  expect(await resultLinks(page).nth(0).getAttribute("href")).toBe(href);
  await context.close();
});

test("on another page, / focuses the header box, which shows results as you type", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/claims/");
  await page.keyboard.press("/");
  const box = page.locator("#site-search");
  await expect(box).toBeFocused();
  await page.keyboard.type("Golden Sheild");
  const list = page.locator("#site-search-results");
  await expect(list).toBeVisible();
  await expect(list).toHaveAttribute("data-query", "Golden Sheild");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(list.locator("[role=option]").first()).toContainText("Golden Shield");
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", "site-search-option-0");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\/stradner-golden-shield\/$/u);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("Enter in the header box with no result chosen opens the search page", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/votes/");
  await page.locator("#site-search").fill("budapest");
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=budapest$/u);
  await answered(page, "budapest");
  await expect(page.locator("#search-input")).toHaveValue("budapest");
  await close();
});

test("/ does not steal the slash from a text field", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/");
  await page.locator("#search-input").fill("74");
  await page.locator("#search-input").press("/");
  await expect(page.locator("#search-input")).toHaveValue("74/");
  await close();
});

test("the query is always rendered as text", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/search/");
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const attack = "<img src=x onerror=alert(1)>";
  await page.locator("#search-input").fill(attack);
  await answered(page, attack);
  await expect(page.locator(".no-results-title q")).toHaveText(attack);
  await expect(page.locator("[data-search-status]")).toHaveText(`No results for “${attack}”.`);
  await page.locator("#site-search").fill(`${attack} budapest`);
  await expect(page.locator("main img, header img")).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^${attack.replace(/[()]/gu, "\\$&")} · `, "u"));
  expect(dialogs).toBe(0);
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("without JavaScript the page says search needs it and links to the indexes", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/search/?q=budapest", { javaScriptEnabled: false });
  await expect(page.locator("main")).toContainText("Search runs in your browser and needs JavaScript.", { useInnerText: true });
  for (const href of ["/claims/", "/sources/", "/actors/", "/instruments/", "/votes/", "/timeline/"]) {
    await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
  }
  await expect(page.locator("[data-search-app]")).toBeHidden();
  await close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on results, filters and the header dropdown (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto("/search/?q=budapest&type=claim");
    await answered(page, "budapest");
    await expect(page.locator(".facet-group").first()).toBeVisible();
    const onResults = await new AxeBuilder({ page }).analyze();
    await page.goto("/search/?q=Golden+Shield&type=vote");
    await answered(page, "Golden Shield");
    const onNoResults = await new AxeBuilder({ page }).analyze();
    await page.goto("/sources/");
    await page.locator("#site-search").pressSequentially("budapest");
    await expect(page.locator("#site-search-results [role=option]").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    const onDropdown = await new AxeBuilder({ page }).analyze();
    await context.close();
    const violations = [onResults, onNoResults, onDropdown].flatMap((r) =>
      r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`),
    );
    expect(violations).toEqual([]);
  });
}
