/**
 * Print (DESIGN.md): a claim prints its card, permalink and Chicago citation
 * on the first page; long tables (a treaty's status list, the comparison)
 * print with their header row on every page. Each page is printed to PDF by
 * Chromium and read back with pdfjs-dist.
 */
import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { publishedCorpus } from "./helpers.ts";

/** The text of each printed page. */
async function printedPages(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: "load" });
  const pdf = await page.pdf({ format: "Letter" });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/gu, " "),
    );
  }
  return pages;
}

const squash = (text: string) => text.replace(/\s+/gu, "");

test("a claim prints its card, permalink and Chicago citation on the first page, even the longest card", async ({ page }) => {
  const corpus = publishedCorpus();
  // The longest verdicts make the longest cards: the hardest cases, with the first claim as an ordinary one.
  const claims = [...corpus.claims].sort((a, b) => (b.verdict?.text.length ?? 0) - (a.verdict?.text.length ?? 0));
  for (const claim of [corpus.claims[0], ...claims.slice(0, 2)]) {
    if (!claim) continue;
    const [first = "", ...rest] = await printedPages(page, claim.url);
    const chicago = (await page.locator("#cite-txt").textContent()) ?? "";
    expect(rest.length, claim.url).toBeLessThanOrEqual(2);
    expect(squash(first), claim.url).toContain(squash(claim.quote).slice(0, 60));
    expect(first, claim.url).toContain("Permalink:");
    expect(squash(first), claim.url).toContain(squash(chicago));
  }
});

for (const url of ["/compare/", "/instruments/budapest-convention/status/"]) {
  test(`${url} prints its table with the header row on every page`, async ({ page }) => {
    const pages = await printedPages(page, url);
    // The longest table is the one that runs over pages; its first header cell must print on each of them.
    const header = squash(
      await page.evaluate(() => {
        const tables = [...document.querySelectorAll("table")].sort((a, b) => b.rows.length - a.rows.length);
        return tables[0]?.tHead?.rows[0]?.cells[0]?.textContent ?? "";
      }),
    );
    const withTable = pages.filter((text) => squash(text).includes(header));
    expect(pages.length).toBeGreaterThan(1);
    expect(withTable.length, `header "${header}" on ${withTable.length} of ${pages.length} pages`).toBeGreaterThan(1);
  });
}
