import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tallyBarData } from "../../../../src/charts/tally-bar/data.ts";
import { renderTallyBar } from "../../../../src/charts/tally-bar/render.ts";
import { expectGolden, idsIn, vote } from "../../votes/fixtures.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

function render(tally: Parameters<typeof vote>[1], compact = false): string {
  const data = tallyBarData(vote("a-res-74-247", tally));
  if (!data) throw new Error("no data");
  return renderTallyBar(data, { id: "tally-test", title: "Tally of A/RES/74/247", compact });
}

describe("renderTallyBar", () => {
  it("matches the golden SVG for a full tally", () => {
    expectGolden(here, "full.svg", render({}));
  });

  it("matches the golden SVG for a tally with parts not reported", () => {
    expectGolden(here, "partial.svg", render({ tally: { yes: 109, no: 45, abstain: null, nonVoting: null } }));
  });

  it("matches the golden SVG for the compact small-multiple bar", () => {
    expectGolden(here, "compact.svg", render({}, true));
  });

  it("gives every segment its position and count, and a title and description", () => {
    const svg = render({});
    for (const [position, count] of [
      ["yes", 79],
      ["no", 60],
      ["abstain", 33],
      ["non-voting", 21],
    ] as const)
      expect(svg).toContain(`class="tally-segment" data-position="${position}" data-count="${count}"`);
    expect(svg).toMatch(
      /<title id="tally-test-title">Tally of A\/RES\/74\/247<\/title><desc id="tally-test-desc">A\/RES\/74\/247: 79 yes, 60 no, 33 abstentions, 21 non-voting, of 193 members.<\/desc>/u,
    );
    expect(svg).toContain('viewBox="0 0 320 ');
  });

  it("draws segments whose widths add up to the bar", () => {
    const widths = [...render({}).matchAll(/class="tally-segment"[^>]* width="([\d.]+)"/gu)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(320, 1);
  });

  it("labels directly with text no smaller than 13 units in a 320-wide view", () => {
    const sizes = [...render({}).matchAll(/font-size="(\d+)"/gu)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
  });

  it("uses unique ids, prefixed by the chart id", () => {
    const ids = idsIn(render({}));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith("tally-test")).toBe(true);
  });

  it("skips a zero segment instead of drawing an empty rectangle", () => {
    expect(render({ tally: { yes: 163, no: 10, abstain: 0, nonVoting: 20 } })).not.toContain(
      'data-position="abstain" data-count="0" x=',
    );
  });
});

it("writes no coordinate with float noise", () => {
  for (const svg of [render({}), render({ tally: { yes: 109, no: 45, abstain: null, nonVoting: null } })])
    expect(svg).not.toMatch(/\d\.\d{3,}/u);
});
