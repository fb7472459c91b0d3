/**
 * Cross-checks the corpus against the verified reference data in
 * ../shared/reference and the seed texts in ../shared/seeds. They are not
 * part of this repository; without them these checks skip with a notice.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, signaturesBetween, standingNow, statusCounts, type Corpus } from "../../../src/corpus/index.ts";
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

  it("matches every Budapest Convention (ETS 185) row, invited states included", () => {
    const list = corpus.statusList("budapest-convention");
    const rows = reference("budapest_convention_ets185_status.csv");
    expect(list.entries.length).toBe(rows.length);
    for (const row of rows) {
      const iso3 = row["iso3"] ?? "";
      const entry = list.entries.find((e) => e.iso3 === iso3);
      expect(entry, iso3).toBeDefined();
      expect(entry?.signed ?? "", `${iso3} signed`).toBe(row["signature_date"] ?? "");
      expect(entry?.ratified ?? "", `${iso3} ratified`).toBe(row["ratification_or_accession_date"] ?? "");
      expect(entry?.inForce ?? "", `${iso3} in force`).toBe(row["entry_into_force_date"] ?? "");
      const status = row["status_as_of_2026-04-25"];
      const kind = status === "party" ? (row["accession"] === "yes" ? "accession" : "ratification") : status === "signatory" ? "signature" : "invited";
      expect(entry?.kind, `${iso3} kind`).toBe(kind);
      expect(entry && standingNow(entry, list), `${iso3} standing`).toBe(status === "invited" ? "neither" : status);
    }
  });

  it("counts 81 Budapest parties as of 25 April 2026", () => {
    const list = corpus.statusList("budapest-convention");
    expect(list.asOf).toBe("2026-04-25");
    expect(statusCounts(list).parties).toBe(81);
  });

  /**
   * Dates the reference leaves open (it marks Japan UNVERIFIED) that the
   * corpus fills from a cited primary source. Each must be named here.
   */
  const CETS_224_ADDITIONS: Record<string, string> = {
    JPN: "2023-08-10", // acceptance deposited: Ministry of Foreign Affairs of Japan (citation mofa-japan-cybercrime)
  };

  it("matches every CETS 224 signature and ratification date", () => {
    const list = corpus.statusList("budapest-second-protocol");
    const rows = reference("budapest_2nd_protocol_cets224_status.csv");
    expect(list.entries.length).toBe(rows.length);
    for (const row of rows) {
      const entry = list.entries.find((e) => e.iso3 === row["iso3"]);
      expect(entry?.signed, `${row["iso3"]} signed`).toBe(row["signature_date"]);
      const ratified = /^\d{4}-\d{2}-\d{2}$/u.test(row["ratification_date"] ?? "") ? row["ratification_date"] : CETS_224_ADDITIONS[row["iso3"] ?? ""];
      expect(entry?.ratified, `${row["iso3"]} ratified`).toBe(ratified);
      if (row["notes"]?.startsWith("UNVERIFIED") && !ratified) expect(entry?.verified, `${row["iso3"]} verified`).toBe(false);
    }
  });
});

/** The reference's participant column to the corpus's participant id: a state's ISO3 in lowercase, the EU without one. */
const participantOf = (iso3: string | undefined): string => (iso3 ? iso3.toLowerCase() : "eu");

describe.skipIf(!shared)("UN Convention against Cybercrime status against the reference data", () => {
  const HANOI = ["2025-10-25", "2025-10-26"] as const;

  it("has every signatory with the same date, the Hanoi span where the day is unknown", () => {
    const list = corpus.statusList("un-cybercrime-convention");
    const rows = reference("un_cybercrime_convention_status.csv");
    expect(list.entries.length).toBe(rows.length);
    for (const row of rows) {
      const id = participantOf(row["iso3_if_state"]);
      const entry = list.entries.find((e) => e.participant === id);
      expect(entry, id).toBeDefined();
      const day = row["signature_date"] ?? "";
      if (day) expect(entry?.signed, `${id} signed`).toBe(day);
      else if (/July 2026/u.test(row["notes"] ?? "")) expect(entry?.signed, `${id} signed`).toBe("2026-07");
      else expect(entry?.signed, `${id} signed at the Hanoi ceremony`).toBe(HANOI.join("/"));
      // A day the reference does not give is marked unverified, never filled in.
      if (!day) expect(entry?.verified, `${id} verified`).toBe(false);
      expect(entry?.ratified, `${id} has no confirmed ratification`).toBeUndefined();
      const reported = /reported|domestic/u.test(row["ratification_kind"] ?? "");
      expect(entry?.kind, `${id} kind`).toBe(reported ? "reported" : "signature");
    }
  });

  it("counts 72 Hanoi signatures, 71 states and the EU, and no party", () => {
    const list = corpus.statusList("un-cybercrime-convention");
    const hanoi = signaturesBetween(list, ...HANOI);
    expect(hanoi.length).toBe(72);
    expect(hanoi.filter((e) => e.iso3 === undefined).map((e) => e.participant)).toEqual(["eu"]);
    const counts = statusCounts(list);
    expect(counts.parties).toBe(0);
    expect(counts.countedInstruments).toBe(0);
    expect(counts.reported).toBe(3);
    expect(list.entries.find((e) => e.participant === "can")?.verified).toBe(false);
  });
});

describe.skipIf(!shared)("regional conventions' status against the reference data", () => {
  for (const [file, id] of [
    ["au_malabo_convention_status.csv", "malabo-convention"],
    ["arab_convention_it_offences_2010_status.csv", "arab-convention-2010"],
  ] as const) {
    it(`has every row of ${file} with the same dates, marked unverified`, () => {
      const list = corpus.statusList(id);
      const rows = reference(file);
      expect(list.entries.length).toBe(rows.length);
      for (const row of rows) {
        const entry = list.entries.find((e) => e.participant === participantOf(row["iso3"]));
        expect(entry, row["iso3"]).toBeDefined();
        expect(entry?.signed ?? "", `${row["iso3"]} signed`).toBe(row["signature_date"] ?? "");
        expect(entry?.ratified ?? "", `${row["iso3"]} ratified`).toBe(row["ratification_date"] ?? "");
        expect(entry?.verified, `${row["iso3"]} verified`).toBe(false);
        expect(entry?.note, `${row["iso3"]} note`).toBeTruthy();
      }
    });
  }

  it("counts the 16 Malabo ratifiers the reference identifies", () => {
    expect(statusCounts(corpus.statusList("malabo-convention")).parties).toBe(16);
  });

  it("counts the 10 Arab Convention ratifiers the reference names", () => {
    expect(statusCounts(corpus.statusList("arab-convention-2010")).parties).toBe(10);
  });
});

describe.skipIf(!shared)("quotes against the seed texts, by the product's own check", () => {
  it("verifies every quote of the corpus against its archived text, in the stated paragraph", async () => {
    const { corpus: checked, diagnostics, quotes } = await loadCorpus(undefined, { texts: openTexts(seedsDir()) });
    expect(diagnostics).toEqual([]);
    // Sources read from a stored web page have no archived text: their quotes are reported as checked by the
    // authors against that copy, never as errors and never as verified.
    const archived = (checked?.claims() ?? []).filter((claim) => checked?.source(claim.source).text);
    const stored = (checked?.claims() ?? []).filter((claim) => !checked?.source(claim.source).text);
    expect(quotes.verified).toBe(archived.length);
    expect(quotes.unverified).toBe(stored.length);
    for (const claim of archived) {
      expect(claim.quoteCheck, claim.id).toMatchObject({ status: "archived-text", paragraph: claim.locator.paragraph });
    }
    for (const claim of stored) {
      const storedUrl = checked?.source(claim.source).storedUrl;
      expect(storedUrl, claim.source).toBeDefined();
      expect(claim.quoteCheck, claim.id).toEqual({ status: "stored-copy", url: storedUrl });
    }
  });

  it("names an archived text for every source with a seed", () => {
    expect(corpus.sources().filter((s) => s.text && s.sha256).length).toBe(5);
  });
});
