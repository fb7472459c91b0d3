/**
 * Cross-checks the corpus against the verified reference data in
 * ../shared/reference and the seed texts in ../shared/seeds. They are not
 * part of this repository; without them these checks skip with a notice.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { openTexts } from "../../../src/corpus/quotes/texts.ts";
import { hasShared, referenceDir, seedsDir } from "../../../scripts/lib/shared-dir.ts";
import { readCsv } from "../../../scripts/lib/csv.ts";

const shared = hasShared();
if (!shared) console.warn(`NOTICE: ${referenceDir()} not found; the reference cross-checks are skipped.`);

let corpus: Corpus;
beforeAll(async () => {
  const result = await loadCorpus();
  if (!result.corpus) throw new Error("content has errors");
  corpus = result.corpus;
});

const reference = (file: string) => readCsv(readFileSync(path.join(referenceDir(), file), "utf8"));
const voteId = (symbol: string) => symbol.toLowerCase().replace(/[/.]/gu, "-");
const POSITION: Record<string, string> = { Yes: "yes", No: "no", Abstain: "abstain", "Non-voting": "non-voting" };

describe.skipIf(!shared)("votes against the reference data", () => {
  it("has a record for every vote in un_votes_summary.csv, with its tally", () => {
    for (const row of reference("un_votes_summary.csv")) {
      const symbol = row["symbol"] ?? "";
      const match = corpus.votes().find((v) => v.symbol === symbol || (symbol.startsWith("(") && v.body === "ga-third-committee" && v.date.startsWith("2018")));
      expect(match, `vote ${symbol}`).toBeDefined();
      if (!match) continue;
      if (row["yes"]) {
        expect(match.tally?.yes, symbol).toBe(Number(row["yes"]));
        expect(match.tally?.no, symbol).toBe(Number(row["no"]));
        if (row["abstain"]) expect(match.tally?.abstain, symbol).toBe(Number(row["abstain"]));
        if (row["non_voting"]) expect(match.tally?.nonVoting, symbol).toBe(Number(row["non_voting"]));
      } else {
        expect(match.adoptedWithoutVote, symbol).toBe(true);
        expect(match.tally, symbol).toBeNull();
      }
    }
  });

  it("matches every country position in un_votes_by_country.csv", () => {
    const rows = reference("un_votes_by_country.csv");
    expect(rows.length).toBe(6 * 193);
    for (const row of rows) {
      const vote = corpus.vote(voteId(row["resolution"] ?? ""));
      expect(vote.positions[row["iso3"] ?? ""], `${row["resolution"]} ${row["iso3"]}`).toBe(POSITION[row["vote"] ?? ""]);
    }
  });

  it("counts each recorded vote's positions to its tally", () => {
    for (const vote of corpus.votes()) {
      const positions = Object.values(vote.positions);
      if (positions.length === 0) continue;
      expect(positions.length).toBe(193);
      expect(positions.filter((p) => p === "yes").length, vote.symbol).toBe(vote.tally?.yes);
      expect(positions.filter((p) => p === "no").length, vote.symbol).toBe(vote.tally?.no);
    }
  });

  it("marks 75/282 and 79/243 as adopted without a vote", () => {
    expect(corpus.vote("a-res-75-282").adoptedWithoutVote).toBe(true);
    expect(corpus.vote("a-res-79-243").adoptedWithoutVote).toBe(true);
  });
});

describe.skipIf(!shared)("states and treaty status against the reference data", () => {
  it("lists exactly the 193 UN member states", () => {
    const iso3 = reference("un_member_states.csv").map((r) => r["iso3"]).sort();
    expect(corpus.states().map((s) => s.iso3).sort()).toEqual(iso3);
  });

  it("matches every Budapest Convention (ETS 185) date", () => {
    const parties = corpus.instrument("budapest-convention").parties;
    expect(parties).not.toBeNull();
    for (const row of reference("budapest_convention_ets185_status.csv")) {
      const iso3 = row["iso3"] ?? "";
      const party = parties?.rows.find((p) => p.state === iso3);
      const hasDates = Boolean(row["signature_date"] || row["ratification_or_accession_date"]);
      if (!hasDates) {
        expect(party, `${iso3} has no dates in the reference`).toBeUndefined();
        continue;
      }
      expect(party, iso3).toBeDefined();
      expect(party?.signed ?? "", `${iso3} signed`).toBe(row["signature_date"] ?? "");
      expect(party?.ratified ?? "", `${iso3} ratified`).toBe(row["ratification_or_accession_date"] ?? "");
      expect(party?.inForce ?? "", `${iso3} in force`).toBe(row["entry_into_force_date"] ?? "");
      expect(party?.accession, `${iso3} accession`).toBe(row["accession"] === "yes");
    }
  });

  /**
   * Dates the reference leaves open (it marks Japan UNVERIFIED) that the
   * corpus fills from a cited primary source. Each must be named here.
   */
  const CETS_224_ADDITIONS: Record<string, string> = {
    JPN: "2023-08-10", // acceptance deposited: Ministry of Foreign Affairs of Japan (citation mofa-japan-cybercrime)
  };

  it("matches every CETS 224 signature and ratification date", () => {
    const parties = corpus.instrument("budapest-second-protocol").parties;
    const rows = reference("budapest_2nd_protocol_cets224_status.csv");
    expect(parties?.rows.length).toBe(rows.length);
    for (const row of rows) {
      const party = parties?.rows.find((p) => p.state === row["iso3"]);
      expect(party?.signed, `${row["iso3"]} signed`).toBe(row["signature_date"]);
      const ratified = /^\d{4}-\d{2}-\d{2}$/u.test(row["ratification_date"] ?? "") ? row["ratification_date"] : CETS_224_ADDITIONS[row["iso3"] ?? ""];
      expect(party?.ratified, `${row["iso3"]} ratified`).toBe(ratified);
    }
  });
});

describe.skipIf(!shared)("quotes against the seed texts, by the product's own check", () => {
  it("verifies every quote of the corpus against its archived text, in the stated paragraph", async () => {
    const { corpus: checked, diagnostics, quotes } = await loadCorpus(undefined, { texts: openTexts(seedsDir()) });
    expect(diagnostics).toEqual([]);
    expect(quotes.unverified).toBe(0);
    expect(quotes.verified).toBe(checked?.claims().length);
    for (const claim of checked?.claims() ?? []) {
      expect(claim.quoteCheck, claim.id).toMatchObject({ status: "archived-text", paragraph: claim.locator.paragraph });
    }
  });

  it("names an archived text for every source with a seed", () => {
    expect(corpus.sources().filter((s) => s.text && s.sha256).length).toBe(5);
  });
});
