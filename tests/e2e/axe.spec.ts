import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const pages = [
  "/",
  "/claims/",
  "/sources/",
  "/actors/",
  "/instruments/",
  "/votes/",
  "/compare/",
  "/timeline/",
  "/search/",
  "/data/",
  "/404.html",
  corpus.claims[0]?.url,
  corpus.sources[0]?.url,
  corpus.votes[0]?.url,
  corpus.instruments[0]?.url,
].filter((url): url is string => Boolean(url));

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on the skeleton pages (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) failures.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
}
