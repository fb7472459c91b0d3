import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PngCache } from "../../../src/lib/images/png-cache.ts";
import { RasterPool } from "../../../src/lib/images/raster-pool.ts";
import { svgToPng } from "../../../src/lib/images/raster.ts";

// Misses are drawn on worker threads, as in a build.
const pool = new RasterPool(2);
const rasterise = (svg: string, scale: number) => pool.render(svg, scale);
afterAll(() => pool.close());

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${fill}"/><text x="2" y="15" font-size="12">Ab</text></svg>`;

describe("the PNG cache", () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "png-cache-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("renders a miss as the synchronous rasteriser does, then gives the same bytes back from disk in a later build", async () => {
    const dir = fresh();
    const first = new PngCache(dir, rasterise);
    const rendered = await first.png(svg("#c00"), 2);
    expect(rendered.equals(svgToPng(svg("#c00"), 2).png)).toBe(true);
    expect([first.hits, first.misses]).toEqual([0, 1]);
    const later = new PngCache(dir, rasterise);
    expect((await later.png(svg("#c00"), 2)).equals(rendered)).toBe(true);
    expect([later.hits, later.misses]).toEqual([1, 0]);
  });

  it("keys on the SVG and the scale: a changed chart or another size is rendered again", async () => {
    const dir = fresh();
    await new PngCache(dir, rasterise).png(svg("#c00"), 1);
    const later = new PngCache(dir, rasterise);
    const other = await later.png(svg("#00c"), 1);
    const bigger = await later.png(svg("#c00"), 2);
    expect([later.hits, later.misses]).toEqual([0, 2]);
    expect(other.equals(svgToPng(svg("#00c"), 1).png)).toBe(true);
    expect(bigger.equals(svgToPng(svg("#c00"), 2).png)).toBe(true);
  });

  it("prunes what the last build did not use, and keeps nothing without a folder", async () => {
    const dir = fresh();
    const first = new PngCache(dir, rasterise);
    await first.png(svg("#c00"), 1);
    await first.png(svg("#0c0"), 1);
    const later = new PngCache(dir, rasterise);
    await later.png(svg("#0c0"), 1);
    expect(await later.prune()).toBe(1);
    expect(readdirSync(dir)).toEqual([`${PngCache.key(svg("#0c0"), 1)}.png`]);
    const none = new PngCache(undefined, rasterise);
    await none.png(svg("#c00"), 1);
    await none.png(svg("#c00"), 1);
    expect([none.hits, none.misses]).toEqual([0, 2]);
  });
});
