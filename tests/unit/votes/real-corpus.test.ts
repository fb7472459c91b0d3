import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { countPositions } from "../../../src/charts/positions/marks.ts";
import { treatyBreakdown } from "../../../src/lib/vote-analysis/breakdown.ts";
import { checkClaimAgainstVote } from "../../../src/lib/vote-analysis/claim-check.ts";
import { positionMatrix } from "../../../src/lib/vote-analysis/matrix.ts";
import { COMPETING_PAIRS, matrixVoteIds, TRACKS } from "../../../src/lib/vote-analysis/series.ts";
import { otherStages } from "../../../src/lib/vote-analysis/stages.ts";
import { treatyStatusesAsOf } from "../../../src/lib/vote-analysis/treaty-status.ts";

let corpus: Corpus;
beforeAll(async () => {
  const result = await loadCorpus();
  if (!result.corpus) throw new Error("the real content does not build");
  corpus = result.corpus;
});

describe("the swing analysis on the real corpus", () => {
  it("finds every vote of the series and of the competing pairs", () => {
    const ids = [...matrixVoteIds(), ...TRACKS.flatMap((t) => t.committee), ...COMPETING_PAIRS.flatMap((p) => [p.russian, p.us])];
    for (const id of ids) expect(() => corpus.vote(id), id).not.toThrow();
    for (const id of matrixVoteIds()) expect(Object.keys(corpus.vote(id).positions), id).toHaveLength(193);
  });

  it("counts Budapest parties' votes on 74/247 with their status on 27 December 2019", () => {
    const vote = corpus.vote("a-res-74-247");
    const budapest = corpus.statusList("budapest-convention");
    const partiesThen = budapest.entries
      .filter((r) => r.ratified !== undefined && r.ratified <= "2019-12-27")
      .flatMap((r) => (r.iso3 ? [r.iso3] : []));
    const expected = countPositions(partiesThen.flatMap((iso3) => (vote.positions[iso3] ? [vote.positions[iso3]] : [])));
    const party = treatyBreakdown(vote, budapest).find((g) => g.group === "party");
    expect(party?.counts).toEqual(expected);
    expect(party?.total).toBe(partiesThen.filter((iso3) => vote.positions[iso3]).length);
    // Later parties are not counted as parties on that day.
    const statuses = treatyStatusesAsOf(budapest, ["BRA", "NGA", "COL", "PER", "USA"], vote.date);
    expect(Object.fromEntries(statuses)).toEqual({ BRA: "neither", NGA: "neither", COL: "neither", PER: "party", USA: "party" });
  });

  it("counts a state whose status changed between the votes with the status of each day", () => {
    const budapest = corpus.statusList("budapest-convention");
    const [y2018, y2019] = ["a-res-73-187", "a-res-74-247"].map((id) =>
      treatyStatusesAsOf(budapest, ["SMR", "PER"], corpus.vote(id).date),
    );
    expect(y2018?.get("SMR")).toBe("signatory");
    expect(y2019?.get("SMR")).toBe("party");
    expect(y2018?.get("PER")).toBe("neither");
    expect(y2019?.get("PER")).toBe("party");
  });

  it("agrees with the tallies: each vote's positions add up to its record", () => {
    const rows = positionMatrix(
      corpus.states(),
      matrixVoteIds().map((id) => corpus.vote(id)),
      TRACKS,
    );
    matrixVoteIds().forEach((id, i) => {
      const tally = corpus.vote(id).tally;
      const counts = countPositions(rows.flatMap((r) => (r.positions[i] ? [r.positions[i]] : [])));
      expect({ yes: counts.yes, no: counts.no, abstain: counts.abstain, nonVoting: counts["non-voting"] }, id).toEqual(tally);
    });
  });

  it("links each plenary vote of the criminal-purposes series to its Third Committee stage", () => {
    expect(otherStages(corpus.vote("a-res-74-247"), corpus.votes()).map((v) => v.id)).toEqual(["a-c-3-74-l-11-rev-1"]);
    expect(otherStages(corpus.vote("a-res-73-187"), corpus.votes()).map((v) => v.id)).toEqual(["a-c-3-73-cybercrime-draft-2018"]);
  });
});

describe("claims checked against the real record", () => {
  it("confirms the plenary tally quoted by Hakmeh and Peters and the committee tally quoted by Sherman and Raymond", () => {
    const votes = corpus.votes();
    expect(
      checkClaimAgainstVote(corpus.claim("hakmeh-peters-79-60-33"), corpus.vote("a-res-74-247"), votes).figures.map(
        (f) => f.verdict,
      ),
    ).toEqual(["matches"]);
    expect(
      checkClaimAgainstVote(corpus.claim("sherman-raymond-committee-vote"), corpus.vote("a-c-3-74-l-11-rev-1"), votes)
        .discrepancy,
    ).toBe(false);
  });

  it("shows the committee figures as a discrepancy if read against the plenary vote", () => {
    const check = checkClaimAgainstVote(
      corpus.claim("sherman-raymond-committee-vote"),
      corpus.vote("a-res-74-247"),
      corpus.votes(),
    );
    expect(check.discrepancy).toBe(true);
    expect(check.figures[0]?.matching.map((v) => v.id)).toEqual(["a-c-3-74-l-11-rev-1"]);
  });
});
