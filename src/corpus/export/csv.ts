import { stringify } from "csv-stringify/sync";
import type { Corpus } from "../corpus.ts";
import { datePrefix } from "../dates.ts";

/**
 * RFC 4180, written by csv-stringify: fields quoted where they need it, CRLF line ends, empty for a missing value.
 * csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF, which multi-line paraphrases have:
 * `quoted_match` quotes those too.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return stringify([header, ...rows] as (string | number | null | undefined)[][], { record_delimiter: "windows", eof: true, quoted_match: /[\r\n]/u });
}

export function claimsCsv(corpus: Corpus): string {
  return toCsv(
    [
      "id",
      "url",
      "source",
      "kind",
      "as_of",
      "paragraph",
      "text",
      "quote",
      "actors",
      "instruments",
      "votes",
      "verdict",
      "verdict_since",
    ],
    corpus
      .claims()
      .map((c) => [
        c.id,
        c.url,
        c.source,
        c.kind,
        c.asOf,
        c.locator.paragraph,
        c.text,
        c.quote,
        c.actors.join(" "),
        c.instruments.join(" "),
        c.votes.join(" "),
        c.verdict?.status,
        c.verdict?.since,
      ]),
  );
}

/** Long format: one row per vote and country. */
export function votesCsv(corpus: Corpus, voteId?: string): string {
  const votes = voteId ? [corpus.vote(voteId)] : corpus.votes();
  return toCsv(
    ["vote", "symbol", "date", "country", "country_name", "position"],
    votes.flatMap((vote) =>
      Object.entries(vote.positions)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([iso3, position]) => [vote.id, vote.symbol, vote.date, iso3, corpus.stateByIso3(iso3).name, position]),
    ),
  );
}

/**
 * Long format: one row per instrument and participant. Dates are ISO or a
 * prefix of one (a span such as the Hanoi ceremony becomes the month its two
 * ends share); empty when unknown. A reported act has kind `reported` and
 * no ratified date: it is not a ratification. `source` lists citation ids.
 */
export const TREATY_STATUS_HEADER = ["instrument", "participant", "iso3", "signed", "ratified", "kind", "in_force", "verified", "source"] as const;

export function treatyStatusCsv(corpus: Corpus, instrumentId?: string): string {
  const lists = instrumentId ? [corpus.statusList(instrumentId)] : corpus.statusLists();
  return toCsv(
    TREATY_STATUS_HEADER,
    lists.flatMap((list) =>
      list.entries.map((e) => [
        list.instrument,
        e.participant,
        e.iso3,
        e.signed && datePrefix(e.signed),
        e.ratified && datePrefix(e.ratified),
        e.kind,
        e.inForce && datePrefix(e.inForce),
        e.verified ? "yes" : "no",
        e.cites.join(" "),
      ]),
    ),
  );
}
