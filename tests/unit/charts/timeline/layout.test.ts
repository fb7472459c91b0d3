import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANES, timelineItems, type Lane, type TimelineItem } from "../../../../src/charts/timeline/data.ts";
import { layoutHorizontal, type HorizontalLayout } from "../../../../src/charts/timeline/layout-horizontal.ts";
import { layoutVertical, type VerticalLayout } from "../../../../src/charts/timeline/layout-vertical.ts";
import { abbreviate } from "../../../../src/charts/timeline/labels.ts";
import { overlappingPairs, spanOf, type Box } from "../../../../src/charts/timeline/layout.ts";
import { periodsOf } from "../../../../src/charts/timeline/periods.ts";
import { loadCorpus, type Corpus } from "../../../../src/corpus/index.ts";
import { item } from "./fixtures.ts";

/** Every text box in a layout: item labels, year labels, lane titles, notes. */
function horizontalBoxes(layout: HorizontalLayout): { name: string; box: Box }[] {
  return [
    ...layout.labels.map((l) => ({ name: l.item.id, box: l.box })),
    ...layout.ticks.flatMap((t) => (t.label ? [{ name: `year ${t.year}`, box: t.label.box }] : [])),
    ...layout.lanes.flatMap((l) => [
      { name: `lane ${l.lane}`, box: l.titleBox },
      ...(l.empty ? [{ name: `empty ${l.lane}`, box: l.empty.box }] : []),
    ]),
  ];
}

function verticalBoxes(layout: VerticalLayout): { name: string; box: Box }[] {
  return [
    ...layout.labels.map((l) => ({ name: l.item.id, box: l.box })),
    ...layout.years.map((y) => ({ name: `year ${y.year}`, box: y.box })),
    ...layout.legend.map((l) => ({ name: `legend ${l.lane}`, box: l.box })),
  ];
}

function expectNoOverlap(boxes: { name: string; box: Box }[]): void {
  const pairs = overlappingPairs(boxes.map((b) => b.box)).map(([i, j]) => `${boxes[i]?.name} × ${boxes[j]?.name}`);
  expect(pairs).toEqual([]);
}

function expectInside(boxes: { name: string; box: Box }[], width: number, height: number): void {
  for (const { name, box } of boxes) {
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(width);
    expect(box.y, name).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, name).toBeLessThanOrEqual(height);
  }
}

/** A year as dense as it gets: every lane, the same day many times, months and the year itself. */
function denseYear(year: number, count: number): TimelineItem[] {
  return Array.from({ length: count }, (_, i) => {
    const lane = LANES[i % LANES.length] as Lane;
    const date =
      i % 7 === 0
        ? String(year)
        : i % 5 === 0
          ? `${year}-${String((i % 12) + 1).padStart(2, "0")}`
          : `${year}-12-${String((i % 3) + 1).padStart(2, "0")}`;
    return item(
      `dense-${i}`,
      date,
      lane,
      `General Assembly adopts a long resolution number ${i} on countering the criminal use of ICTs`,
    );
  });
}

describe("timeline layout over the real corpus", async () => {
  const { corpus } = await loadCorpus();
  const items = timelineItems((corpus as Corpus).data);

  for (const period of periodsOf(items)) {
    it(`places every item of ${period.label} once, with no two labels overlapping (wide)`, () => {
      const layout = layoutHorizontal(items, { from: period.from, to: period.to, lanes: LANES });
      const expected = items.filter((i) => Number(i.date.slice(0, 4)) >= period.from && Number(i.date.slice(0, 4)) <= period.to);
      expect(layout.labels.map((l) => l.item.id).sort()).toEqual(expected.map((i) => i.id).sort());
      expectNoOverlap(horizontalBoxes(layout));
      expectInside(horizontalBoxes(layout), layout.width, layout.height);
    });
  }

  it("places every item once with no two labels overlapping (phone), each label inside its year", () => {
    const layout = layoutVertical(items, { from: 1998, to: 2026, lanes: LANES });
    expect(layout.labels.map((l) => l.item.id).sort()).toEqual(items.map((i) => i.id).sort());
    expectNoOverlap(verticalBoxes(layout));
    expectInside(verticalBoxes(layout), layout.width, layout.height);
    for (const label of layout.labels) {
      const band = layout.years.find((y) => y.year === Number(label.item.date.slice(0, 4)));
      expect(band, label.item.id).toBeDefined();
      expect(label.box.y).toBeGreaterThanOrEqual(band?.top ?? Infinity);
      expect(label.box.y + label.box.height).toBeLessThanOrEqual((band?.top ?? 0) + (band?.height ?? 0));
    }
  });
});

describe("timeline labels read in full", async () => {
  const { corpus } = await loadCorpus();
  const items = timelineItems((corpus as Corpus).data);
  const full = (item: TimelineItem): string => abbreviate(item.title);

  it("wide: every label's lines join into the whole (abbreviated) title, none cut", () => {
    for (const period of periodsOf(items)) {
      for (const label of layoutHorizontal(items, { from: period.from, to: period.to, lanes: LANES }).labels) {
        expect(label.lines.join(" "), label.item.id).toBe(full(label.item));
        expect(label.lines.at(-1), label.item.id).not.toMatch(/…$/u);
      }
    }
  });

  it("phone: the same", () => {
    for (const label of layoutVertical(items, { from: 1998, to: 2026, lanes: LANES }).labels) {
      expect(label.lines.join(" "), label.item.id).toBe(full(label.item));
      expect(label.lines.at(-1), label.item.id).not.toMatch(/…$/u);
    }
  });

  it("a long name wraps over rows it has to itself", () => {
    const long = item(
      "long",
      "2019-12-27",
      "un",
      "General Assembly adopts Russia's first resolution on countering the use of ICTs for criminal purposes",
    );
    const layout = layoutHorizontal([long, item("next", "2019-12-28")], { from: 2019, to: 2020, lanes: LANES });
    const label = layout.labels.find((l) => l.item.id === "long");
    expect(label?.lines.length).toBeGreaterThan(1);
    expect(label?.lines.join(" ")).toBe(abbreviate(long.title));
    expectNoOverlap(horizontalBoxes(layout));
  });
});

describe("timeline layout of a dense synthetic year", () => {
  const dense = [...denseYear(2019, 60), item("early", "1998-12-04"), item("late", "2026-04-15", "coe")];

  it("keeps 60 items in one year legible across the whole span and zoomed in (wide)", () => {
    for (const [from, to] of [
      [1998, 2026],
      [2017, 2021],
      [2019, 2019],
    ] as const) {
      const layout = layoutHorizontal(dense, { from, to, lanes: LANES });
      expectNoOverlap(horizontalBoxes(layout));
      expectInside(horizontalBoxes(layout), layout.width, layout.height);
    }
  });

  it("keeps them legible on a phone, growing the year to fit", () => {
    const layout = layoutVertical(dense, { from: 1998, to: 2026, lanes: LANES });
    expectNoOverlap(verticalBoxes(layout));
    expectInside(verticalBoxes(layout), layout.width, layout.height);
    const year2019 = layout.years.find((y) => y.year === 2019);
    const year2000 = layout.years.find((y) => y.year === 2000);
    expect(year2019?.height).toBeGreaterThan((year2000?.height ?? 0) * 10);
  });

  it("never overlaps labels, whatever the dates (property)", () => {
    const arbitraryItem = fc.record({
      year: fc.integer({ min: 2000, max: 2005 }),
      month: fc.option(fc.integer({ min: 1, max: 12 })),
      day: fc.integer({ min: 1, max: 28 }),
      lane: fc.constantFrom(...LANES),
      words: fc.integer({ min: 1, max: 14 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryItem, { minLength: 1, maxLength: 40 }), fc.boolean(), (specs, withDay) => {
        const items = specs.map((s, i) => {
          const month = s.month === null ? "" : `-${String(s.month).padStart(2, "0")}`;
          const day = month && withDay ? `-${String(s.day).padStart(2, "0")}` : "";
          return item(
            `p${i}`,
            `${s.year}${month}${day}`,
            s.lane,
            Array.from({ length: s.words }, (_, w) => `word${w}`).join(" "),
          );
        });
        const wide = layoutHorizontal(items, { from: 2000, to: 2005, lanes: LANES });
        const narrow = layoutVertical(items, { from: 2000, to: 2005, lanes: LANES });
        return (
          overlappingPairs(horizontalBoxes(wide).map((b) => b.box)).length === 0 &&
          overlappingPairs(verticalBoxes(narrow).map((b) => b.box)).length === 0
        );
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe("partial dates", () => {
  it("are spans over their month or year, never an invented day", () => {
    expect(spanOf("2018-11")).toEqual({
      start: new Date(Date.UTC(2018, 10, 1)),
      end: new Date(Date.UTC(2018, 11, 1)),
      precision: "month",
    });
    expect(spanOf("2017")).toEqual({
      start: new Date(Date.UTC(2017, 0, 1)),
      end: new Date(Date.UTC(2018, 0, 1)),
      precision: "year",
    });
    expect(spanOf("2019-12-27").precision).toBe("day");
  });

  it("are drawn as bars over the month or the year, and days as points", () => {
    const items = [item("day", "2018-12-05"), item("month", "2018-11"), item("year", "2017")];
    const wide = layoutHorizontal(items, { from: 2017, to: 2018, lanes: ["un"] });
    const at = (id: string) => wide.labels.find((l) => l.item.id === id);
    expect(at("day")?.x1).toBe(at("day")?.x2);
    const month = at("month");
    const year = at("year");
    // Two years (730 days) over the width between the margins: November has 30 days, 2017 has 365.
    expect((month?.x2 ?? 0) - (month?.x1 ?? 0)).toBeCloseTo(((wide.width - 16) * 30) / 730, 6);
    expect((year?.x2 ?? 0) - (year?.x1 ?? 0)).toBeCloseTo(((wide.width - 16) * 365) / 730, 6);
    const narrow = layoutVertical(items, { from: 2017, to: 2018, lanes: ["un"] });
    const v = (id: string) => narrow.labels.find((l) => l.item.id === id);
    expect(v("day")?.y1).toBe(v("day")?.y2);
    expect(v("year")?.y2).toBeGreaterThan(v("year")?.y1 ?? Infinity);
  });
});
