import { describe, expect, it } from "vitest";
import { chartExports } from "../../src/lib/chart-exports/registry.ts";
import { placeSvg, standaloneSvg, viewBoxSize } from "../../src/lib/chart-exports/standalone.ts";
import { previewFiles } from "../../src/lib/images/previews.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "../../src/lib/images/preview-card.ts";
import { svgToPng } from "../../src/lib/images/raster.ts";
import { loadCorpus, type Corpus } from "../../src/corpus/index.ts";

const part =
  '<svg xmlns="http://www.w3.org/2000/svg" id="a" width="50" viewBox="0 0 320 88" role="img"><title id="a-title">T</title></svg>';

describe("standalone chart SVG", () => {
  it("places a part at its natural size, replacing its own size attributes", () => {
    expect(placeSvg(part, { x: 16, y: 40, width: 320, height: 88 })).toMatch(
      /^<svg x="16" y="40" width="320" height="88" xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="a" viewBox="0 0 320 88" role="img">/u,
    );
    expect(viewBoxSize(part)).toEqual({ width: 320, height: 88 });
  });

  it("carries the title, the whole source line, the URL and the version, and rasterises at 2×", () => {
    const source = `Source: ${"a very long citation ".repeat(12)}end.`;
    const svg = standaloneSvg({
      title: "Tally of A/RES/74/247",
      source,
      url: "https://example.org/votes/x/",
      version: "1.abc",
      parts: [part, part],
    });
    const text = svg.replace(/<[^>]+>/gu, " ").replace(/\s+/gu, " ");
    expect(text).toContain("Tally of A/RES/74/247");
    expect(text).toContain("end. https://example.org/votes/x/ (corpus 1.abc)");
    expect(svg).toContain("<style>");
    const width = Number(/^<svg[^>]* width="(\d+)"/mu.exec(svg.split("\n")[1] ?? "")?.[1]);
    expect(width).toBe(352);
    expect(svgToPng(svg, 2).width).toBe(704);
  });
});

describe("the registry and the preview cards over the real corpus", async () => {
  const { corpus } = await loadCorpus();
  const c = corpus as Corpus;

  it("lists each chart type once per record that has it, with data rows", () => {
    const charts = chartExports(c);
    const kinds = new Set(charts.map((chart) => chart.path.replace(/\/[^/]+\//u, "/<id>/")));
    expect([...kinds].sort()).toEqual([
      "actors/<id>/path",
      "instruments/<id>/status-map",
      "instruments/<id>/status-steps",
      "timeline/all",
      "votes/<id>/map",
      "votes/<id>/matrix",
      "votes/<id>/regions",
      "votes/<id>/tally",
    ]);
    expect(new Set(charts.map((chart) => chart.path)).size).toBe(charts.length);
    for (const chart of charts) expect(chart.csv.rows.length, chart.path).toBeGreaterThan(0);
  });

  it("draws a card for the home page, every source, treaty and vote, at 1200×630", () => {
    const files = [...previewFiles(c)];
    expect(files.length).toBe(1 + c.sources().length + c.instruments().length + c.votes().length);
    const vote = files.find((f) => f.urlPath === "/previews/votes/a-res-74-247.png");
    expect(vote?.svg).toContain('data-position="yes"');
    const png = svgToPng(files[0]?.svg ?? "");
    expect([png.width, png.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
  });
});
