/**
 * Every built page, not a sample, in a real browser: axe finds no violation,
 * and loading it logs no console error, fails no request and sends none to
 * another origin. One browser page per shard is reused from page to page, and
 * the shards are separate tests so Playwright spreads them over its workers.
 *
 * Light mode runs every axe rule on every page. Dark mode changes colours
 * only, so it runs the colour rules alone, on the largest page of each route
 * type (the one that uses the most of that template's styles): colour
 * contrast is most of axe's time, and pages of one type share one stylesheet.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import { isRedirect, shard, type BuiltPage } from "./built-site.ts";
import { onePerTemplate, pagesUnder } from "./templates.ts";

/**
 * Enough shards to keep 2 (CI) or 4 workers busy until the end, and small
 * enough that one shard stays well inside its timeout on a loaded 2-core
 * machine (measured: about 5 s a page with 4 workers there).
 */
const PAGES_PER_SHARD = 50;
const PAGES = pagesUnder("axe");
const SHARDS = Math.max(8, Math.ceil(PAGES.length / PAGES_PER_SHARD));
/** The rules whose outcome depends on the colour scheme. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

const origin = `http://127.0.0.1:${process.env["E2E_PORT"] ?? 4329}`;

async function sweep(browser: Browser, pages: readonly BuiltPage[], colorScheme: "light" | "dark"): Promise<string[]> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  let current = "";
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`${current}: console error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: uncaught exception: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && new URL(url).origin !== origin)
      problems.push(`${current}: request to another origin: ${url}`);
  });
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "failed";
    // Moving on to the next page cancels what the last one still had in flight (a lazy fetch): not a failure.
    if (error !== "net::ERR_ABORTED") problems.push(`${current}: failed request: ${request.url()} (${error})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url() !== new URL(current, origin).href) {
      problems.push(`${current}: ${response.status()} for ${response.url()}`);
    }
  });
  for (const built of pages) {
    current = built.url;
    const response = await page.goto(built.url, { waitUntil: "load" });
    if (!response?.ok()) problems.push(`${built.url}: status ${response?.status() ?? "none"}`);
    if (isRedirect(built)) {
      // A retired id's page forwards at once; its target is a page of the build, checked in its turn.
      await page.waitForURL((url) => url.pathname !== built.url);
      continue;
    }
    // Only violations are read; skipping the passes and incompletes saves a fifth of axe's time.
    const axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
    if (colorScheme === "dark") axe.withRules(COLOUR_RULES);
    const results = await axe.analyze();
    for (const violation of results.violations) {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ");
      problems.push(
        `${built.url}: axe ${violation.id} (${colorScheme}, ${violation.nodes.length} element(s): ${targets}) ${violation.help}`,
      );
    }
  }
  await context.close();
  return problems;
}

shard(PAGES, SHARDS).forEach((pages, i) => {
  test(`every page, shard ${i + 1}/${SHARDS} (${pages.length} pages): axe finds no violation, no console error, no failed or foreign request`, async ({
    browser,
  }) => {
    test.setTimeout(10 * 60_000);
    expect(pages.length).toBeGreaterThan(0);
    expect(await sweep(browser, pages, "light")).toEqual([]);
  });
});

test("dark mode: axe finds no colour violation on the largest page of each template", async ({ browser }) => {
  test.setTimeout(10 * 60_000);
  const pages = onePerTemplate("axe");
  expect(pages.length).toBeGreaterThan(10);
  expect(await sweep(browser, pages, "dark")).toEqual([]);
});
