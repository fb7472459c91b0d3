/**
 * Sources from every side: the viewpoint a source speaks for is shown on its
 * page, grouped on the source index, filterable on the claims index and in
 * search; a source read from a stored copy says so on its page and on every
 * claim page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openPage, publishedCorpus } from "./helpers.ts";
import { VIEWPOINT_LABELS } from "../../src/lib/labels.ts";

const corpus = publishedCorpus();
const storedCopy = corpus.sources.find((s) => s.storedUrl && !s.text && s.viewpoint && s.claims.length > 0);
const archived = corpus.sources.find((s) => s.text);
if (!storedCopy || !archived) throw new Error("corpus lacks a source read from a stored copy, or one with an archived text");
const viewpoints = [...new Set(corpus.sources.flatMap((s) => (s.viewpoint ? [s.viewpoint] : [])))];

test("a source read from a stored copy shows its viewpoint and the stored-copy note", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, storedCopy.url);
  await expect(page.locator("dd.viewpoint")).toHaveText(VIEWPOINT_LABELS[storedCopy.viewpoint!]);
  const note = page.locator(".stored-copy-note");
  await expect(note).toContainText("not against an archived text");
  await expect(note.locator("a")).toHaveAttribute("href", storedCopy.storedUrl!);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("a source with an archived text carries no stored-copy note", async ({ browser }) => {
  const { page, close } = await openPage(browser, archived.url);
  await expect(page.locator(".stored-copy-note")).toHaveCount(0);
  await close();
});

test("each claim page of that source says its quote was checked against the stored copy", async ({ browser }) => {
  const { page, close } = await openPage(browser, corpus.claims.find((c) => c.id === storedCopy.claims[0])!.url);
  await expect(page.locator(".quote-check")).toHaveText(
    `Quote checked by the authors against the stored copy at ${storedCopy.storedUrl!}, not against an archived text.`,
  );
  await close();
});

test("the source index lists every source under its viewpoint, with a viewpoint-by-year table", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/sources/");
  const rows = page.locator("table.source-balance tbody tr");
  await expect(rows).toHaveCount(viewpoints.length + (corpus.sources.some((s) => !s.viewpoint) ? 1 : 0));
  for (const viewpoint of viewpoints) {
    const section = page.locator(`section:has(h2#viewpoint-${viewpoint})`);
    const expected = corpus.sources.filter((s) => s.viewpoint === viewpoint);
    await expect(section.locator("li")).toHaveCount(expected.length);
    await expect(rows.filter({ hasText: VIEWPOINT_LABELS[viewpoint as keyof typeof VIEWPOINT_LABELS] }).locator("td").last()).toHaveText(
      String(expected.length),
    );
  }
  await close();
});

test("the claims filter by viewpoint keeps its state in the URL", async ({ browser }) => {
  const viewpoint = storedCopy.viewpoint!;
  const { page, close } = await openPage(browser, `/claims/?viewpoint=${viewpoint}`);
  await expect(page.locator('select[name="viewpoint"]')).toHaveValue(viewpoint);
  const visible = page.locator(".claim-list > li:not([hidden])");
  expect(await visible.count()).toBeGreaterThan(0);
  for (const value of await visible.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset["viewpoint"]))) {
    expect(value).toBe(viewpoint);
  }
  const other = viewpoints.find((v) => v !== viewpoint)!;
  await page.locator('select[name="viewpoint"]').selectOption(other);
  await expect(page).toHaveURL(new RegExp(`\\?viewpoint=${other}$`, "u"));
  await close();
});

test("search offers a viewpoint facet", async ({ browser }) => {
  const viewpoint = storedCopy.viewpoint!;
  const { page, close } = await openPage(browser, `/search/?q=convention&viewpoint=${viewpoint}`);
  await expect(page.locator(".active-filters .chip")).toHaveText(
    new RegExp(`Viewpoint: ${VIEWPOINT_LABELS[viewpoint].replace(/[()]/gu, "\\$&")}`, "u"),
  );
  await expect(page.locator(".facet-group h3", { hasText: "Viewpoint" })).toBeVisible();
  await expect(page.locator(".search-count")).toHaveText(/results? for “convention”/u);
  await close();
});

test("a point of comparison shows which viewpoints discuss it", async ({ browser }) => {
  const viewpointOf = new Map(corpus.sources.map((s) => [s.id, s.viewpoint]));
  const dimension = corpus.dimensions.find(
    (d) => new Set(corpus.claims.filter((c) => c.dimensions.includes(d.id)).map((c) => viewpointOf.get(c.source))).size >= 3,
  );
  if (!dimension) throw new Error("no point of comparison is discussed from three viewpoints");
  const claims = corpus.claims.filter((c) => c.dimensions.includes(dimension.id));
  const { page, close } = await openPage(browser, `/dimensions/${dimension.id}/`);
  const summary = page.locator(".viewpoint-summary");
  for (const viewpoint of new Set(claims.map((c) => viewpointOf.get(c.source)))) {
    if (!viewpoint) continue;
    const n = claims.filter((c) => viewpointOf.get(c.source) === viewpoint).length;
    await expect(summary).toContainText(`${VIEWPOINT_LABELS[viewpoint]} (${n})`);
  }
  await close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violation on the home page, the source index and a stored-copy source (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const url of ["/", "/sources/", storedCopy.url]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
      violations.push(...results.violations.map((v) => `${url}: ${v.id} ${v.help}`));
    }
    expect(violations).toEqual([]);
    await context.close();
  });
}
