/**
 * A state's standing under a treaty on a given day, from the treaty's status
 * list (src/corpus/status.ts holds the rule). "Party" means the state had
 * deposited its instrument by that day (entry into force for it can follow
 * up to a few months later); "signatory" that it had signed but not joined.
 */
import { standingOn, type Standing, type StatusEntry, type StatusList } from "../../corpus/index.ts";
import type { IsoDate } from "../../corpus/dates.ts";

export type TreatyStatus = Standing;

export { STANDING_ORDER as TREATY_STATUS_ORDER, STANDING_LABELS as TREATY_STATUS_LABELS } from "../../corpus/index.ts";

type Acts = Pick<StatusEntry, "signed" | "ratified"> & Partial<Pick<StatusEntry, "kind" | "withdrawn">>;

/**
 * On or before the day. A vote dated only to the month counts acts up to the
 * first of that month, so an act within the month is never counted early.
 * Without `asOf`, an undated act is not counted.
 */
export function treatyStatusAsOf(row: Acts | undefined, day: IsoDate, asOf: IsoDate = "9999"): TreatyStatus {
  if (!row) return "neither";
  const kind = row.kind ?? (row.ratified ? "ratification" : "signature");
  return standingOn({ ...row, kind }, day, asOf);
}

/** ISO3 → status on the day, for every state in the list; states absent from the status list are "neither". */
export function treatyStatusesAsOf(
  list: StatusList | null | undefined,
  iso3s: readonly string[],
  day: IsoDate,
): Map<string, TreatyStatus> {
  const rows = new Map((list?.entries ?? []).flatMap((entry) => (entry.iso3 ? [[entry.iso3, entry] as const] : [])));
  return new Map(iso3s.map((iso3) => [iso3, treatyStatusAsOf(rows.get(iso3), day, list?.asOf)]));
}
