/**
 * The baseline the search benchmark compares against: plain fuse.js over the
 * full text of every record (paraphrase, quote, verdict, profiles, whole
 * readings, provision notes), with a prebuilt fuse.js index, as one file.
 */
import Fuse from "fuse.js";
import type { CorpusData } from "../../src/corpus/index.ts";

export interface BaselineRecord {
  url: string;
  title: string;
  symbols: string[];
  quote: string;
  text: string;
}

export const BASELINE_KEYS = [
  { name: "title", weight: 3 },
  { name: "symbols", weight: 3 },
  { name: "quote", weight: 1.5 },
  { name: "text", weight: 1 },
];

const strip = (html: string) =>
  html
    .replace(/<[^>]*>/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();

export function baselineRecords(corpus: CorpusData): BaselineRecord[] {
  const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
  const instruments = new Map(corpus.instruments.map((i) => [i.id, i.shortName]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s.title]));
  const named = (ids: readonly string[], map: Map<string, string>) => ids.map((id) => map.get(id) ?? id).join(" ");
  return [
    ...corpus.instruments.map((i) => ({
      url: i.url,
      title: i.name,
      symbols: [i.shortName, i.symbol ?? ""],
      quote: "",
      text: [
        i.status.text,
        strip(i.profileHtml),
        ...i.provisions.map((p) => `${p.dimension} ${p.value} ${p.articles.join(" ")} ${p.note}`),
      ].join(" "),
    })),
    ...corpus.votes.map((v) => ({
      url: v.url,
      title: v.title,
      symbols: [v.symbol, v.draft ?? ""],
      quote: "",
      text: `${strip(v.descriptionHtml)} ${named(v.sponsors, names)}`,
    })),
    ...corpus.actors.map((a) => ({
      url: a.url,
      title: a.name,
      symbols: [a.shortName ?? "", a.iso3 ?? ""],
      quote: "",
      text: `${a.role ?? ""} ${strip(a.profileHtml)}`,
    })),
    ...corpus.sources.map((s) => ({
      url: s.url,
      title: s.title,
      symbols: [],
      quote: "",
      text: [
        s.authors.map((a) => a.name).join(" "),
        s.outlet,
        ...s.reading.map((b) => (b.type === "html" ? strip(b.html) : "")),
      ].join(" "),
    })),
    ...corpus.claims.map((c) => ({
      url: c.url,
      title: c.text,
      symbols: [],
      quote: c.quote,
      text: [
        c.verdict?.text ?? "",
        sources.get(c.source) ?? "",
        named(c.actors, names),
        named(c.instruments, instruments),
        c.kind,
      ].join(" "),
    })),
    ...corpus.events.map((e) => ({
      url: e.url,
      title: e.title,
      symbols: [],
      quote: "",
      text: `${e.text} ${named(e.actors, names)}`,
    })),
  ];
}

/** The records and their serialised fuse.js index, as the baseline page downloads them. */
export function baselineFile(corpus: CorpusData): string {
  const records = baselineRecords(corpus);
  const index = Fuse.createIndex(BASELINE_KEYS, records);
  return JSON.stringify({ records, index: index.toJSON() });
}
