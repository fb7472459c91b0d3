import { describe, expect, it } from "vitest";
import { countryPathData } from "../../../../src/charts/country-path/data.ts";
import { state, treaty, vote } from "../../votes/fixtures.ts";

const votes = [
  vote("a-res-74-247", { date: "2019-12-27", positions: { BRA: "abstain", USA: "no" } }),
  vote("a-res-73-187", { date: "2018-12-17", positions: { BRA: "yes", USA: "no" } }),
  vote("a-c-3-73-draft", { date: "2018-11", body: "ga-third-committee", positions: {} }),
  vote("a-res-79-243", { date: "2024-12-24", tally: null, adoptedWithoutVote: true }),
];
const budapest = treaty("budapest-convention", [
  { state: "USA", signed: "2001-11-23", ratified: "2006-09-29", accession: false, inForce: "2007-01-01" },
  { state: "IRL", signed: "2002-02-28", accession: false },
  { state: "BRA", ratified: "2022-11-30", accession: true, inForce: "2023-03-01" },
]);

describe("countryPathData", () => {
  it("orders every vote by date, partial dates first in their period, with the state's mark", () => {
    const data = countryPathData(state("BRA", "Brazil"), votes, [budapest]);
    expect(data?.votes.map((v) => [v.id, v.year, v.mark])).toEqual([
      ["a-c-3-73-draft", 2018, "no-record"],
      ["a-res-73-187", 2018, "yes"],
      ["a-res-74-247", 2019, "abstain"],
      ["a-res-79-243", 2024, "without-vote"],
    ]);
  });

  it("gives the state's standing under each treaty that has a status list, as of that list", () => {
    expect(countryPathData(state("USA"), votes, [budapest])?.treaties).toEqual([
      {
        id: "budapest-convention",
        shortName: "budapest-convention",
        url: "/instruments/budapest-convention/",
        status: "party",
        signed: "2001-11-23",
        ratified: "2006-09-29",
        accession: false,
        asOf: "2026-04-25",
      },
    ]);
    expect(countryPathData(state("IRL"), votes, [budapest])?.treaties[0]?.status).toBe("signatory");
    expect(countryPathData(state("BRA"), votes, [budapest])?.treaties[0]).toMatchObject({ status: "party", accession: true });
    expect(countryPathData(state("CHN"), votes, [budapest])?.treaties[0]?.status).toBe("neither");
  });

  it("is null for an actor that is not a state", () => {
    expect(countryPathData({ kind: "organisation", name: "Council of Europe" }, votes, [budapest])).toBeNull();
    expect(countryPathData({ kind: "person", iso3: undefined, name: "Someone" }, votes, [budapest])).toBeNull();
  });
});
