import { afterAll, describe, expect, it } from "vitest";
import { RasterPool } from "../../../src/lib/images/raster-pool.ts";
import { MAX_PNG_SIDE, svgToPng } from "../../../src/lib/images/raster.ts";

const card = (fill: string, width = 120, height = 60) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
  `<rect width="${width}" height="${height}" fill="${fill}"/><text x="4" y="30" font-size="14">Budapest 2001</text></svg>`;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("the raster pool", () => {
  const pool = new RasterPool(2);
  afterAll(() => pool.close());

  it("draws on worker threads exactly the PNG the synchronous rasteriser draws, for many jobs at once", async () => {
    const fills = ["#c00", "#0c0", "#00c", "#cc0", "#0cc", "#c0c", "#333"];
    const pngs = await Promise.all(fills.map((fill) => pool.render(card(fill), 2)));
    pngs.forEach((png, i) => expect(png.equals(svgToPng(card(fills[i] ?? ""), 2).png)).toBe(true));
    expect(pngSize(pngs[0] ?? Buffer.alloc(24))).toEqual({ width: 240, height: 120 });
  });

  it("rejects an SVG resvg cannot read with its reason, and goes on drawing the next", async () => {
    await expect(pool.render("<svg", 1)).rejects.toThrow(/resvg could not rasterise an SVG/u);
    expect(pngSize(await pool.render(card("#c00"), 1))).toEqual({ width: 120, height: 60 });
  });

  it("draws a chart too tall for any viewer at the scale that fits its longest side", async () => {
    const tall = card("#c00", 200, 40_000);
    const size = pngSize(await pool.render(tall, 2));
    expect(size.height).toBe(MAX_PNG_SIDE);
    expect(size.width).toBe(Math.round((200 * MAX_PNG_SIDE) / 40_000));
    expect(svgToPng(tall, 2).height).toBe(MAX_PNG_SIDE);
  });

  it("refuses work once closed", async () => {
    const closed = new RasterPool(1);
    await closed.close();
    await expect(closed.render(card("#c00"), 1)).rejects.toThrow(/closed/u);
  });
});
