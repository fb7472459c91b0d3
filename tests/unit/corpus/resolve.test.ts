import { describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { goodFiles } from "../../fixtures/harness.ts";

function corpus(): Corpus {
  const { corpus, diagnostics } = buildCorpus(goodFiles());
  if (!corpus) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return corpus;
}

describe("resolver", () => {
  it("makes corroborates symmetric", () => {
    const c = corpus();
    expect(c.claim("plenary-vote-again").corroborates).toEqual(["plenary-vote-tally"]);
    expect(c.claim("plenary-vote-tally").corroborates).toEqual(["plenary-vote-again"]);
  });

  it("derives the revision comparison of a revised source", () => {
    const c = corpus();
    expect(c.source("second-source").revision).toEqual({
      of: "first-source",
      added: ["new-claim"],
      dropped: ["russia-wants-new-treaty"],
      changed: [],
      kept: [{ from: "plenary-vote-tally", to: "plenary-vote-again" }],
    });
    expect(c.source("first-source").revisedBy).toEqual(["second-source"]);
    expect(c.claim("plenary-vote-tally").revisedBy).toEqual(["plenary-vote-again"]);
  });

  it("keeps the quote exactly as written, curly apostrophe included", () => {
    expect(corpus().claim("russia-wants-new-treaty").quote).toBe("long-standing goal to replace the Council of Europe’s Budapest Convention");
  });

  it("turns a vote table into ISO3 positions and a tally", () => {
    const vote = corpus().vote("a-res-74-247");
    expect(vote.positions).toEqual({ RUS: "yes", USA: "no", CHN: "abstain" });
    expect(vote.tally).toEqual({ yes: 1, no: 1, abstain: 1, nonVoting: 0 });
    expect(vote.adoptedWithoutVote).toBe(false);
  });

  it("gives every record a permalink", () => {
    const c = corpus();
    expect(c.claim("new-claim").url).toBe("/claims/new-claim/");
    expect(c.actor("rus").url).toBe("/actors/rus/");
    expect(c.event("ga-adopts-74-247").url).toBe("/timeline/#ga-adopts-74-247");
  });

  it("is immutable", () => {
    const claim = corpus().claim("new-claim");
    expect(() => {
      (claim as { text: string }).text = "changed";
    }).toThrow(TypeError);
  });

  it("answers queries about actors, votes and instruments", () => {
    const c = corpus();
    expect(c.claimsAbout("actors", "rus").map((x) => x.id)).toEqual(["plenary-vote-tally", "russia-wants-new-treaty"]);
    expect(c.votesOfState("USA").map((v) => v.position)).toEqual(["no"]);
    expect(c.statusOf("usa")[0]?.entry.ratified).toBe("2006-09-29");
    expect(c.statesByRegion().find((g) => g.region === "Asia-Pacific")?.states.map((s) => s.iso3)).toEqual(["CHN"]);
    expect(() => c.claim("missing")).toThrow('No claim with id "missing"');
  });

  it("reports every problem at once instead of stopping at the first", () => {
    const files = { ...goodFiles() };
    files["sources/first-source.md"] = (files["sources/first-source.md"] ?? "").replace("kind: analysis", "kind: essay").replace('actors="rus"', 'actors="zzz"');
    files["votes/a-res-74-247.md"] = (files["votes/a-res-74-247.md"] ?? "").replace("yes: 1,", "yes: 5,");
    const { diagnostics } = buildCorpus(files);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(["FIELD_INVALID", "REF_UNKNOWN", "TALLY_MISMATCH"]);
  });
});
