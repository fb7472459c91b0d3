import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { compareKey, keysDiffer } from "../../src/lib/compare/keys.ts";
import { PAIRS, pairPath } from "../../src/lib/compare/pairs.ts";
import { ROW_CLAIMS_SHOWN } from "../../src/lib/compare/table.ts";
import { PROVISION_LABELS } from "../../src/lib/labels.ts";
import type { Provision } from "../../src/corpus/index.ts";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const instrumentIds = corpus.instruments.map((i) => i.id);
const dimensions = [...corpus.dimensions].sort((a, b) => a.groupOrder - b.groupOrder || a.order - b.order);

function valueOf(dimension: string, instrument: string): Provision["value"] {
  return (
    corpus.instruments.find((i) => i.id === instrument)?.provisions.find((p) => p.dimension === dimension)?.value ?? "unknown"
  );
}

/** The rows that differ among the given instruments, computed from the published data, not from the page. */
function differingRows(ids: readonly string[]): string[] {
  return dimensions.filter((d) => keysDiffer(ids.map((id) => compareKey(d.id, id, valueOf(d.id, id))))).map((d) => d.id);
}

async function visibleColumns(page: Page): Promise<string[]> {
  return page
    .locator("thead th[data-instrument]:visible")
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset["instrument"] ?? ""));
}

async function visibleRows(page: Page): Promise<string[]> {
  return page.locator("tr.dim-row:visible").evaluateAll((trs) => trs.map((tr) => tr.id));
}

test("without JavaScript the full table is there: every row, every column, every cell", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/compare/", { javaScriptEnabled: false });
  await expect(page.locator("[data-compare-controls]")).toBeHidden();
  expect(await page.locator("tr.dim-row").count()).toBe(dimensions.length);
  expect(await visibleRows(page)).toEqual(dimensions.map((d) => d.id));
  expect(await visibleColumns(page)).toEqual(instrumentIds);
  const cellIds = await page.locator("td.cell").evaluateAll((tds) => tds.map((td) => td.id));
  expect(cellIds).toHaveLength(dimensions.length * instrumentIds.length);
  expect(new Set(cellIds)).toEqual(new Set(dimensions.flatMap((d) => instrumentIds.map((i) => `${d.id}--${i}`))));
  for (const row of await page.locator("tr.dim-row").all())
    await expect(row.locator("td.cell")).toHaveCount(instrumentIds.length);
  // Every cell says its value in words, not by colour alone.
  const words = await page.locator("td.cell .value").allInnerTexts();
  expect(words.every((w) => /^(Covered|Partly|Not covered|Not applicable|Unknown)$/u.test(w.trim()))).toBe(true);
  expect(problems.failedRequests).toEqual([]);
  await close();
});

test("the column choice survives a reload through ?with=", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/compare/");
  await expect(page.locator("[data-compare-controls]")).toBeVisible();
  const dropped = ["budapest-first-protocol", "sco-agreement-2009"];
  for (const id of dropped) await page.locator(`input[name="with"][value="${id}"]`).uncheck();
  const kept = instrumentIds.filter((id) => !dropped.includes(id));
  await expect(page).toHaveURL(new RegExp(`\\?with=${kept.join(",")}$`, "u"));
  expect(await visibleColumns(page)).toEqual(kept);
  await page.reload();
  expect(await visibleColumns(page)).toEqual(kept);
  for (const id of dropped) {
    await expect(page.locator(`input[name="with"][value="${id}"]`)).not.toBeChecked();
    await expect(page.locator(`td[data-instrument="${id}"]`).first()).toBeHidden();
  }
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("differences only survives a reload through &diff=1 and keeps exactly the rows that differ", async ({ browser }) => {
  const pair = ["budapest-convention", "un-cybercrime-convention"];
  const { page, problems, close } = await openPage(browser, `/compare/?with=${pair.join(",")}`);
  expect(await visibleColumns(page)).toEqual(pair);
  await page.getByLabel("Differences only").check();
  await expect(page).toHaveURL(/diff=1/u);
  const expected = differingRows(pair);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(dimensions.length);
  expect(await visibleRows(page)).toEqual(expected);
  await page.reload();
  await expect(page.getByLabel("Differences only")).toBeChecked();
  expect(await visibleColumns(page)).toEqual(pair);
  expect(await visibleRows(page)).toEqual(expected);
  await expect(page.locator("[data-compare-status]")).toContainText(`${expected.length} of ${dimensions.length}`);
  // Claims under a hidden row are hidden with it.
  for (const id of dimensions.map((d) => d.id).filter((id) => !expected.includes(id))) {
    const claims = page.locator(`tr[data-claims-for="${id}"]`);
    if ((await claims.count()) > 0) await expect(claims).toBeHidden();
  }
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("cell and row anchors resolve to visible elements", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/compare/");
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((el) => el.id));
  for (const d of dimensions) {
    expect(ids, d.id).toContain(d.id);
    for (const i of instrumentIds) expect(ids).toContain(`${d.id}--${i}`);
  }
  await close();
  for (const hash of ["illegal-access--un-cybercrime-convention", "parties-status--sco-agreement-2009", "decision-rule"]) {
    const opened = await openPage(browser, `/compare/#${hash}`);
    const target = opened.page.locator(`[id="${hash}"]`);
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
    expect(await opened.page.evaluate(() => document.querySelector(":target")?.id)).toBe(hash);
    await opened.close();
  }
});

test("a permalink to a cell the view hides brings it back", async ({ browser }) => {
  const { page, close } = await openPage(
    browser,
    "/compare/?with=budapest-convention,un-cybercrime-convention&diff=1#csam--malabo-convention",
  );
  const target = page.locator("#csam--malabo-convention");
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  await expect(page.locator('input[name="with"][value="malabo-convention"]')).toBeChecked();
  await expect(page).toHaveURL(/with=budapest-convention,malabo-convention,un-cybercrime-convention/u);
  await close();
});

test("the controls work from the keyboard", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/compare/");
  const diff = page.getByLabel("Differences only");
  await diff.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/diff=1/u);
  await page.keyboard.press("Shift+Tab");
  await expect(page.locator('input[name="with"]').last()).toBeFocused();
  await page.keyboard.press("Space");
  const last = instrumentIds.at(-1) ?? "";
  await expect(page.locator(`thead th[data-instrument="${last}"]`)).toBeHidden();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show everything" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/compare\/$/u);
  expect(await visibleColumns(page)).toEqual(instrumentIds);
  expect(await visibleRows(page)).toHaveLength(dimensions.length);
  // The scrolling table itself takes focus, so it can be scrolled with the arrow keys.
  await expect(page.locator(".compare-scroll")).toHaveAttribute("tabindex", "0");
  await close();
});

test("on a 360px phone the table stacks into readable cards with no sideways scrolling", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/compare/", { viewport: { width: 360, height: 800 } });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator(".compare-table thead")).toBeHidden();
  const cell = page.locator("#illegal-access--budapest-convention");
  await expect(cell.locator(".cell-inst")).toBeVisible();
  const box = await cell.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(280);
  const fontSize = await cell.locator(".note").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(12);
  await close();
});

test("pairwise pages exist for every pair and list the differing rows first", async ({ browser }) => {
  for (const [a, b] of PAIRS) {
    const { page, problems, close } = await openPage(browser, pairPath(a, b));
    expect(problems.failedRequests, pairPath(a, b)).toEqual([]);
    const differ = differingRows([a, b]);
    const same = dimensions.map((d) => d.id).filter((id) => !differ.includes(id));
    expect(await page.locator("tr.dim-row").evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual([...differ, ...same]);
    expect(
      await page
        .locator("thead th[data-instrument]")
        .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset["instrument"])),
    ).toEqual([a, b]);
    await expect(page.locator("h1")).toContainText(corpus.instruments.find((i) => i.id === a)?.shortName ?? a);
    await close();
  }
});

const [pairA, pairB] = PAIRS[0] ?? ["", ""];
const axePages = ["/compare/", "/compare/?with=budapest-convention,russia-draft-2017&diff=1", pairPath(pairA, pairB)];

for (const colorScheme of ["light", "dark"] as const) {
  for (const url of axePages) {
    test(`axe finds no violations on ${url} (${colorScheme})`, async ({ browser }) => {
      // The full table is a large document; axe needs more than the default minute on a busy machine.
      test.setTimeout(5 * 60_000);
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      await context.close();
      expect(
        results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help} ${v.nodes[0]?.target.join(" ") ?? ""}`),
      ).toEqual([]);
    });
  }
}

test("a row lists its first claims and links to the point's page, which lists them all beside every instrument's provision", async ({
  browser,
}) => {
  const about = (id: string) => corpus.claims.filter((c) => c.dimensions.includes(id));
  const busiest = [...dimensions].sort((a, b) => about(b.id).length - about(a.id).length)[0];
  if (!busiest) throw new Error("no dimensions");
  const claims = about(busiest.id);
  expect(claims.length, "the real corpus has a row with more claims than a table shows").toBeGreaterThan(ROW_CLAIMS_SHOWN);

  const { page, problems, close } = await openPage(browser, "/compare/", { javaScriptEnabled: false });
  const row = page.locator(`tr[data-claims-for="${busiest.id}"]`);
  await expect(row.locator(".row-claims > li:not(.row-claims-all)")).toHaveCount(ROW_CLAIMS_SHOWN);
  const all = row.locator(".row-claims-all a");
  await expect(all).toHaveText(`All ${claims.length} claims on “${busiest.title}”`);
  await all.click();
  await expect(page).toHaveURL(new RegExp(`/dimensions/${busiest.id}/$`, "u"));
  await expect(page.locator("h1")).toHaveText(busiest.title);
  const listed = await page
    .locator(".row-claims > li > a:first-child")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(listed).toEqual(claims.map((c) => c.url));
  // One row per instrument, each saying its value in words.
  for (const instrument of corpus.instruments)
    await expect(page.locator(`tr[id="${busiest.id}--${instrument.id}"] td`).first()).toContainText(
      PROVISION_LABELS[valueOf(busiest.id, instrument.id)],
    );
  expect(problems.failedRequests).toEqual([]);
  await close();
});
