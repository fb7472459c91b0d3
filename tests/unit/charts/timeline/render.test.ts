import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LANES, timelineItems } from "../../../../src/charts/timeline/data.ts";
import { layoutHorizontal } from "../../../../src/charts/timeline/layout-horizontal.ts";
import { layoutVertical } from "../../../../src/charts/timeline/layout-vertical.ts";
import { periodsOf, timelineCharts } from "../../../../src/charts/timeline/periods.ts";
import { renderHorizontal, renderVertical } from "../../../../src/charts/timeline/render.ts";
import { event, instrument, records, source, vote } from "./fixtures.ts";

const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "__golden__");

/** Compares with the stored SVG byte for byte; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function expectGolden(name: string, svg: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env["UPDATE_GOLDEN"] === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, svg);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
  expect(svg).toBe(readFileSync(file, "utf8"));
}

/** A fixed miniature corpus: one item of every kind, full and partial dates, every lane. */
function sample() {
  const r = records();
  r.votes.push(vote("a-res-74-247", "2019-12-27"), vote("a-c-3-73-draft", "2018-11", { body: "ga-third-committee" }));
  r.events.push(
    event("ahc-set-up", "2019-12-27", "un", { votes: ["a-res-74-247"], actors: ["rus"] }),
    event("sovereign-internet-law", "2019-05-01", "national", { actors: ["rus"] }),
    event("costigan-2021", "2021", "commentary", { sources: ["costigan"] }),
  );
  r.instruments.push(
    instrument("budapest", "coe", [
      ["opened-for-signature", "2001-11-23"],
      ["entry-into-force", "2004-07-01"],
    ]),
    instrument("malabo", "african-union", [["adopted", "2014-06-27"]]),
    instrument("russia-draft", "rus", [["submitted", "2017"]], "draft-convention"),
  );
  r.sources.push(source("costigan", "2021"), source("hakmeh-peters", "2020-01"));
  return timelineItems(r);
}

describe("timeline SVG", () => {
  const items = sample();

  it("matches the golden wide SVG", () => {
    const layout = layoutHorizontal(items, { from: 2000, to: 2021, lanes: LANES });
    expectGolden("wide.svg", renderHorizontal(layout, { id: "timeline-h-all", title: "Timeline, 2000–2021", desc: "Sample." }));
  });

  it("matches the golden phone SVG", () => {
    const layout = layoutVertical(items, { from: 2000, to: 2021, lanes: LANES });
    expectGolden("narrow.svg", renderVertical(layout, { id: "timeline-v", title: "Timeline, 2000–2021", desc: "Sample." }));
  });

  it("is the same string every time", () => {
    const a = timelineCharts(items, { idPrefix: "t", title: "T", zoom: true });
    const b = timelineCharts(sample(), { idPrefix: "t", title: "T", zoom: true });
    expect(a).toEqual(b);
  });

  it("draws every item (marker, leader and label) with a title, inside a labelled, scalable SVG", () => {
    const charts = timelineCharts(items, { idPrefix: "t", title: "T", zoom: true });
    for (const svg of [charts.wide[0]?.svg ?? "", charts.narrow]) {
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+" role="img" aria-labelledby="t-[hv][^"]*-title t-[hv][^"]*-desc">/u);
      for (const i of items) expect(svg.match(new RegExp(`data-item="${i.id}"`, "gu")), i.id).toHaveLength(3);
    }
    expect(charts.narrow).toContain("<title>November 2018: A-C-3-73-DRAFT: Resolution a-c-3-73-draft</title>");
  });

  it("zooms into the periods that hold items, and labels an empty lane", () => {
    expect(periodsOf(items).map((p) => p.id)).toEqual(["all", "2001-2016", "2017-2021"]);
    const zoomed =
      timelineCharts(items, { idPrefix: "t", title: "T", zoom: true }).wide.find((w) => w.period.id === "2017-2021")?.svg ?? "";
    expect(zoomed).not.toContain('data-item="instrument-budapest-entry-into-force"');
    expect(zoomed).toContain('<text class="tl-empty"');
  });

  it("shows only the lanes a small timeline has items in, over at least five years", () => {
    const charts = timelineCharts(
      items.filter((i) => i.lane === "national"),
      { idPrefix: "s", title: "Small", zoom: false },
    );
    expect(charts.lanes).toEqual(["national"]);
    expect(charts.wide.map((w) => w.period)).toEqual([{ id: "all", label: "2015–2019", from: 2015, to: 2019 }]);
  });
});
