import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countryPathData } from "../../../../src/charts/country-path/data.ts";
import { renderCountryPath, treatyStatusText } from "../../../../src/charts/country-path/render.ts";
import { expectGolden, idsIn, state, treaty, vote } from "../../votes/fixtures.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const POSITIONS = ["yes", "no", "abstain", "non-voting"] as const;
/** Twelve votes over four years, like the real series. */
const votes = [
  ...["2018-11", "2018-11", "2018-11", "2018-12-05", "2018-12-17", "2018-12-22"].map((date, i) =>
    vote(`v2018-${i}`, {
      date,
      positions: i < 3 ? {} : { GHA: POSITIONS[i % 4] ?? "yes" },
      body: i < 3 ? "ga-first-committee" : "ga-plenary",
    }),
  ),
  ...["2019-11-18", "2019-12-12", "2019-12-12", "2019-12-27"].map((date, i) =>
    vote(`v2019-${i}`, { date, positions: i === 0 ? {} : { GHA: POSITIONS[i % 4] ?? "yes" } }),
  ),
  vote("v2021", { date: "2021-05-26", tally: null, adoptedWithoutVote: true }),
  vote("v2024", { date: "2024-12-24", tally: null, adoptedWithoutVote: true }),
];
const treaties = [
  treaty("budapest-convention", [{ state: "GHA", ratified: "2018-12-03", accession: true, inForce: "2019-04-01" }]),
  treaty("second-protocol", [{ state: "GHA", signed: "2022-05-12", accession: false }]),
];
const data = countryPathData(state("GHA", "Ghana"), votes, treaties);
if (!data) throw new Error("no data");
const svg = renderCountryPath(data, { id: "path-gha" });

describe("renderCountryPath", () => {
  it("matches the golden SVG", () => {
    expectGolden(here, "ghana.svg", svg);
  });

  it("draws one mark per vote, in date order, with what it stands for", () => {
    const marks = [...svg.matchAll(/<g class="path-vote" data-vote="([^"]+)" data-mark="([a-z-]+)">/gu)].map((m) => [m[1], m[2]]);
    expect(marks).toHaveLength(12);
    expect(marks[0]).toEqual(["v2018-0", "no-record"]);
    expect(marks.at(-1)).toEqual(["v2024", "without-vote"]);
  });

  it("labels each year once and never overlaps two labels", () => {
    const years = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>(\d{4})<\/text>/gu)].map((m) => ({ x: Number(m[1]), year: m[2] }));
    expect(years.map((y) => y.year)).toEqual(["2018", "2019", "2021", "2024"]);
    for (let i = 1; i < years.length; i += 1) expect((years[i]?.x ?? 0) - (years[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(34);
  });

  it("says each treaty status in words", () => {
    expect(svg).toContain(
      'font-weight="600">budapest-convention</text><text x="26" y="125" font-family="system-ui, sans-serif" font-size="13" fill="currentColor">acceded 2018</text>',
    );
    expect(svg).toContain(">signed 2022, not ratified</text>");
    expect(treatyStatusText({ id: "x", shortName: "x", url: "", status: "neither", accession: false, asOf: "2026" })).toBe(
      "not signed or joined",
    );
  });

  it("keeps every line of text within the 320-wide view (at about 8px a character)", () => {
    for (const [, x, text] of svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/gu))
      expect(Number(x) + (text ?? "").length * 8, text).toBeLessThanOrEqual(320);
  });

  it("fits a 320-wide view with 13px text, unique ids and no float noise", () => {
    const xs = [...svg.matchAll(/<rect x="([\d.]+)"[^>]* width="([\d.]+)"/gu)].map((m) => Number(m[1]) + Number(m[2]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(320);
    expect(Math.min(...[...svg.matchAll(/font-size="(\d+)"/gu)].map((m) => Number(m[1])))).toBeGreaterThanOrEqual(13);
    const ids = idsIn(svg);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg).not.toMatch(/\d\.\d{3,}/u);
  });
});
