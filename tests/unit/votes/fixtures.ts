/**
 * Fixed, synthetic records for the vote charts and the swing analysis:
 * golden SVGs must not change when the real content does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Actor, Instrument, Position, StatusEntry, StatusList, Vote } from "../../../src/corpus/index.ts";
import { UN_REGIONS } from "../../../src/corpus/schema/actor.ts";
import { ISO3_TO_NUMERIC } from "../../../src/charts/world-map/iso-numeric.ts";

export const ISO3S = Object.keys(ISO3_TO_NUMERIC).sort();

export function state(iso3: string, name = `State ${iso3}`, region: Actor["region"] = "African"): Actor {
  const id = iso3.toLowerCase();
  return {
    id,
    url: `/actors/${id}/`,
    name,
    kind: "state",
    iso3,
    region,
    affiliations: [],
    profileHtml: "",
    cites: [],
    origin: { file: "x.md", line: 1 },
  };
}

/** All 193 member states, regions dealt round-robin. */
export function allStates(): Actor[] {
  return ISO3S.map((iso3, i) => state(iso3, `State ${iso3}`, UN_REGIONS[i % UN_REGIONS.length]));
}

const CYCLE: readonly Position[] = ["yes", "yes", "yes", "no", "no", "abstain", "non-voting"];

/** A fixed position for every state: 3 of 7 yes, 2 no, 1 abstain, 1 non-voting. */
export function cyclePositions(offset = 0): Record<string, Position> {
  return Object.fromEntries(ISO3S.map((iso3, i) => [iso3, CYCLE[(i + offset) % CYCLE.length] ?? "yes"]));
}

export function vote(id: string, overrides: Partial<Vote> = {}): Vote {
  return {
    id,
    url: `/votes/${id}/`,
    symbol: id.toUpperCase().replace(/-/gu, "/"),
    title: "A resolution",
    body: "ga-plenary",
    date: "2019-12-27",
    adoptedWithoutVote: false,
    tally: { yes: 79, no: 60, abstain: 33, nonVoting: 21 },
    positions: {},
    positionsCites: [],
    sponsors: [],
    instruments: [],
    descriptionHtml: "",
    cites: [],
    verified: true,
    origin: { file: "x.md", line: 1 },
    ...overrides,
  };
}

/** A recorded vote whose tally is computed from its positions. */
export function recordedVote(id: string, positions: Record<string, Position>, overrides: Partial<Vote> = {}): Vote {
  const count = (p: Position): number => Object.values(positions).filter((x) => x === p).length;
  return vote(id, {
    positions,
    tally: { yes: count("yes"), no: count("no"), abstain: count("abstain"), nonVoting: count("non-voting") },
    ...overrides,
  });
}

export function instrument(id: string, asOf = "2026-04-25"): Instrument {
  return {
    id,
    url: `/instruments/${id}/`,
    name: id,
    shortName: id,
    kind: "convention",
    organisation: "coe",
    textUrl: "https://example.org",
    dates: [],
    status: { text: "In force", asOf, cites: [], verified: true },
    provisions: [],
    profileHtml: "",
    cites: [],
    verified: true,
    origin: { file: "x.md", line: 1 },
  };
}

/** A status row written the short way: ISO3, dates, and whether the state acceded. */
export interface Row {
  state: string;
  signed?: string;
  ratified?: string;
  accession: boolean;
  inForce?: string;
}

export function statusList(id: string, rows: readonly Row[], asOf = "2026-04-25"): StatusList {
  const entries: StatusEntry[] = rows.map((row) => ({
    participant: row.state.toLowerCase(),
    iso3: row.state,
    ...(row.signed ? { signed: row.signed } : {}),
    ...(row.ratified ? { ratified: row.ratified } : {}),
    kind: row.ratified ? (row.accession ? "accession" : "ratification") : "signature",
    ...(row.inForce ? { inForce: row.inForce } : {}),
    cites: [],
    verified: true,
    origin: { file: "x.md", line: 1 },
  }));
  return { id, instrument: id, url: `/instruments/${id}/status/`, asOf, cites: [], introHtml: "", entries, origin: { file: "x.md", line: 1 } };
}

/** An instrument with its status list, as the country path takes them. */
export function treaty(id: string, rows: readonly Row[], asOf = "2026-04-25"): { instrument: Instrument; list: StatusList } {
  return { instrument: instrument(id, asOf), list: statusList(id, rows, asOf) };
}

/** Compares with the stored SVG byte for byte; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
export function expectGolden(dir: string, name: string, svg: string): void {
  const goldenDir = path.join(dir, "__golden__");
  const file = path.join(goldenDir, name);
  if (process.env["UPDATE_GOLDEN"] === "1") {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, svg);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
  expect(svg).toBe(readFileSync(file, "utf8"));
}

/** Every id attribute in an SVG string, to check they are unique. */
export function idsIn(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1] ?? "");
}
