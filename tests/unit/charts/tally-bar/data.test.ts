import { describe, expect, it } from "vitest";
import { tallyBarData, tallySentence, UN_MEMBERS } from "../../../../src/charts/tally-bar/data.ts";
import { vote } from "../../votes/fixtures.ts";

describe("tallyBarData", () => {
  it("lays the four parts end to end on the scale of the membership", () => {
    const data = tallyBarData(vote("a-res-74-247"));
    expect(data?.segments).toEqual([
      { position: "yes", count: 79, start: 0 },
      { position: "no", count: 60, start: 79 },
      { position: "abstain", count: 33, start: 139 },
      { position: "non-voting", count: 21, start: 172 },
    ]);
    expect(data?.scale).toBe(UN_MEMBERS);
    expect(data?.notReported).toBe(0);
    expect(data?.missing).toEqual([]);
  });

  it("leaves unreported parts out and shows the rest of the membership as not reported", () => {
    const data = tallyBarData(vote("a-c-1-73-l-27-rev-1", { tally: { yes: 109, no: 45, abstain: null, nonVoting: null } }));
    expect(data?.segments.map((s) => s.position)).toEqual(["yes", "no"]);
    expect(data?.missing).toEqual(["abstain", "non-voting"]);
    expect(data?.notReported).toBe(193 - 109 - 45);
  });

  it("keeps a known abstention count when only non-voting is missing", () => {
    const data = tallyBarData(vote("c", { tally: { yes: 88, no: 58, abstain: 34, nonVoting: null } }));
    expect(data?.segments.map((s) => [s.position, s.start])).toEqual([
      ["yes", 0],
      ["no", 88],
      ["abstain", 146],
    ]);
    expect(data?.notReported).toBe(13);
  });

  it("is null for a vote adopted without a vote: there is nothing to draw", () => {
    expect(tallyBarData(vote("a-res-79-243", { tally: null, adoptedWithoutVote: true }))).toBeNull();
  });

  it("widens the scale when a tally exceeds the membership rather than overflow", () => {
    expect(tallyBarData(vote("odd", { tally: { yes: 150, no: 50, abstain: 0, nonVoting: 0 } }))?.scale).toBe(200);
  });
});

describe("tallySentence", () => {
  it("says the tally in words, singular where one", () => {
    const data = tallyBarData(vote("v", { tally: { yes: 1, no: 2, abstain: 1, nonVoting: 0 } }));
    expect(data && tallySentence(data)).toBe("1 yes, 2 no, 1 abstention, 0 non-voting");
  });

  it("names what the record leaves out", () => {
    const data = tallyBarData(vote("v", { tally: { yes: 109, no: 45, abstain: null, nonVoting: null } }));
    expect(data && tallySentence(data)).toBe("109 yes, 45 no; abstentions and non-voting not reported");
  });
});
