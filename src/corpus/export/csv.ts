import type { Corpus } from "../corpus.ts";
import { datePrefix } from "../dates.ts";

/** RFC 4180: quote every field that needs it, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined): string => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

export function claimsCsv(corpus: Corpus): string {
  return toCsv(
    ["id", "url", "source", "kind", "as_of", "paragraph", "text", "quote", "actors", "instruments", "votes", "verdict", "verdict_since"],
    corpus.claims().map((c) => [
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
