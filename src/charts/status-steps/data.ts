/**
 * Cumulative signatures and ratifications of one instrument over time, from
 * its status rows. An act known only to a month or a span counts from the
 * last day it can mean, so the curve never runs ahead of the record; acts
 * with no date at all are counted apart, not placed.
 */
import { compareDates, dateEnd, type IsoDate } from "../../corpus/dates.ts";
import type { StatusEntry, StatusList } from "../../corpus/index.ts";
import { hasSigned, isPartyKind } from "../../corpus/status.ts";

export interface Step {
  /** The day the count reaches `total` (the last day a partial date can mean). */
  day: IsoDate;
  /** The acts as recorded that day, with their own precision. */
  acts: { participant: string; date: string }[];
  total: number;
}

export interface StepSeries {
  key: "signatures" | "ratifications";
  label: string;
  steps: Step[];
  /** Acts on record without a date. */
  undated: number;
}

export interface StatusStepsData {
  instrument: string;
  asOf: IsoDate;
  series: [StepSeries, StepSeries];
}

function series(key: StepSeries["key"], label: string, acts: { participant: string; date: string | undefined }[]): StepSeries {
  const dated = acts.flatMap((a) => (a.date ? [{ participant: a.participant, date: a.date, day: dateEnd(a.date) }] : []));
  dated.sort((a, b) => compareDates(a.day, b.day) || a.participant.localeCompare(b.participant));
  const steps: Step[] = [];
  let total = 0;
  for (const act of dated) {
    total += 1;
    const last = steps.at(-1);
    if (last?.day === act.day) {
      last.acts.push({ participant: act.participant, date: act.date });
      last.total = total;
    } else steps.push({ day: act.day, acts: [{ participant: act.participant, date: act.date }], total });
  }
  return { key, label, steps, undated: acts.length - dated.length };
}

export function statusStepsData(list: StatusList, instrument: string): StatusStepsData {
  const signed = list.entries.filter(hasSigned).map((e: StatusEntry) => ({ participant: e.participant, date: e.signed }));
  const joined = list.entries.filter((e) => isPartyKind(e.kind)).map((e) => ({ participant: e.participant, date: e.ratified }));
  return {
    instrument,
    asOf: list.asOf,
    series: [
      series("signatures", "Signatures", signed),
      series("ratifications", "Ratifications, acceptances, approvals and accessions", joined),
    ],
  };
}
