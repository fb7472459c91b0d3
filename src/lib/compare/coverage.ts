import type { Instrument } from "../../corpus/index.ts";

export interface Coverage {
  instrument: string;
  /** Dimensions in the comparison. */
  total: number;
  /** Cells whose value is anything but "unknown". */
  known: number;
  /** Known cells whose article numbers were checked against the text (not `verified: false`). */
  verified: number;
}

/** How much of the comparison an instrument's provisions settle. */
export function coverageOf(instrument: Instrument, dimensionIds: readonly string[]): Coverage {
  const provisions = dimensionIds.flatMap((id) => instrument.provisions.filter((p) => p.dimension === id));
  const known = provisions.filter((p) => p.value !== "unknown");
  return {
    instrument: instrument.id,
    total: dimensionIds.length,
    known: known.length,
    verified: known.filter((p) => p.verified).length,
  };
}
