/**
 * Charts to take away and link previews: every chart type's SVG, PNG, CSV
 * and embed links work (content types, a standalone SVG, a PNG at twice the
 * SVG's size), an embed loads inside an iframe on another origin and asks
 * nothing of any origin but the atlas, and the preview cards exist at
 * 1200×630. Also: no timeline label is cut.
 */
import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { openPage } from "./helpers.ts";

const PORT = Number(process.env["E2E_PORT"] ?? 4329);
const OTHER_PORT = Number(process.env["E2E_OTHER_PORT"] ?? PORT + 10);
const ATLAS = `http://127.0.0.1:${PORT}`;

/** Each chart type, on a page that has it. */
const CHARTS = [
  { type: "tally", page: "/votes/a-res-74-247/", path: "votes/a-res-74-247/tally" },
  { type: "map", page: "/votes/a-res-74-247/", path: "votes/a-res-74-247/map" },
  { type: "regional waffle", page: "/votes/a-res-74-247/", path: "votes/a-res-74-247/regions" },
  { type: "swing matrix", page: "/votes/compare/", path: "votes/compare/matrix" },
  { type: "status map", page: "/instruments/budapest-convention/status/", path: "instruments/budapest-convention/status-map" },
  {
    type: "status steps",
    page: "/instruments/budapest-convention/status/",
    path: "instruments/budapest-convention/status-steps",
  },
  { type: "country strip", page: "/actors/rus/", path: "actors/rus/path" },
  { type: "timeline", page: "/timeline/", path: "timeline/all" },
];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchOk(request: APIRequestContext, url: string, type: RegExp): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(type);
  return response.body();
}

/** Parses an SVG in the browser as a file of its own: what an editor opening the download sees. */
async function parseStandalone(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute("width")),
      title: root.querySelector(":scope > title")?.textContent ?? "",
      styles: root.querySelectorAll("style").length,
      external: [...root.querySelectorAll("[href], [*|href]")]
        .map((e) => e.getAttribute("href") ?? "")
        .filter((h) => !h.startsWith("#")),
      text: root.textContent ?? "",
    };
  }, text);
}

for (const chart of CHARTS) {
  test(`the ${chart.type} chart has working SVG, PNG, CSV and embed links`, async ({ browser, request }) => {
    const { page, close } = await openPage(browser, chart.page);
    const block = page.locator(`[data-chart-downloads="${chart.path}"]`);
    await expect(block).toHaveCount(1);
    const href = async (format: string) => (await block.locator(`a[data-format="${format}"]`).getAttribute("href")) ?? "";

    const svgText = (await fetchOk(request, await href("svg"), /^image\/svg\+xml/u)).toString("utf8");
    const svg = await parseStandalone(page, svgText);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe("svg");
    expect(svg.namespace).toBe("http://www.w3.org/2000/svg");
    expect(svg.title.length).toBeGreaterThan(5);
    expect(svg.styles).toBe(1);
    expect(svg.external).toEqual([]);
    expect(svg.text).toContain("Source:");
    expect(svg.text).toContain(`https://cybercrime-treaty-atlas.org${chart.page}`);

    const png = pngSize(await fetchOk(request, await href("png"), /^image\/png/u));
    expect(png.width).toBe(2 * svg.width);

    const csv = (await fetchOk(request, await href("csv"), /^text\/csv/u)).toString("utf8").trim().split("\r\n");
    expect(csv.length).toBeGreaterThan(1);
    expect(csv[0]?.split(",").length).toBeGreaterThan(1);

    const embed = await href("embed");
    expect(embed).toBe(`/embed/${chart.path}/`);
    const embedPage = await request.get(embed);
    expect(embedPage.status()).toBe(200);
    expect(embedPage.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const snippet = (await block.locator("pre code").textContent()) ?? "";
    expect(snippet).toContain(`<iframe src="https://cybercrime-treaty-atlas.org/embed/${chart.path}/"`);
    await close();
  });
}

test.describe("an embed on another origin", () => {
  let server: Server;
  test.beforeAll(async () => {
    server = createServer((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="en"><title>Host</title><h1>Someone's report</h1><iframe title="chart" width="800" height="600" src="${ATLAS}/embed/votes/a-res-74-247/map/"></iframe></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(OTHER_PORT, "127.0.0.1", resolve));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test("loads in the iframe and asks nothing of any other origin", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const host = `http://127.0.0.1:${OTHER_PORT}`;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${host}/`, { waitUntil: "load" });
    const frame = page.frameLocator("iframe");
    const image = frame.locator("img");
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(frame.locator("a[href^='https://cybercrime-treaty-atlas.org/votes/a-res-74-247/']")).toHaveCount(1);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    origins.delete(host);
    expect([...origins]).toEqual([ATLAS]);
    expect(requests.filter((url) => url.startsWith(host))).toEqual([`${host}/`]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const PREVIEWED = [
  "/",
  "/claims/hakmeh-peters-2018-sg-views/",
  "/sources/hakmeh-peters-2020-cfr/",
  "/instruments/budapest-convention/",
  "/votes/a-res-74-247/",
];

for (const url of PREVIEWED) {
  test(`${url} has a link-preview image of 1200×630`, async ({ browser, request }) => {
    const { page, close } = await openPage(browser, url);
    const meta = async (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
    expect(await meta("twitter:card")).toBe("summary_large_image");
    const image = (await meta("og:image")) ?? "";
    expect(image).toMatch(/^https:\/\/cybercrime-treaty-atlas\.org\/previews\/.+\.png$/u);
    expect(await meta("twitter:image")).toBe(image);
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:height")).toBe("630");
    expect((await meta("og:image:alt"))?.length).toBeGreaterThan(5);
    const png = pngSize(await fetchOk(request, new URL(image).pathname, /^image\/png/u));
    expect(png).toEqual({ width: 1200, height: 630 });
    await close();
  });
}

test("no timeline label is cut short", async ({ browser }) => {
  for (const url of ["/timeline/", "/actors/rus/", "/instruments/budapest-convention/"]) {
    const { page, close } = await openPage(browser, url);
    const labels = await page.locator("text.tl-label").evaluateAll((nodes) =>
      nodes.map((n) => {
        const spans = [...n.querySelectorAll("tspan")];
        // One-line labels hold their text directly, beside the tooltip's <title>.
        return spans.length > 0
          ? spans.map((t) => t.textContent ?? "").join(" ")
          : [...n.childNodes]
              .filter((c) => c.nodeType === 3)
              .map((c) => c.textContent)
              .join("");
      }),
    );
    expect(labels.length, url).toBeGreaterThan(0);
    expect(
      labels.filter((label) => /…|\.\.\.$/u.test(label)),
      url,
    ).toEqual([]);
    await close();
  }
});
