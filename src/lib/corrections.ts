/** What the corrections page and the footer's version link summarise: the corpus in numbers and what the log records. */
import type { Corpus } from "../corpus/index.ts";
const CORRECTED_FIELDS_SHOWN = ["verdict", "paraphrase", "quote"] as const;

export interface ChangeSummary {
  records: { label: string; count: number }[];
  corrections: number;
  latest: string | undefined;
  fields: Record<(typeof CORRECTED_FIELDS_SHOWN)[number], number>;
  redirects: number;
}

export function changeSummary(corpus: Corpus): ChangeSummary {
  const log = corpus.corrections();
  const fields = Object.fromEntries(
    CORRECTED_FIELDS_SHOWN.map((field) => [field, log.filter((c) => c.changed.includes(field)).length]),
  ) as ChangeSummary["fields"];
  return {
    records: corpus
      .stats()
      .filter((s) => s.label !== "factual claims checked")
      .map(({ label, count }) => ({ label, count })),
    corrections: log.length,
    latest: log[0]?.date,
    fields,
    redirects: corpus.redirects().length,
  };
}
