import { expect, test } from "@playwright/test";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const first = <T>(records: readonly T[], what: string): T => {
  const record = records[0];
  if (!record) throw new Error(`the published corpus has no ${what}`);
  return record;
};

/** One page of every route type, and the heading each must show. */
const routes: { url: string; heading: string | RegExp }[] = [
  { url: "/", heading: "Cybercrime Treaty Atlas" },
  { url: "/claims/", heading: "Claims" },
  { url: first(corpus.claims, "claim").url, heading: /Claim / },
  { url: "/sources/", heading: "Sources" },
  { url: first(corpus.sources, "source").url, heading: first(corpus.sources, "source").title },
  { url: "/actors/", heading: "Actors" },
  { url: first(corpus.actors.filter((a) => a.kind === "state"), "state").url, heading: first(corpus.actors.filter((a) => a.kind === "state"), "state").name },
  { url: first(corpus.actors.filter((a) => a.kind !== "state"), "non-state actor").url, heading: first(corpus.actors.filter((a) => a.kind !== "state"), "non-state actor").name },
  { url: "/instruments/", heading: "Treaties and drafts" },
  { url: first(corpus.instruments, "instrument").url, heading: first(corpus.instruments, "instrument").shortName },
  { url: "/votes/", heading: "Votes" },
  { url: first(corpus.votes, "vote").url, heading: first(corpus.votes, "vote").symbol },
  { url: "/compare/", heading: "Compare the treaties" },
  { url: "/timeline/", heading: "Timeline" },
  { url: "/search/", heading: "Search" },
  { url: "/data/", heading: "Open data" },
];

for (const route of routes) {
  test(`${route.url} renders with no console error, failed request or foreign request`, async ({ browser }) => {
    const { page, problems, close } = await openPage(browser, route.url);
    await expect(page.locator("h1")).toHaveText(route.heading);
    await expect(page.locator("header nav[aria-label=Main]")).toBeAttached();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });
}

test("an unknown URL gets the 404 page with status 404", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto("/claims/no-such-claim/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await context.close();
});

test("the data downloads are served", async ({ request }) => {
  const json = await request.get("/data/corpus.json");
  expect(json.ok()).toBe(true);
  const data = (await json.json()) as { claims: unknown[]; version: string };
  expect(data.claims.length).toBe(corpus.claims.length);
  for (const file of ["/data/claims.csv", "/data/votes.csv", "/data/corpus.schema.json", "/favicon.svg"]) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
});
