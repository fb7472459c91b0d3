import type { Corpus } from "../corpus.ts";

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
