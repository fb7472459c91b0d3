import type { Corpus, Instrument } from "../../corpus/index.ts";
import { articleCoverage, type ArticleCoverage } from "../articles.ts";

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

/** The coverage table's rows: each instrument's cells, and how much of its article list is known (none without a list). */
export function coverageRows(
  corpus: Corpus,
  instruments: readonly Instrument[],
  dimensionIds: readonly string[],
): { instrument: Instrument; coverage: Coverage; articles: ArticleCoverage | undefined }[] {
  return instruments.map((instrument) => ({
    instrument,
    coverage: coverageOf(instrument, dimensionIds),
    articles: corpus.hasArticleList(instrument.id) ? articleCoverage(corpus, instrument.id) : undefined,
  }));
}
