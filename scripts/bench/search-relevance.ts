/**
 * Relevance, the atlas against Pagefind, on the shared fixtures over the real
 * corpus (tests/fixtures/search-relevance.ts), in the same browser: each
 * query is typed into /search/ and into the Pagefind page of the same build,
 * and the first three results are read off the page. A fixture passes when
 * every expected record's page is among the first three (and, where it names
 * one, or several equally right, the expected page comes first).
 *
 * Pages, not fragments, are compared: Pagefind indexes pages, so an answer on
 * /compare/ counts for a comparison cell on either side. Fixtures with
 * filters are left out, because the Pagefind page has no facets configured.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { RELEVANCE_FIXTURES, type Fixture } from "../../tests/fixtures/search-relevance.ts";
import type { DocShard } from "../../src/lib/search/types.ts";

export interface RelevanceScore {
  kind: Fixture["kind"];
  fixtures: number;
  top3: number;
  first: number;
  /** Of the fixtures that name a first result. */
  withFirst: number;
}

export interface RelevanceResult {
  atlas: RelevanceScore[];
  pagefind: RelevanceScore[];
  /** Queries where one side passed and the other failed, for the report. */
  differences: string[];
}

const pageOf = (url: string) => url.replace(/#.*$/u, "").replace(/index\.html$/u, "");

/** Record id → its page, from the search documents the build published. */
function pagesById(dist: string): Map<string, string> {
  const dir = path.join(dist, "search/docs");
  const map = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const shard = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as DocShard;
    for (const doc of shard) map.set(doc.id, pageOf(doc.url));
  }
  return map;
}

async function topThree(page: Page, q: string): Promise<string[]> {
  const input = page.locator("#search-input");
  await input.fill(q);
  await page.waitForFunction((asked) => document.querySelector("[data-search-results]")?.getAttribute("data-query") === asked, q);
  const hrefs = await page
    .locator("[data-search-results] a[data-result]")
    .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.map(pageOf);
}

interface Outcome {
  fixture: Fixture;
  top3: boolean;
  first: boolean | undefined;
}

async function judge(
  browser: Browser,
  url: string,
  fixtures: readonly Fixture[],
  pages: Map<string, string>,
): Promise<Outcome[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const outcomes: Outcome[] = [];
  for (const fixture of fixtures) {
    const found = await topThree(page, fixture.q);
    const pageOfRecord = (id: string) => {
      const target = pages.get(id);
      if (!target) throw new Error(`relevance fixture "${fixture.q}": no record ${id} in the built site`);
      return target;
    };
    const expected = fixture.top3.map(pageOfRecord);
    // The right first results: the one it names, or any of several ("Art. 24": any article numbered 24).
    const firsts = [...(fixture.first ? [fixture.first] : []), ...(fixture.firstOf ?? [])].map(pageOfRecord);
    outcomes.push({
      fixture,
      top3: expected.every((target) => found.includes(target)),
      first: firsts.length > 0 ? firsts.includes(found[0] ?? "") : undefined,
    });
  }
  await context.close();
  return outcomes;
}

function score(outcomes: readonly Outcome[]): RelevanceScore[] {
  const kinds = [...new Set(outcomes.map((o) => o.fixture.kind))];
  return kinds.map((kind) => {
    const of = outcomes.filter((o) => o.fixture.kind === kind);
    return {
      kind,
      fixtures: of.length,
      top3: of.filter((o) => o.top3).length,
      first: of.filter((o) => o.first === true).length,
      withFirst: of.filter((o) => o.first !== undefined).length,
    };
  });
}

export async function measureRelevance(browser: Browser, origin: string, dist: string): Promise<RelevanceResult> {
  const fixtures = RELEVANCE_FIXTURES.filter((f) => !f.filters && f.q.trim().length >= 2);
  const pages = pagesById(dist);
  const atlas = await judge(browser, `${origin}/search/`, fixtures, pages);
  const pagefind = await judge(browser, `${origin}/__pagefind/`, fixtures, pages);
  const differences = atlas.flatMap((a, i) => {
    const p = pagefind[i];
    if (!p || (a.top3 === p.top3 && a.first === p.first)) return [];
    const mark = (o: Outcome) =>
      `${o.top3 ? "top 3" : "missed"}${o.first === undefined ? "" : o.first ? ", first" : ", not first"}`;
    return [`"${a.fixture.q}" (${a.fixture.kind}): atlas ${mark(a)}; Pagefind ${mark(p)}`];
  });
  return { atlas: score(atlas), pagefind: score(pagefind), differences };
}

const total = (scores: readonly RelevanceScore[], key: "top3" | "first" | "fixtures" | "withFirst") =>
  scores.reduce((n, s) => n + s[key], 0);

export function relevanceTable(result: RelevanceResult): string {
  const rows = result.atlas.map((a) => {
    const p = result.pagefind.find((s) => s.kind === a.kind);
    return `| ${a.kind} | ${a.fixtures} | ${a.top3} | ${p?.top3 ?? 0} | ${a.first} of ${a.withFirst} | ${p?.first ?? 0} of ${p?.withFirst ?? 0} |`;
  });
  const { atlas, pagefind } = result;
  rows.push(
    `| all | ${total(atlas, "fixtures")} | ${total(atlas, "top3")} | ${total(pagefind, "top3")} | ${total(atlas, "first")} of ${total(atlas, "withFirst")} | ${total(pagefind, "first")} of ${total(pagefind, "withFirst")} |`,
  );
  return [
    "| fixtures | queries | atlas: all in top 3 | Pagefind: all in top 3 | atlas: right first | Pagefind: right first |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    ...(result.differences.length > 0 ? ["", "Where they differ:", ...result.differences.map((d) => `  ${d}`)] : []),
  ].join("\n");
}

/** The budget: at least Pagefind's relevance overall, and on misspelt queries. */
export function relevanceBudget(result: RelevanceResult): string[] {
  const typo = (scores: readonly RelevanceScore[]) => scores.find((s) => s.kind === "typo")?.top3 ?? 0;
  const line = (name: string, atlas: number, pagefind: number) =>
    `${atlas >= pagefind ? "PASS" : "FAIL"} ${name}: atlas ${atlas}, Pagefind ${pagefind}`;
  return [
    line("relevance, fixtures with all expected pages in the top 3", total(result.atlas, "top3"), total(result.pagefind, "top3")),
    line("relevance on misspelt queries", typo(result.atlas), typo(result.pagefind)),
  ];
}
