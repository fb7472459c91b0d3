import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { claimsCsv, toCsv, votesCsv } from "../../../src/corpus/export/csv.ts";
import { corpusJson, corpusJsonSchema } from "../../../src/corpus/export/json.ts";
import { goodFiles } from "../../fixtures/harness.ts";

function corpus(): Corpus {
  const { corpus } = buildCorpus(goodFiles(), { generatedAt: "2026-01-01T00:00:00.000Z" });
  if (!corpus) throw new Error("good fixture failed");
  return corpus;
}

describe("corpus.json", () => {
  const data = JSON.parse(corpusJson(corpus())) as Record<string, unknown> & {
    claims: Record<string, unknown>[];
    votes: Record<string, unknown>[];
    instruments: Record<string, unknown>[];
  };

  it("has the public top-level shape", () => {
    for (const key of ["sources", "claims", "actors", "instruments", "votes", "events"])
      expect(Array.isArray(data[key]), key).toBe(true);
    expect(typeof data["version"]).toBe("string");
    expect(data["generatedAt"]).toBe("2026-01-01T00:00:00.000Z");
  });

  it("gives claims the contracted fields", () => {
    const claim = data.claims[0] ?? {};
    expect(claim).toMatchObject({
      id: "plenary-vote-tally",
      url: "/claims/plenary-vote-tally/",
      text: "The plenary adopted the resolution.",
      quote: "passed in a final vote on December 27",
      source: "first-source",
      locator: { paragraph: 1 },
      kind: "fact",
      actors: ["rus", "usa"],
      instruments: [],
      asOf: "2019-12-27",
    });
  });

  it("gives votes the contracted fields", () => {
    expect(data.votes[0]).toMatchObject({
      symbol: "A/RES/74/247",
      date: "2019-12-27",
      adoptedWithoutVote: false,
      tally: { yes: 1, no: 1, abstain: 1, nonVoting: 0 },
      positions: { RUS: "yes", USA: "no", CHN: "abstain" },
    });
  });

  it("gives instruments name, shortName, kind and dates", () => {
    expect(data.instruments[0]).toMatchObject({
      name: "Convention on Cybercrime",
      shortName: "Budapest Convention",
      kind: "convention",
      dates: [
        { event: "opened-for-signature", date: "2001-11-23" },
        { event: "entry-into-force", date: "2004-07-01" },
      ],
    });
  });

  it("validates against the generated JSON Schema", () => {
    const schema = JSON.parse(corpusJsonSchema("https://example.org/")) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = { ...data, claims: [{ ...data.claims[0], kind: "rumour" }] };
    expect(validate(broken)).toBe(false);
  });
});

describe("CSV exports", () => {
  it("quotes fields with commas, quotes and newlines (RFC 4180)", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          ["line\nbreak", null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it("writes votes in long format, one row per country", () => {
    const lines = votesCsv(corpus()).trim().split("\r\n");
    expect(lines[0]).toBe("vote,symbol,date,country,country_name,position");
    expect(lines.slice(1)).toEqual([
      "a-res-74-247,A/RES/74/247,2019-12-27,CHN,China,abstain",
      "a-res-74-247,A/RES/74/247,2019-12-27,RUS,Russian Federation,yes",
      "a-res-74-247,A/RES/74/247,2019-12-27,USA,United States,no",
    ]);
  });

  it("writes one row per claim", () => {
    const lines = claimsCsv(corpus()).trim().split("\r\n");
    expect(lines).toHaveLength(1 + corpus().claims().length);
    expect(lines[1]).toContain("plenary-vote-tally,/claims/plenary-vote-tally/,first-source,fact,2019-12-27,1,");
  });
});
