import { describe, expect, it } from "vitest";
import { checkClaimAgainstVote, describeCheck, matchesTally, type Segment } from "../../../src/lib/vote-analysis/claim-check.ts";
import { vote } from "./fixtures.ts";

const plenary = vote("a-res-74-247", {
  symbol: "A/RES/74/247",
  draft: "A/C.3/74/L.11/Rev.1",
  title: "Criminal purposes",
  date: "2019-12-27",
  tally: { yes: 79, no: 60, abstain: 33, nonVoting: 21 },
});
const committee = vote("a-c-3-74-l-11-rev-1", {
  symbol: "A/C.3/74/L.11/Rev.1",
  title: "Criminal purposes",
  body: "ga-third-committee",
  date: "2019-11-18",
  tally: { yes: 88, no: 58, abstain: 34, nonVoting: null },
});
const other = vote("a-res-74-28", {
  symbol: "A/RES/74/28",
  title: "State behaviour",
  date: "2019-12-12",
  tally: { yes: 163, no: 10, abstain: 6, nonVoting: 14 },
});
const votes = [plenary, committee, other];
const claim = (quote: string, text = "") => ({ id: "c", quote, text });
const plain = (sentence: Segment[]): string => sentence.map((s) => (typeof s === "string" ? s : `[${s.text}]`)).join("");

describe("checkClaimAgainstVote", () => {
  it("confirms figures that match this vote", () => {
    const check = checkClaimAgainstVote(
      claim("passed by a final vote of 79 to 60 with 33 abstentions", "adopted by 79 votes to 60, with 33 abstentions"),
      plenary,
      votes,
    );
    expect(check.discrepancy).toBe(false);
    expect(check.figures).toEqual([
      { figures: { yes: 79, no: 60, abstain: 33 }, where: ["quote", "paraphrase"], verdict: "matches", matching: [plenary] },
    ]);
    expect(describeCheck(check, plenary).map(plain)).toEqual([
      "The quote and the paraphrase give 79-60-33, which matches this vote's record (79-60-33).",
    ]);
  });

  it("flags a claim quoting 88-58 on the plenary page as the committee's tally", () => {
    const check = checkClaimAgainstVote(claim("the resolution passed by a vote of 88-58"), plenary, votes);
    expect(check.discrepancy).toBe(true);
    expect(check.figures[0]?.verdict).toBe("other-vote");
    expect(check.figures[0]?.matching.map((v) => v.id)).toEqual(["a-c-3-74-l-11-rev-1"]);
    expect(plain(describeCheck(check, plenary)[0] ?? [])).toBe(
      "The quote gives 88-58: that is the tally of [A/C.3/74/L.11/Rev.1] (Third Committee, 18 November 2019: 88-58-34), not of this vote (79-60-33).",
    );
  });

  it("flags a yes count that belongs to another vote ('supported by 88 countries')", () => {
    const check = checkClaimAgainstVote(claim("the text was supported by 88 countries"), plenary, votes);
    expect(check.figures[0]).toMatchObject({ verdict: "other-vote", figures: { yes: 88 } });
  });

  it("flags figures that match no vote at all", () => {
    const check = checkClaimAgainstVote(claim("it passed 80-60-33 in a recorded vote"), plenary, votes);
    expect(check.figures[0]?.verdict).toBe("no-match");
    expect(plain(describeCheck(check, plenary)[0] ?? [])).toBe(
      "The quote gives 80-60-33, which matches no vote in the record; this vote was 79-60-33.",
    );
  });

  it("flags a claim on the plenary page that speaks of the committee vote, and names it", () => {
    const check = checkClaimAgainstVote(
      claim("the voting in the UN 3rd committee showed that there is little appetite"),
      plenary,
      votes,
    );
    expect(check.discrepancy).toBe(true);
    expect(check.stage?.named).toBe("ga-third-committee");
    expect(check.stage?.stages.map((s) => s.id)).toEqual(["a-c-3-74-l-11-rev-1"]);
    expect(plain(describeCheck(check, plenary).at(-1) ?? [])).toBe(
      "The claim speaks of the Third Committee vote, recorded as [A/C.3/74/L.11/Rev.1] (Third Committee, 18 November 2019: 88-58-34); this page is the plenary vote (79-60-33).",
    );
  });

  it("accepts 'a U.N. committee' on the committee page and flags 'final vote' there", () => {
    expect(
      checkClaimAgainstVote(
        claim("On Nov. 18, a U.N. committee passed it by a vote of 88-58, with 34 countries abstaining."),
        committee,
        votes,
      ).discrepancy,
    ).toBe(false);
    const check = checkClaimAgainstVote(claim("it managed to pass in a final vote on December 27"), committee, votes);
    expect(check.stage).toEqual({ named: "ga-plenary", stages: [plenary] });
  });

  it("finds nothing to check in a claim without figures or stages", () => {
    const check = checkClaimAgainstVote(claim("The Russia-led initiative won out in 2019"), plenary, votes);
    expect(check).toEqual({ claimId: "c", figures: [], stage: null, discrepancy: false });
    expect(describeCheck(check, plenary)).toEqual([]);
  });
});

describe("matchesTally", () => {
  it("compares only the parts the quote gives and the record has", () => {
    expect(matchesTally({ yes: 88, no: 58 }, committee.tally)).toBe(true);
    expect(matchesTally({ yes: 109, no: 45, abstain: 12 }, { yes: 109, no: 45, abstain: null, nonVoting: null })).toBe(true);
    expect(matchesTally({ yes: 88, no: 58, abstain: 33 }, committee.tally)).toBe(false);
    expect(matchesTally({ yes: 88 }, null)).toBe(false);
  });
});
