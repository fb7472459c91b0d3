/**
 * The treaty status pages: readable with JavaScript off, the participants
 * table sorts and filters, the downloads hold the same rows, and the counts
 * on the pages agree with the published records.
 */
import { expect, test } from "@playwright/test";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const uncc = corpus.statusLists.find((l) => l.id === "un-cybercrime-convention");
const budapest = corpus.statusLists.find((l) => l.id === "budapest-convention");

test("/status/ lists every instrument with a status list, with counts computed from its rows", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/status/", { javaScriptEnabled: false });
  for (const list of corpus.statusLists) {
    const row = page.locator(`tr[data-instrument="${list.id}"]`);
    await expect(row).toHaveCount(1);
    const signatures = list.entries.filter((e) => e.signed !== undefined || e.kind === "signature").length;
    await expect(row.locator('[data-count="signatures"]')).toHaveText(String(signatures));
  }
  await expect(page.locator('tr[data-instrument="un-cybercrime-convention"] [data-progress]')).toContainText(
    "0 of 40 instruments deposited",
  );
  await expect(page.locator('tr[data-instrument="un-cybercrime-convention"] [data-progress]')).toContainText(
    "until 31 December 2026",
  );
  await expect(page.locator('tr[data-instrument="budapest-convention"] [data-progress]')).toContainText(
    "in force since 1 July 2004",
  );
  await expect(page.locator('tr[data-instrument="budapest-convention"] [data-count="parties"]')).toHaveText("81");
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("an instrument's status page is complete with JavaScript off: map, chart, every participant", async ({ browser }) => {
  if (!uncc) throw new Error("no UN list");
  const { page, problems, close } = await openPage(browser, uncc.url, { javaScriptEnabled: false });
  await expect(page.locator("h1")).toContainText("who signed and ratified");
  await expect(page.locator('[data-count="signatures"]')).toContainText("72 at the Hanoi ceremony");
  await expect(page.locator("svg.world-map")).toBeVisible();
  await expect(page.locator("svg.status-steps")).toBeVisible();
  await expect(page.locator('.map-others-list [data-participant="eu"]')).toContainText("European Union");
  await expect(page.locator("#participants-table tbody tr")).toHaveCount(uncc.entries.length);
  await expect(page.locator('#participants-table tr[data-participant="can"]')).toContainText("Unverified");
  await expect(page.locator('#participants-table tr[data-participant="aze"]')).toContainText("reported, not confirmed");
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("the participants table sorts and filters, and says what it did", async ({ browser }) => {
  if (!budapest) throw new Error("no Budapest list");
  const { page, problems, close } = await openPage(browser, budapest.url);
  const table = page.locator("#participants-table");
  const status = page.locator(".table-controls [role=status]");
  await expect(status).toHaveText(`All ${budapest.entries.length} participants shown.`);
  const header = table.locator("thead th", { hasText: "Ratified or acceded" });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const first = await table.locator("tbody tr").first().getAttribute("data-participant");
  const earliest = [...budapest.entries]
    .filter((e) => e.ratified)
    .sort((a, b) => (a.ratified ?? "").localeCompare(b.ratified ?? ""))[0];
  expect(first).toBe(earliest?.participant);
  const parties = budapest.entries.filter((e) => ["ratification", "accession", "acceptance", "approval"].includes(e.kind)).length;
  await page.getByRole("combobox", { name: "Standing", exact: true }).selectOption("Party");
  await expect(table.locator("tbody tr:visible")).toHaveCount(parties);
  expect(parties).toBe(81);
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("the downloads hold the page's rows", async ({ request }) => {
  if (!uncc) throw new Error("no UN list");
  const csv = await (await request.get(`${uncc.url.replace(/\/$/u, "")}.csv`)).text();
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("instrument,participant,iso3,signed,ratified,kind,in_force,verified,source");
  expect(lines).toHaveLength(uncc.entries.length + 1);
  expect(lines.find((l) => l.includes(",gbr,"))).toContain(",GBR,2025-10,,signature,");
  const json = (await (await request.get(`${uncc.url.replace(/\/$/u, "")}.json`)).json()) as { entries: unknown[]; asOf: string };
  expect(json.entries).toHaveLength(uncc.entries.length);
  expect(json.asOf).toBe(uncc.asOf);
  const all = await (await request.get("/data/treaty-status.csv")).text();
  expect(all.trim().split("\r\n")).toHaveLength(corpus.statusLists.reduce((n, l) => n + l.entries.length, 0) + 1);
});

test("the votes × treaties page names the states in each cell", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/status/votes/", { javaScriptEnabled: false });
  const vote = corpus.votes.find((v) => v.id === "a-res-74-247");
  const cell = page.locator('[data-table="a-res-74-247-now"] tr[data-position="no"] td[data-group="signed-party"]');
  const expected = Object.entries(vote?.positions ?? {}).filter(
    ([iso3, p]) =>
      p === "no" &&
      uncc?.entries.some((e) => e.iso3 === iso3) &&
      budapest?.entries.some((e) => e.iso3 === iso3 && e.ratified !== undefined && e.ratified <= (budapest?.asOf ?? "")),
  ).length;
  await expect(cell).toHaveAttribute("data-count", String(expected));
  await expect(page.locator("a[href='/votes/compare/']").first()).toBeVisible();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});
