/**
 * The link check (scripts/check-links.ts) over the built site, and over a
 * small site with known faults, which proves the checker can fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkLinks, externalLinksReport, formatProblem } from "../../../scripts/check-links.ts";
import { DIST_DIR } from "./built-site.ts";

test("the built site has no broken internal link or fragment, and its external URLs are listed", async () => {
  test.setTimeout(5 * 60_000);
  const report = await checkLinks(DIST_DIR);
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/external-links.txt", externalLinksReport(report));
  expect(report.pages).toBeGreaterThan(100);
  expect(report.checked).toBeGreaterThan(report.pages * 10);
  expect(report.problems.map((p) => formatProblem(DIST_DIR, p))).toEqual([]);
});

test.describe("the link checker", () => {
  let dir = "";
  const page = (body: string, head = "") =>
    `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

  test.beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "links-"));
    const files: Record<string, string> = {
      "index.html": page(
        [
          '<a href="/timeline/#ev-1">ok: event</a>',
          '<a href="/compare/?with=a,b#scope--budapest">ok: cell with a query</a>',
          '<a href="/search/?q=a&amp;type=claim">ok: entity in a query</a><a href="/search/?q=a&#38;type=claim#&#x72;esults">ok: numeric entities</a>',
          '<a href="#here">ok: same page</a><p id="here"></p>',
          '<a href="https://example.org/doc#:~:text=quote">external</a>',
          '<a href="/timeline/#ev-2">broken fragment</a>',
          '<a href="/compare/#scope--nowhere">broken cell</a>',
          '<a href="/missing/">missing page</a>',
          '<a href="/timeline">no trailing slash</a>',
          '<a href="/data/corpus.json">ok: a file</a>',
          '<img src="/missing.svg" alt="">',
          '<a href="javascript:alert(1)">script</a>',
          '<a href="#gone">broken same-page fragment</a>',
        ].join("\n"),
        '<link rel="canonical" href="https://site.example/"><link rel="icon" href="/favicon.svg">',
      ),
      "timeline/index.html": page('<article id="ev-1"></article><a href="https://site.example/nowhere/">absolute to self</a>'),
      "compare/index.html": page('<td id="scope--budapest"></td>'),
      "search/index.html": page('<div id="results"></div>'),
      "data/corpus.json": "{}",
      "favicon.svg": "<svg></svg>",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("reports each broken link, fragment and unsafe scheme with its place, and lists external URLs", async () => {
    const report = await checkLinks(dir);
    expect(report.problems.map((p) => `${p.file}:${p.line} ${p.href}: ${p.reason}`)).toEqual([
      "index.html:6 /timeline/#ev-2: points to #ev-2, which /timeline/ does not have",
      "index.html:7 /compare/#scope--nowhere: points to #scope--nowhere, which /compare/ does not have",
      "index.html:8 /missing/: points to no file in the build",
      "index.html:9 /timeline: lacks the trailing slash (the page is /timeline/)",
      "index.html:11 /missing.svg: points to no file in the build",
      "index.html:12 javascript:alert(1): uses the javascript: scheme",
      "index.html:13 #gone: points to #gone, which / does not have",
      "timeline/index.html:1 https://site.example/nowhere/: points to no file in the build",
    ]);
    expect([...report.external.keys()]).toEqual(["https://example.org/doc#:~:text=quote"]);
  });
});
