/**
 * Articles as records: every article has its page with its heading as the
 * source gives it, glosses are always labelled as the atlas's rendering,
 * article numbers in the comparison link to their pages, and the
 * concordance goes to the pair it names.
 */
import { expect, test } from "@playwright/test";
import { openPage, publishedCorpus } from "./helpers.ts";

const corpus = publishedCorpus();
const glossed = corpus.articles.filter((a) => a.gloss !== undefined);
const dimensionTitles = new Set(corpus.dimensions.map((d) => d.title.toLowerCase()));

test("an Arabic heading is marked as Arabic, right to left, with its gloss labelled as ours", async ({ browser }) => {
  const { page, problems, close } = await openPage(browser, "/instruments/un-cybercrime-convention/articles/1/", { javaScriptEnabled: false });
  const heading = page.locator(".lede .heading");
  await expect(heading).toHaveAttribute("lang", "ar");
  await expect(heading).toHaveAttribute("dir", "rtl");
  await expect(heading).toHaveText("بيان الغرض");
  await expect(page.locator(".lede [data-gloss]")).toContainText("the atlas's rendering, not an official title");
  await expect(page.locator("[data-heading-source]")).toContainText("not verified against the official text");
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await close();
});

test("an article whose heading was not found still has its page, and says so", async ({ browser }) => {
  const missing = corpus.articles.find((a) => a.instrument === "un-cybercrime-convention" && a.confidence === "not-found");
  expect(missing).toBeDefined();
  const { page, close } = await openPage(browser, missing?.url ?? "", { javaScriptEnabled: false });
  await expect(page.locator("h1")).toHaveText(`UN Convention against Cybercrime, Art. ${missing?.number}`);
  await expect(page.locator(".lede")).toContainText("Heading not confirmed");
  await expect(page.locator(".lede")).toContainText("heading not found in any source read");
  await close();
});

test(`every glossed heading (${glossed.length}) appears only labelled as the atlas's rendering`, async ({ browser }) => {
  expect(glossed.length).toBeGreaterThan(0);
  const lists = [...new Set(glossed.map((a) => corpus.articleLists.find((l) => l.id === a.instrument)?.url ?? ""))];
  const concordances = ["/compare/concordance/budapest-convention/un-cybercrime-convention/"];
  for (const url of [...glossed.map((a) => a.url), ...lists, ...concordances]) {
    const { page, close } = await openPage(browser, url, { javaScriptEnabled: false });
    const labels = page.locator("[data-gloss]");
    for (const label of await labels.all()) await expect(label, url).toContainText(/atlas's (literal )?rendering/u);
    // With the labelled renderings taken out, no gloss is left anywhere on the page, title and meta included.
    const rest = await page.evaluate(() => {
      for (const element of document.querySelectorAll("[data-gloss]")) element.remove();
      return document.documentElement.outerHTML;
    });
    for (const article of glossed) {
      // A gloss that is also a dimension's title ("Extradition") may stand alone as that title.
      const alone = !dimensionTitles.has(article.gloss?.toLowerCase() ?? "") && rest.includes(`>${article.gloss}<`);
      expect(rest.includes(`“${article.gloss}”`) || alone, `${url}: ${article.gloss}`).toBe(false);
    }
    await close();
  }
});

test("the article list shows every article by chapter, with how complete it is", async ({ browser }) => {
  const list = corpus.articleLists.find((l) => l.id === "un-cybercrime-convention");
  const { page, close } = await openPage(browser, list?.url ?? "", { javaScriptEnabled: false });
  await expect(page.locator("tr[data-article]")).toHaveCount(list?.articles.length ?? -1);
  const notFound = corpus.articles.filter((a) => a.instrument === "un-cybercrime-convention" && a.confidence === "not-found").length;
  await expect(page.locator("[data-coverage]")).toContainText(`${notFound} whose heading was not found`);
  await close();
});

test("article numbers in the comparison link to their article pages", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/compare/", { javaScriptEnabled: false });
  const links = page.locator("td .arts a");
  expect(await links.count()).toBeGreaterThan(50);
  const urls = new Set(corpus.articles.map((a) => a.url));
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) expect(urls.has(href), href).toBe(true);
  const illegalAccess = page.locator('td[data-instrument="budapest-convention"][id*="illegal-access"] .arts a');
  await expect(illegalAccess).toHaveAttribute("href", "/instruments/budapest-convention/articles/2/");
  await close();
});

test("the concordance form and ?a=…&b=… go to the pair's page, in either order", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/compare/concordance/?a=un-cybercrime-convention&b=budapest-convention");
  await page.waitForURL("**/compare/concordance/budapest-convention/un-cybercrime-convention/");
  const row = page.locator('tr[data-dimension="illegal-access"]');
  await expect(row).toContainText("Art. 2");
  await expect(row).toContainText("Art. 7");
  await page.goto("/compare/concordance/");
  await page.selectOption('select[name="a"]', "malabo-convention");
  await page.selectOption('select[name="b"]', "budapest-convention");
  await page.getByRole("button", { name: "Show the pair" }).click();
  await page.waitForURL(/\/compare\/concordance\/(budapest-convention\/malabo-convention|malabo-convention\/budapest-convention)\/$/u);
  await close();
});

test("without JavaScript the concordance index links every pair's page", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/compare/concordance/", { javaScriptEnabled: false });
  for (const [a, b] of [["budapest-convention", "un-cybercrime-convention"], ["un-cybercrime-convention", "malabo-convention"]])
    await expect(page.locator(`[data-pairs] li[data-a="${a}"][data-b="${b}"] a`)).toHaveAttribute("href", `/compare/concordance/${a}/${b}/`);
  await close();
});
