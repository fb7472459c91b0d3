import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
type Position = "yes" | "no" | "abstain" | "non-voting";
const POSITIONS: readonly Position[] = ["yes", "no", "abstain", "non-voting"];
const votesWithPositions = corpus.votes.filter((v) => Object.keys(v.positions).length > 0);
const states = corpus.actors.filter((a) => a.kind === "state");

function countsOf(positions: Record<string, string>): Record<Position, number> {
  const counts: Record<Position, number> = { yes: 0, no: 0, abstain: 0, "non-voting": 0 };
  for (const p of Object.values(positions)) counts[p as Position] += 1;
  return counts;
}

async function dataCounts(page: Page, selector: string): Promise<Record<string, number>> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      Object.fromEntries(elements.map((e) => [e.getAttribute("data-position") ?? "", Number(e.getAttribute("data-count"))])),
    );
}

test.describe("every vote page shows the figures of the record", () => {
  for (const vote of corpus.votes) {
    test(`${vote.url}`, async ({ browser }) => {
      const { page, problems, close } = await openPage(browser, vote.url);
      await expect(page.locator("h1")).toHaveText(vote.symbol);
      const main = page.locator("#tally-heading + .tallies .tally-figure").first();
      if (vote.adoptedWithoutVote || !vote.tally) {
        await expect(page.locator("[data-without-vote]")).toContainText("Adopted without a vote");
        await expect(page.locator("svg.tally-bar, svg.world-map, .region-chart")).toHaveCount(0);
      } else {
        const t = vote.tally;
        const expected: Record<string, number> = { yes: t.yes, no: t.no };
        if (t.abstain !== null) expected["abstain"] = t.abstain;
        if (t.nonVoting !== null) expected["non-voting"] = t.nonVoting;
        const segments = await dataCounts(page, `#tally-${vote.id} .tally-segment`);
        const { "not-reported": notReported, ...recorded } = segments;
        expect(Object.fromEntries(Object.entries(recorded).filter(([, n]) => n > 0))).toEqual(
          Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0)),
        );
        const known = Object.values(expected).reduce((a, b) => a + b, 0);
        expect(notReported ?? 0).toBe(t.abstain === null || t.nonVoting === null ? 193 - known : 0);
        await expect(main.locator("figcaption strong")).toHaveText(
          `${t.yes}-${t.no}${t.abstain === null ? "" : `-${t.abstain}`}`,
        );
      }
      const hasPositions = Object.keys(vote.positions).length > 0;
      await expect(page.locator("svg.world-map")).toHaveCount(hasPositions ? 1 : 0);
      if (hasPositions) {
        const counts = countsOf(vote.positions);
        const legend = await dataCounts(page, ".world-map-chart .position-legend li");
        expect(legend).toEqual(counts);
        for (const p of POSITIONS) {
          await expect(page.locator(`#country-table tbody tr[data-position="${p}"]`), `table ${p}`).toHaveCount(counts[p]);
          await expect(page.locator(`.region-cell[data-position="${p}"]`), `waffle ${p}`).toHaveCount(counts[p]);
        }
        await expect(page.locator("#country-table tbody tr")).toHaveCount(193);
      }
      for (const sponsor of vote.sponsors) {
        const actor = corpus.actors.find((a) => a.id === sponsor);
        await expect(page.locator(".sponsors")).toContainText(actor?.name ?? sponsor);
      }
      await expect(page.locator(`a[href="/votes/${vote.id}.csv"]`).first()).toBeVisible();
      await expect(page.locator(`a[href="/votes/${vote.id}.json"]`).first()).toBeVisible();
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await close();
    });
  }
});

test("the map colours all 193 states by their position, sampled states checked for fill and pattern", async ({ browser }) => {
  for (const vote of votesWithPositions) {
    const { page, close } = await openPage(browser, vote.url);
    const mapped = await page
      .locator("svg.world-map .map-state")
      .evaluateAll((elements) => elements.map((e) => [e.getAttribute("data-iso3"), e.getAttribute("data-position")] as const));
    expect(new Set(mapped.map(([iso3]) => iso3)).size, vote.id).toBe(193);
    for (const [iso3, position] of mapped) expect(position, `${vote.id} ${iso3}`).toBe(vote.positions[iso3 ?? ""]);
    for (const position of POSITIONS) {
      const holders = Object.keys(vote.positions)
        .filter((iso3) => vote.positions[iso3] === position)
        .sort();
      const sample = [holders[0], holders[Math.floor(holders.length / 2)], holders.at(-1)].filter((x): x is string => Boolean(x));
      for (const iso3 of sample) {
        const paint = await page
          .locator(`svg.world-map .map-state[data-iso3="${iso3}"]`)
          .first()
          .evaluate((e) => {
            const style = getComputedStyle(e);
            return { fill: style.fill, opacity: style.fillOpacity };
          });
        const expected = {
          yes: /rgb\(0, 158, 115\)/u,
          no: /url\("#map-[a-z0-9-]+-pattern-no"\)/u,
          abstain: /url\("#map-[a-z0-9-]+-pattern-abstain"\)/u,
          "non-voting": /rgb\(153, 153, 153\)/u,
        }[position];
        expect(paint.fill, `${vote.id} ${iso3} ${position}`).toMatch(expected);
        expect(Number(paint.opacity), `${vote.id} ${iso3}`).toBe(position === "non-voting" ? 0.3 : 1);
      }
    }
    await close();
  }
});

test("the states too small to see are listed with their positions", async ({ browser }) => {
  const vote = corpus.votes.find((v) => v.id === "a-res-74-247") ?? votesWithPositions[0];
  if (!vote) throw new Error("no vote with positions");
  const { page, close } = await openPage(browser, vote.url);
  for (const iso3 of ["AND", "MCO", "TUV", "SGP"]) {
    const link = page.locator(`.small-states a[data-iso3="${iso3}"]`);
    await expect(link).toHaveCount(1);
    const position = vote.positions[iso3] as Position;
    const label = { yes: "Yes", no: "No", abstain: "Abstain", "non-voting": "Non-voting" }[position];
    await expect(link.locator("xpath=ancestor::dd[1]/preceding-sibling::dt[1]")).toHaveText(label);
    await expect(page.locator(`svg.world-map circle.map-marker[data-iso3="${iso3}"]`)).toHaveAttribute("data-position", position);
  }
  await close();
});

test("the country table sorts and filters with the keyboard, and says what it did", async ({ browser }) => {
  const vote = corpus.votes.find((v) => v.id === "a-res-74-247") ?? votesWithPositions[0];
  if (!vote) throw new Error("no vote with positions");
  const counts = countsOf(vote.positions);
  const { page, problems, close } = await openPage(browser, vote.url);
  const table = page.locator("#country-table");
  const status = page.locator(".table-controls [role=status]");
  await expect(status).toHaveText("All 193 states shown.");

  const positionHeader = table.locator("thead th", { hasText: "Position" });
  await positionHeader.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(positionHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-position", "yes");
  await expect(status).toContainText("Sorted by Position, ascending");
  await page.keyboard.press("Enter");
  await expect(positionHeader).toHaveAttribute("aria-sort", "descending");
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-position", "non-voting");

  await table.locator("thead th", { hasText: "State" }).getByRole("button").click();
  const names = await table.locator("tbody tr th").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base", numeric: true })));

  await page.getByRole("combobox", { name: "Position", exact: true }).selectOption("Abstain");
  await expect(table.locator("tbody tr:visible")).toHaveCount(counts.abstain);
  await expect(status).toHaveText(`Showing ${counts.abstain} of 193 states.`);
  await page.getByRole("combobox", { name: "Position", exact: true }).selectOption("");

  const african = states.filter((s) => s.region === "African").length;
  await page.getByRole("combobox", { name: "Regional group", exact: true }).selectOption("African");
  await expect(table.locator("tbody tr:visible")).toHaveCount(african);
  await page.getByRole("combobox", { name: "Regional group", exact: true }).selectOption("");

  await page.getByRole("searchbox", { name: "Filter states" }).fill("united");
  const visible = await table.locator("tbody tr:visible th").allTextContents();
  expect(visible.length).toBeGreaterThan(0);
  for (const name of visible) expect(name.toLowerCase()).toContain("united");
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("hovering a state shows its position and highlights it in every chart and the table", async ({ browser }) => {
  const vote = corpus.votes.find((v) => v.id === "a-res-74-247") ?? votesWithPositions[0];
  if (!vote) throw new Error("no vote with positions");
  const brazil = states.find((s) => s.iso3 === "BRA");
  const label = { yes: "Yes", no: "No", abstain: "Abstain", "non-voting": "Non-voting" }[vote.positions["BRA"] as Position];
  const { page, problems, close } = await openPage(browser, vote.url);
  await page.locator('svg.world-map path[data-iso3="BRA"]').hover();
  await expect(page.locator(".chart-tooltip")).toBeVisible();
  await expect(page.locator(".chart-tooltip")).toHaveText(`${brazil?.name ?? "Brazil"}: ${label}`);
  await expect(page.locator('.region-cell[data-iso3="BRA"]')).toHaveClass(/is-highlighted/u);
  await expect(page.locator('#country-table tr[data-iso3="BRA"]')).toHaveClass(/is-highlighted/u);
  await page.keyboard.press("Escape");
  await expect(page.locator(".chart-tooltip")).toBeHidden();
  await expect(page.locator('.region-cell[data-iso3="BRA"]')).not.toHaveClass(/is-highlighted/u);
  expect(problems.consoleErrors).toEqual([]);
  await close();
});

test("with JavaScript off the vote page and the swing analysis are complete plain pages", async ({ browser }) => {
  const vote = corpus.votes.find((v) => v.id === "a-res-74-247") ?? votesWithPositions[0];
  if (!vote) throw new Error("no vote with positions");
  const { page, close } = await openPage(browser, vote.url, { javaScriptEnabled: false });
  await expect(page.locator("svg.world-map")).toBeVisible();
  await expect(page.locator("svg.tally-bar").first()).toBeVisible();
  await expect(page.locator("#country-table tbody tr:visible")).toHaveCount(193);
  await expect(page.locator("#country-table .sort-button, .table-controls")).toHaveCount(0);
  await expect(page.locator(".region-cell")).toHaveCount(193);
  await page.goto("/votes/compare/");
  await expect(page.locator("#reference-picker")).toBeHidden();
  await expect(page.locator('#swing-matrix th[data-agreement-ref="0"]')).toContainText("Agrees with Russia");
  await expect(page.locator('#swing-matrix th[data-agreement-ref="1"]')).toContainText("Agrees with United States");
  await expect(page.locator("#swing-matrix tbody tr")).toHaveCount(193);
  await close();
});

test("the swing matrix shows every state's positions and recomputes agreement for a chosen reference", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/votes/compare/");
  const voteIds = await page
    .locator("#swing-matrix thead th[data-vote]")
    .evaluateAll((ths) => ths.map((th) => th.getAttribute("data-vote") ?? ""));
  expect(voteIds).toEqual(["a-res-73-187", "a-res-74-247", "a-res-73-27", "a-res-74-29", "a-res-73-266", "a-res-74-28"]);
  const votes = voteIds.map((id) => corpus.votes.find((v) => v.id === id));
  const cells = await page
    .locator("#swing-matrix tbody td[data-position]")
    .evaluateAll((tds) =>
      tds.map(
        (td) =>
          [td.closest("tr")?.getAttribute("data-iso3"), td.getAttribute("data-vote"), td.getAttribute("data-position")] as const,
      ),
    );
  expect(cells).toHaveLength(193 * 6);
  for (const [iso3, voteId, position] of cells) expect(position).toBe(votes.find((v) => v?.id === voteId)?.positions[iso3 ?? ""]);

  // Agreement of Brazil with China over the six votes, by the page's rule (both voted, same way).
  const positionsOf = (iso3: string) => votes.map((v) => v?.positions[iso3]);
  const [bra, chn] = [positionsOf("BRA"), positionsOf("CHN")];
  let agree = 0;
  let comparable = 0;
  bra.forEach((p, i) => {
    const q = chn[i];
    if (!p || !q || p === "non-voting" || q === "non-voting") return;
    comparable += 1;
    if (p === q) agree += 1;
  });
  await page.getByRole("combobox", { name: "Reference state 1" }).selectOption("CHN");
  await expect(page.locator('#swing-matrix th[data-agreement-ref="0"]')).toContainText("Agrees with China");
  await expect(page.locator('#swing-matrix tr[data-iso3="BRA"] td[data-agreement-ref="0"]')).toHaveText(`${agree}/${comparable}`);
  await expect(page.locator('#agreement-by-vote thead [data-ref-name="0"]')).toHaveText("China");

  // The Budapest breakdown of 74/247 counts parties as of the vote's day.
  const v247 = corpus.votes.find((v) => v.id === "a-res-74-247");
  const budapest = corpus.statusLists.find((l) => l.id === "budapest-convention");
  const parties = (budapest?.entries ?? [])
    .filter((r) => r.ratified !== undefined && r.ratified <= (v247?.date ?? ""))
    .flatMap((r) => (r.iso3 ? [r.iso3] : []));
  const partyPositions: Record<string, string> = {};
  for (const iso3 of parties) {
    const position = v247?.positions[iso3];
    if (position) partyPositions[iso3] = position;
  }
  const partyCounts = countsOf(partyPositions);
  const cell = page.locator('#by-budapest tr[data-group="party"] td[data-vote="a-res-74-247"]');
  await expect(cell).toHaveAttribute("data-yes", String(partyCounts.yes));
  await expect(cell).toHaveAttribute("data-no", String(partyCounts.no));
  await expect(cell).toHaveAttribute("data-abstain", String(partyCounts.abstain));
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
  await close();
});

test("the votes index charts every recorded tally and lists every vote", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/votes/");
  await expect(page.locator("#votes-table tbody tr")).toHaveCount(corpus.votes.length);
  for (const vote of corpus.votes.filter((v) => v.tally)) {
    const counts = await dataCounts(page, `.multiples li[data-vote="${vote.id}"] .tally-segment`);
    expect(counts["yes"], vote.id).toBe(vote.tally?.yes);
    expect(counts["no"], vote.id).toBe(vote.tally?.no);
  }
  await close();
});

test("a state's page shows its path across every vote; other actors' pages do not", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/actors/bra/");
  const marks = await page
    .locator("svg.country-path .path-vote")
    .evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-vote"), g.getAttribute("data-mark")] as const));
  expect(marks).toHaveLength(corpus.votes.length);
  for (const [id, mark] of marks) {
    const vote = corpus.votes.find((v) => v.id === id);
    expect(mark, id ?? "").toBe(vote?.positions["BRA"] ?? (vote?.adoptedWithoutVote ? "without-vote" : "no-record"));
  }
  const org = corpus.actors.find((a) => a.kind !== "state");
  if (!org) throw new Error("no non-state actor");
  await page.goto(org.url);
  await expect(page.locator("svg.country-path")).toHaveCount(0);
  await close();
});

/**
 * Every vote page in both colour schemes. axe's contrast check takes about a
 * second per hundred table cells, so the country table body, the same
 * template on every vote page, is checked in full on one page of each kind
 * and left out on the others.
 */
const fullAxe = new Set([
  "/votes/",
  "/votes/compare/",
  "/votes/a-res-74-247/",
  "/votes/a-c-3-74-l-11-rev-1/",
  "/votes/a-c-1-73-l-27-rev-1/",
  "/votes/a-res-79-243/",
  "/actors/rus/",
]);
const axePages = [...new Set([...fullAxe, ...corpus.votes.map((v) => v.url)])];
for (const colorScheme of ["light", "dark"] as const) {
  for (const url of axePages) {
    test(`axe finds no violations on ${url} (${colorScheme})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(url);
      const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
      if (!fullAxe.has(url)) builder.exclude("#country-table tbody");
      const results = await builder.analyze();
      await context.close();
      expect(
        results.violations.map(
          (v) =>
            `${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
}
