/**
 * What a status list says, computed from its rows: who is a party or a
 * signatory on a given day, the counts, and the progress towards entry into
 * force. Pure functions, shared by pages, charts, exports and tests, so that
 * every figure on the site comes from the records and is never typed.
 */
import { compareDates, dateEnd, dateStart, formatDate, type IsoDate } from "./dates.ts";
import type { StatusEntry, StatusList } from "./schema/records.ts";
import { PARTY_KINDS, type StatusKind } from "./schema/status.ts";

export type Standing = "party" | "signatory" | "neither";

export const STANDING_ORDER = ["party", "signatory", "neither"] as const satisfies readonly Standing[];

export const STANDING_LABELS: Readonly<Record<Standing, string>> = { party: "Party", signatory: "Signatory", neither: "Neither" };

export const KIND_LABELS: Readonly<Record<StatusKind, string>> = {
  signature: "signature",
  ratification: "ratification",
  acceptance: "acceptance",
  approval: "approval",
  accession: "accession",
  reported: "reported, not confirmed",
  invited: "invited to accede",
};

export function isPartyKind(kind: StatusKind): boolean {
  return (PARTY_KINDS as readonly string[]).includes(kind);
}

/** The act happened on or before the day, whatever its precision: a month-only act counts from the month's end. */
function byDay(act: string, day: IsoDate): boolean {
  return compareDates(dateEnd(act), dateStart(day)) <= 0;
}

/**
 * A participant's standing on a day. A party is one whose instrument was
 * deposited by that day; a party or signatory whose date is not known counts
 * only from the list's as-of day. A reported act is never counted, and a
 * withdrawal ends both.
 */
export function standingOn(
  entry: Pick<StatusEntry, "kind" | "signed" | "ratified" | "withdrawn">,
  day: IsoDate,
  asOf: IsoDate,
): Standing {
  if (entry.withdrawn && byDay(entry.withdrawn, day)) return "neither";
  const fromAsOf = compareDates(day, asOf) >= 0;
  if (isPartyKind(entry.kind) && (entry.ratified ? byDay(entry.ratified, day) : fromAsOf)) return "party";
  if (entry.signed ? byDay(entry.signed, day) : entry.kind === "signature" && fromAsOf) return "signatory";
  return "neither";
}

/** Standing as of the list's own as-of day. */
export function standingNow(entry: StatusEntry, list: Pick<StatusList, "asOf">): Standing {
  return standingOn(entry, list.asOf, list.asOf);
}

/** Participant id → standing on the day; participants absent from the list are not in the map ("neither"). */
export function standingsOn(list: StatusList, day: IsoDate): Map<string, Standing> {
  return new Map(list.entries.map((entry) => [entry.participant, standingOn(entry, day, list.asOf)]));
}

/** Whether the participant has ever signed (a signature on record, dated or not). */
export function hasSigned(entry: StatusEntry): boolean {
  return entry.signed !== undefined || entry.kind === "signature";
}

export interface StatusCounts {
  /** Participants with a signature on record. */
  signatures: number;
  /** Parties as of the list's as-of day. */
  parties: number;
  /** Signatories that have not become parties. */
  signatoriesOnly: number;
  /** Acts reported by a source but not confirmed by the depositary. */
  reported: number;
  invited: number;
  /** Parties' instruments that count towards entry into force: states only, an organisation's is not counted in addition to its members'. */
  countedInstruments: number;
  /** Rows marked verified: no. */
  unverified: number;
}

export function statusCounts(list: StatusList): StatusCounts {
  const standing = list.entries.map((entry) => standingNow(entry, list));
  return {
    signatures: list.entries.filter(hasSigned).length,
    parties: standing.filter((s) => s === "party").length,
    signatoriesOnly: standing.filter((s) => s === "signatory").length,
    reported: list.entries.filter((e) => e.kind === "reported").length,
    invited: list.entries.filter((e) => e.kind === "invited").length,
    countedInstruments: list.entries.filter((e, i) => standing[i] === "party" && e.iso3 !== undefined).length,
    unverified: list.entries.filter((e) => !e.verified).length,
  };
}

/** Signatures dated within [start, end] (an interval counts when it lies inside). */
export function signaturesBetween(list: StatusList, start: IsoDate, end: IsoDate): StatusEntry[] {
  return list.entries.filter(
    (e) => e.signed !== undefined && compareDates(dateStart(e.signed), start) >= 0 && compareDates(dateEnd(e.signed), end) <= 0,
  );
}

export interface Progress {
  /** The instrument's entry into force, when its record dates it. */
  inForceSince?: IsoDate;
  /** States' instruments deposited as of the list's date. */
  counted: number;
  threshold?: number;
  /** "0 of 40 instruments deposited", "in force since 1 July 2004". */
  text: string;
}

/** How far the instrument is from entry into force, from its rows (and its entry-into-force date, if any). */
export function progressTowardsEntryIntoForce(list: StatusList, inForceSince: IsoDate | undefined): Progress {
  const counted = statusCounts(list).countedInstruments;
  const threshold = list.entryIntoForce?.threshold;
  if (inForceSince)
    return { inForceSince, counted, ...(threshold ? { threshold } : {}), text: `in force since ${formatDate(inForceSince)}` };
  if (threshold === undefined)
    return {
      counted,
      text: `${counted} ${counted === 1 ? "instrument" : "instruments"} deposited; no entry-into-force rule recorded`,
    };
  const reached = counted >= threshold ? " (the number required is reached)" : "";
  return { counted, threshold, text: `${counted} of ${threshold} instruments deposited${reached}` };
}
