/**
 * Relevance over the real corpus, through the same engine and the same
 * published files the browser's worker uses: for each query, the records
 * that must be among the first three results (and, where one answer is
 * plainly right, the first).
 */
import { describe, expect, it } from "vitest";
import type { Filters } from "../../../src/lib/search/types.ts";
import { realEngine, request } from "./memory-index.ts";

interface Fixture {
  kind: "phrase" | "name" | "symbol" | "typo" | "facet";
  q: string;
  filters?: Filters;
  /** Each of these ids is in the top three. */
  top3: string[];
  /** This id is the first result. */
  first?: string;
}

const FIXTURES: Fixture[] = [
  { kind: "phrase", q: "Golden Shield Project", top3: ["stradner-golden-shield"], first: "stradner-golden-shield" },
  { kind: "phrase", q: "sovereign internet", top3: ["sovereign-or-global-internet-2021", "stradner-sovereign-internet-law"] },
  {
    kind: "phrase",
    q: "only international treaty",
    top3: ["hakmeh-peters-budapest-only-instrument"],
    first: "hakmeh-peters-budapest-only-instrument",
  },
  {
    kind: "phrase",
    q: "rival working groups",
    top3: ["stradner-2018-competing-initiatives", "first-committee-rival-cyber-drafts-2018"],
  },
  { kind: "phrase", q: "narrow definition", top3: ["stradner-narrow-definition"], first: "stradner-narrow-definition" },
  { kind: "phrase", q: "79 votes to 60", top3: ["hakmeh-peters-79-60-33"], first: "hakmeh-peters-79-60-33" },
  {
    kind: "phrase",
    q: "voiced disappointment",
    top3: ["sherman-raymond-us-disappointed"],
    first: "sherman-raymond-us-disappointed",
  },
  { kind: "name", q: "Budapest Convention", top3: ["budapest-convention"], first: "budapest-convention" },
  { kind: "name", q: "Vladimir Putin", top3: ["vladimir-putin"], first: "vladimir-putin" },
  { kind: "name", q: "Council of Europe", top3: ["coe"], first: "coe" },
  { kind: "name", q: "Human Rights Watch", top3: ["human-rights-watch"], first: "human-rights-watch" },
  { kind: "name", q: "Kaspersky", top3: ["kaspersky", "sovereign-2022-kaspersky-two-percent"] },
  { kind: "name", q: "Shanghai Cooperation", top3: ["sco", "sco-agreement-2009"] },
  { kind: "name", q: "Hakmeh Peters", top3: ["hakmeh-peters-cfr-2020", "joyce-hakmeh", "hakmeh-peters-2020-cfr"] },
  { kind: "name", q: "Russia", top3: ["rus"], first: "rus" },
  { kind: "name", q: "Second Additional Protocol", top3: ["budapest-second-protocol"], first: "budapest-second-protocol" },
  { kind: "symbol", q: "A/RES/74/247", top3: ["a-res-74-247"], first: "a-res-74-247" },
  { kind: "symbol", q: "74/247", top3: ["a-res-74-247"], first: "a-res-74-247" },
  { kind: "symbol", q: "A/C.3/74/L.11", top3: ["a-c-3-74-l-11-rev-1"], first: "a-c-3-74-l-11-rev-1" },
  { kind: "symbol", q: "73/187", top3: ["a-res-73-187"], first: "a-res-73-187" },
  { kind: "symbol", q: "A/RES/79/243", top3: ["a-res-79-243", "un-cybercrime-convention"] },
  { kind: "phrase", q: "signed the UN convention", top3: ["un-cybercrime-convention-status"] },
  { kind: "phrase", q: "Hanoi", top3: ["un-cybercrime-convention-status"] },
  { kind: "phrase", q: "ratified", top3: ["budapest-convention-status"] },
  { kind: "symbol", q: "ETS No. 185", top3: ["budapest-convention"], first: "budapest-convention" },
  { kind: "typo", q: "Budpest", top3: ["budapest-convention"], first: "budapest-convention" },
  { kind: "typo", q: "Golden Sheild", top3: ["stradner-golden-shield"], first: "stradner-golden-shield" },
  { kind: "typo", q: "Stradnr", top3: ["ivana-stradner"], first: "ivana-stradner" },
  { kind: "typo", q: "Kaspersy", top3: ["kaspersky"], first: "kaspersky" },
  { kind: "typo", q: "sovreign internet", top3: ["sovereign-or-global-internet-2021", "stradner-sovereign-internet-law"] },
  {
    kind: "typo",
    q: "extradtion",
    filters: { instrument: "budapest-convention" },
    top3: ["extradition--budapest-convention"],
    first: "extradition--budapest-convention",
  },
  {
    kind: "facet",
    q: "budapest",
    filters: { type: "claim", verdict: "inaccurate" },
    top3: ["hakmeh-peters-budapest-2004", "hakmeh-peters-budapest-only-instrument"],
  },
  {
    kind: "facet",
    q: "",
    filters: { type: "claim", actor: "chn", kind: "prediction" },
    top3: ["stradner-treaty-legitimizes", "stradner-un-no-panacea"],
  },
  {
    kind: "facet",
    q: "data protection",
    filters: { instrument: "malabo-convention" },
    top3: ["data-protection--malabo-convention"],
    first: "data-protection--malabo-convention",
  },
  {
    kind: "facet",
    q: "extradition",
    filters: { type: "provision", instrument: "un-cybercrime-convention" },
    top3: ["extradition--un-cybercrime-convention"],
    first: "extradition--un-cybercrime-convention",
  },
  { kind: "facet", q: "A/C.3/74/L.11", filters: { type: "claim" }, top3: ["sherman-raymond-committee-vote"] },
  {
    kind: "facet",
    q: "committee",
    filters: { type: "actor" },
    top3: ["unga-third-committee", "unga-first-committee", "ad-hoc-committee"],
  },
];

describe("search relevance over the real corpus", () => {
  it("covers phrases, names, symbols, typos and facets with at least 25 fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FIXTURES.map((f) => f.kind))).toEqual(new Set(["phrase", "name", "symbol", "typo", "facet"]));
  });

  for (const fixture of FIXTURES) {
    const filters = Object.entries(fixture.filters ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join("&");
    it(`${fixture.kind}: "${fixture.q}"${filters ? ` [${filters}]` : ""} → ${fixture.top3.join(", ")}`, async () => {
      const engine = await realEngine();
      const response = await engine.search(request(fixture.q, fixture.filters ?? {}, 10));
      const ids = response?.hits.map((hit) => hit.id) ?? [];
      expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(fixture.top3));
      if (fixture.first) expect(ids[0]).toBe(fixture.first);
      for (const [group, value] of Object.entries(fixture.filters ?? {})) {
        if (group === "type") expect(response?.hits.every((hit) => hit.type === value)).toBe(true);
      }
    });
  }
});
