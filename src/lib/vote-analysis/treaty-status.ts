/**
 * A state's standing under a treaty on a given day, from the treaty's party
 * table. "Party" means the state had deposited its ratification or
 * accession by that day (entry into force for it can follow up to a few
 * months later); "signatory" that it had signed but not ratified.
 */
import type { Instrument, Party } from "../../corpus/index.ts";
import { dateSortKey, type IsoDate } from "../../corpus/dates.ts";

export type TreatyStatus = "party" | "signatory" | "neither";

export const TREATY_STATUS_ORDER = ["party", "signatory", "neither"] as const satisfies readonly TreatyStatus[];

export const TREATY_STATUS_LABELS: Readonly<Record<TreatyStatus, string>> = {
  party: "Party",
  signatory: "Signatory",
  neither: "Neither",
};

/**
 * On or before the day. A vote dated only to the month counts acts up to the
 * first of that month, so an act within the month is never counted early.
 */
function onOrBefore(act: IsoDate | undefined, day: IsoDate): boolean {
  return act !== undefined && dateSortKey(act) <= dateSortKey(day);
}

export function treatyStatusAsOf(row: Pick<Party, "signed" | "ratified"> | undefined, day: IsoDate): TreatyStatus {
  if (!row) return "neither";
  if (onOrBefore(row.ratified, day)) return "party";
  if (onOrBefore(row.signed, day)) return "signatory";
  return "neither";
}

/** ISO3 → status on the day, for every state in the list; states absent from the party table are "neither". */
export function treatyStatusesAsOf(
  instrument: Pick<Instrument, "parties">,
  iso3s: readonly string[],
  day: IsoDate,
): Map<string, TreatyStatus> {
  const rows = new Map((instrument.parties?.rows ?? []).map((row) => [row.state, row]));
  return new Map(iso3s.map((iso3) => [iso3, treatyStatusAsOf(rows.get(iso3), day)]));
}
