import { describe, expect, it } from "vitest";
import { agreementOnVote, agreementOver, agrees, formatAgreement } from "../../../src/lib/vote-analysis/agreement.ts";
import { crossTab, formatCounts, regionBreakdown, treatyBreakdown } from "../../../src/lib/vote-analysis/breakdown.ts";
import { positionMatrix, transitionCounts } from "../../../src/lib/vote-analysis/matrix.ts";
import { matrixVoteIds, TRACKS, type Track } from "../../../src/lib/vote-analysis/series.ts";
import { isOtherStage, otherStages } from "../../../src/lib/vote-analysis/stages.ts";
import { recordedVote, state, statusList, vote } from "./fixtures.ts";

const track: Track = { id: "t", label: "Track", short: "T", votes: ["v2018", "v2019"], committee: [] };
const states = [
  state("BRA", "Brazil", "Latin American and Caribbean"),
  state("RUS", "Russia", "Eastern European"),
  state("USA", "United States", "Western European and Others"),
  state("AGO", "Angola", "African"),
];
const v2018 = recordedVote("v2018", { BRA: "yes", RUS: "yes", USA: "no", AGO: "yes" }, { date: "2018-12-17" });
const v2019 = recordedVote("v2019", { BRA: "abstain", RUS: "yes", USA: "no", AGO: "non-voting" }, { date: "2019-12-27" });

describe("positionMatrix", () => {
  const rows = positionMatrix(states, [v2018, v2019], [track]);

  it("gives each state its positions in column order, by name", () => {
    expect(rows.map((r) => [r.iso3, r.positions])).toEqual([
      ["AGO", ["yes", "non-voting"]],
      ["BRA", ["yes", "abstain"]],
      ["RUS", ["yes", "yes"]],
      ["USA", ["no", "no"]],
    ]);
  });

  it("flags every change of position within a track, non-voting included", () => {
    expect(rows.find((r) => r.iso3 === "BRA")?.changes).toEqual([{ track: "t", from: "yes", to: "abstain" }]);
    expect(rows.find((r) => r.iso3 === "AGO")?.changes).toEqual([{ track: "t", from: "yes", to: "non-voting" }]);
    expect(rows.find((r) => r.iso3 === "RUS")?.changes).toEqual([]);
    expect(transitionCounts(rows, "t").map((g) => [g.from, g.to, g.states.map((s) => s.iso3)])).toEqual([
      ["yes", "abstain", ["BRA"]],
      ["yes", "non-voting", ["AGO"]],
    ]);
  });
});

describe("agreement", () => {
  it("compares only votes both states cast", () => {
    expect(agrees("yes", "yes")).toBe(true);
    expect(agrees("abstain", "no")).toBe(false);
    expect(agrees("non-voting", "non-voting")).toBeNull();
    expect(agrees(undefined, "yes")).toBeNull();
    expect(agreementOver(["yes", "abstain", "non-voting"], ["yes", "yes", "yes"])).toEqual({ agree: 1, comparable: 2 });
    expect(formatAgreement({ agree: 1, comparable: 2 })).toBe("1/2");
    expect(formatAgreement({ agree: 0, comparable: 0 })).toBe("—");
  });

  it("counts per vote the states that voted as the reference, leaving it out", () => {
    expect(agreementOnVote(v2019.positions, "RUS")).toEqual({ agree: 0, comparable: 2 });
    expect(agreementOnVote(v2018.positions, "RUS")).toEqual({ agree: 2, comparable: 3 });
  });
});

describe("breakdowns", () => {
  it("counts by regional group", () => {
    const latin = regionBreakdown(v2019, states).find((g) => g.group === "Latin American and Caribbean");
    expect(latin).toEqual({
      group: "Latin American and Caribbean",
      counts: { yes: 0, no: 0, abstain: 1, "non-voting": 0 },
      total: 1,
    });
  });

  it("counts each state with its treaty status on the day of each vote", () => {
    // Brazil signs in 2019, between the two votes: a signatory only for the second.
    const treaty = statusList("budapest-convention", [
      { state: "USA", signed: "2001-11-23", ratified: "2006-09-29", accession: false },
      { state: "BRA", signed: "2019-06-01", accession: false },
    ]);
    const on2018 = treatyBreakdown(v2018, treaty);
    const on2019 = treatyBreakdown(v2019, treaty);
    expect(on2018.map((g) => [g.group, g.total])).toEqual([
      ["party", 1],
      ["signatory", 0],
      ["neither", 3],
    ]);
    expect(on2019.map((g) => [g.group, g.total])).toEqual([
      ["party", 1],
      ["signatory", 1],
      ["neither", 2],
    ]);
    expect(on2019.find((g) => g.group === "signatory")?.counts).toEqual({ yes: 0, no: 0, abstain: 1, "non-voting": 0 });
    expect(formatCounts(on2019[0]?.counts ?? { yes: 0, no: 0, abstain: 0, "non-voting": 0 })).toBe("0-1-0 (0)");
    expect(formatCounts({ yes: 0, no: 0, abstain: 0, "non-voting": 0 })).toBe("—");
  });

  it("cross-tabulates two votes", () => {
    const table = crossTab(v2018, v2019);
    expect(table.yes).toEqual({ yes: 1, no: 0, abstain: 1, "non-voting": 1 });
    expect(table.no.no).toBe(1);
  });
});

describe("stages of one text", () => {
  const plenary = vote("a-res-74-247", { draft: "A/C.3/74/L.11/REV.1", title: "Criminal purposes", date: "2019-12-27" });
  const committee = vote("a-c-3-74-l-11-rev-1", {
    symbol: "A/C.3/74/L.11/REV.1",
    title: "Criminal purposes",
    body: "ga-third-committee",
    date: "2019-11-18",
  });
  const committee2018 = vote("a-c-3-73", { title: "Criminal purposes", body: "ga-third-committee", date: "2018-11" });
  const plenary2018 = vote("a-res-73-187", { title: "Criminal purposes", date: "2018-12-17" });

  it("links a plenary vote to its committee stage by draft symbol, or by title within the year", () => {
    expect(isOtherStage(plenary, committee)).toBe(true);
    expect(otherStages(plenary2018, [plenary, committee, committee2018, plenary2018]).map((v) => v.id)).toEqual(["a-c-3-73"]);
    expect(otherStages(committee, [plenary, committee, committee2018]).map((v) => v.id)).toEqual(["a-res-74-247"]);
    expect(isOtherStage(plenary, plenary2018)).toBe(false);
    expect(isOtherStage(committee, committee2018)).toBe(false);
  });
});

describe("the series", () => {
  it("pairs each 2018 vote with its 2019 follow-up, and lists the matrix columns track by track", () => {
    expect(TRACKS.map((t) => t.votes)).toEqual([
      ["a-res-73-187", "a-res-74-247"],
      ["a-res-73-27", "a-res-74-29"],
      ["a-res-73-266", "a-res-74-28"],
    ]);
    expect(matrixVoteIds()).toEqual([
      "a-res-73-187",
      "a-res-74-247",
      "a-res-73-27",
      "a-res-74-29",
      "a-res-73-266",
      "a-res-74-28",
    ]);
  });
});
