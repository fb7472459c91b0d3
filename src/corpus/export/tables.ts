/**
 * The CSV downloads under /data/ and what /data/datapackage.json says of
 * them (a Frictionless Tabular Data Package: each file's fields, their types
 * and which are required). One entry per CSV: adding a CSV to the site is
 * adding its entry here (and its endpoint under src/pages/data/); the data
 * package, the /data/ page's file list and the tests follow from the entry.
 * A test checks that every CSV's header is its entry's field list and that
 * every row casts to the declared types.
 */
import type { Corpus } from "../corpus.ts";
import { claimsCsv, toCsv, treatyStatusCsv, votesCsv } from "./csv.ts";
import { actorRows, articleRows, citationRows, comparisonRows, concordanceRows, eventRows, instrumentRows, type Row } from "./record-csv.ts";
import { HEADING_CONFIDENCES } from "../schema/article.ts";

/** Table Schema field types used here (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
type FieldType = "string" | "integer" | "boolean";

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  /** A value every row must have. */
  required?: boolean;
  /** Allowed values. */
  enum?: readonly string[];
  /** Partial ISO dates (YYYY, YYYY-MM or YYYY-MM-DD): Table Schema's `date` takes days only. */
  isoDate?: boolean;
}

export interface TableEntry {
  /** The file's name without `.csv`; also the resource's name in the package. */
  name: string;
  title: string;
  description: string;
  fields: readonly TableField[];
  /** Field names that identify a row. */
  primaryKey?: readonly string[];
  csv: (corpus: Corpus) => string;
}

const ISO_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
const f = (name: string, type: FieldType, description: string, extra: Omit<TableField, "name" | "type" | "description"> = {}): TableField => ({
  name,
  type,
  description,
  ...extra,
});
const id = (description: string) => f("id", "string", description, { required: true });
const date = (name: string, description: string, required = false) => f(name, "string", description, { isoDate: true, required });
const ids = (name: string, what: string) => f(name, "string", `Space-separated ${what} ids`);
const yesNo = (name: string, description: string) => f(name, "boolean", description, { required: true });

/** An entry whose CSV is written from its rows, with its fields as the header. */
function table(entry: Omit<TableEntry, "csv"> & { rows: (corpus: Corpus) => Row[] }): TableEntry {
  const { rows, ...rest } = entry;
  return { ...rest, csv: (corpus) => toCsv(entry.fields.map((field) => field.name), rows(corpus)) };
}

export const TABLES: readonly TableEntry[] = [
  {
    name: "claims",
    title: "Claims",
    description: "One row per claim: its source, paraphrase, verbatim quote, paragraph, linked records and verdict.",
    primaryKey: ["id"],
    fields: [
      id("Claim id"),
      f("url", "string", "Permalink path on the atlas", { required: true }),
      f("source", "string", "Source id", { required: true }),
      f("kind", "string", "fact, assessment, recommendation or prediction", { required: true }),
      date("as_of", "The day the claim speaks for", true),
      f("paragraph", "integer", "Paragraph of the source where the quote starts", { required: true }),
      f("text", "string", "The paraphrase, in the analysts' words", { required: true }),
      f("quote", "string", "The verbatim quote (at most 25 words)", { required: true }),
      ids("actors", "actor"),
      ids("instruments", "instrument"),
      ids("votes", "vote"),
      f("verdict", "string", "Factual claims: consistent, inaccurate, outdated or unverifiable", { enum: ["consistent", "inaccurate", "outdated", "unverifiable"] }),
      date("verdict_since", "For an outdated claim: when it stopped being true"),
    ],
    csv: claimsCsv,
  },
  {
    name: "votes",
    title: "Votes by country",
    description: "Long format: one row per UN vote and country with a recorded position.",
    primaryKey: ["vote", "country"],
    fields: [
      f("vote", "string", "Vote id", { required: true }),
      f("symbol", "string", "Resolution or decision symbol", { required: true }),
      date("date", "Day of the vote", true),
      f("country", "string", "ISO 3166-1 alpha-3 code", { required: true }),
      f("country_name", "string", "Country name", { required: true }),
      f("position", "string", "yes, no, abstain or non-voting", { required: true, enum: ["yes", "no", "abstain", "non-voting"] }),
    ],
    csv: (corpus) => votesCsv(corpus),
  },
  {
    name: "treaty-status",
    title: "Treaty status",
    description: "Long format: one row per instrument and participant: signature, ratification, entry into force, with citation ids.",
    primaryKey: ["instrument", "participant"],
    fields: [
      f("instrument", "string", "Instrument id", { required: true }),
      f("participant", "string", "Actor id (a state's lowercase ISO3, or an organisation)", { required: true }),
      f("iso3", "string", "States only"),
      date("signed", "Signature (an interval becomes the ISO prefix its ends share; empty when unknown)"),
      date("ratified", "Ratification, acceptance, approval or accession"),
      f("kind", "string", "signature, ratification, acceptance, approval, accession, reported (not confirmed by the depositary) or invited", { required: true }),
      date("in_force", "Entry into force for this participant"),
      yesNo("verified", "yes when confirmed by the cited record"),
      ids("source", "citation"),
    ],
    csv: (corpus) => treatyStatusCsv(corpus),
  },
  table({
    name: "actors",
    title: "Actors",
    description: "States, organisations, UN bodies, groups and people the atlas records.",
    primaryKey: ["id"],
    fields: [
      id("Actor id (a state's is its lowercase ISO3)"),
      f("url", "string", "Permalink path on the atlas", { required: true }),
      f("name", "string", "Name", { required: true }),
      f("short_name", "string", "Short name"),
      f("kind", "string", "state, observer-state, organisation, un-body, state-group, civil-society, company or person", { required: true }),
      f("iso3", "string", "States only: ISO 3166-1 alpha-3"),
      f("region", "string", "States only: UN regional group"),
      ids("affiliations", "actor"),
      f("role", "string", "Role"),
      f("website", "string", "Official website"),
    ],
    rows: actorRows,
  }),
  table({
    name: "instruments",
    title: "Instruments",
    description: "Treaties, protocols and drafts: organisation, symbol, status line and parties count, with their as-of days.",
    primaryKey: ["id"],
    fields: [
      id("Instrument id"),
      f("url", "string", "Permalink path on the atlas", { required: true }),
      f("name", "string", "Full name", { required: true }),
      f("short_name", "string", "Short name", { required: true }),
      f("kind", "string", "convention, protocol, draft-convention or agreement", { required: true }),
      f("organisation", "string", "Actor id of the organisation that adopted or received it", { required: true }),
      f("parent", "string", "For a protocol: the instrument it adds to"),
      f("symbol", "string", "Document symbol or treaty number"),
      f("status", "string", "Status line", { required: true }),
      date("status_as_of", "The day the status line speaks for", true),
      f("parties", "integer", "Number of parties, where recorded"),
      date("parties_as_of", "The day the parties count speaks for"),
      yesNo("verified", "no when a fact could not be confirmed from a primary record"),
    ],
    rows: instrumentRows,
  }),
  table({
    name: "comparison",
    title: "Treaty comparison cells",
    description: "One row per instrument and point of comparison: whether the instrument covers it, and in which articles.",
    primaryKey: ["instrument", "dimension"],
    fields: [
      f("instrument", "string", "Instrument id", { required: true }),
      f("dimension", "string", "Dimension id (a point of comparison)", { required: true }),
      f("value", "string", "covered, partly, not-covered, not-applicable or unknown", { required: true, enum: ["covered", "partly", "not-covered", "not-applicable", "unknown"] }),
      f("articles", "string", "Articles, separated by semicolons"),
      yesNo("verified", "no when the reading could not be confirmed against the text"),
      f("note", "string", "The analysts' note on the provision"),
    ],
    rows: comparisonRows,
  }),
  table({
    name: "articles",
    title: "Treaty articles",
    description: "One row per article of each instrument with a compiled list: chapter, heading exactly as its source gives it, its language and confidence, and the atlas's English gloss (never an official title).",
    primaryKey: ["id"],
    fields: [
      id("Article id: instrument:number"),
      f("url", "string", "Permalink path on the atlas", { required: true }),
      f("instrument", "string", "Instrument id", { required: true }),
      f("number", "string", "Article number as printed, or unnumbered", { required: true }),
      f("chapter", "string", "Chapter key as printed (I, II … or 1, 2 …)"),
      f("chapter_title", "string", "Chapter heading, where known"),
      f("section", "string", "Section (and title) as printed"),
      f("heading", "string", "Heading as printed, in its language; for secondary-described, the subject a source describes; empty when not found"),
      f("language", "string", "Language of the heading"),
      f("gloss", "string", "The atlas's English rendering of a heading in another language: not an official title"),
      f("confidence", "string", "How the heading is known", { required: true, enum: HEADING_CONFIDENCES }),
      yesNo("verified", "yes only for a heading read in the official text"),
      ids("cites", "citation"),
      f("note", "string", "The analysts' note on the row"),
    ],
    rows: articleRows,
  }),
  table({
    name: "concordance",
    title: "Concordance of articles",
    description: "Pairs of articles of two instruments that deal with the same dimension, derived from the comparison cells; an empty article means that instrument's cell names none.",
    fields: [
      f("instrument_a", "string", "Instrument id", { required: true }),
      f("article_a", "string", "Article number with its locator (32(b)); empty when the cell names no article"),
      f("instrument_b", "string", "Instrument id", { required: true }),
      f("article_b", "string", "Article number with its locator; empty when the cell names no article"),
      f("dimension", "string", "Dimension id", { required: true }),
      yesNo("verified", "yes when both cells' article numbers were checked against the official texts"),
    ],
    rows: concordanceRows,
  }),
  table({
    name: "events",
    title: "Events",
    description: "The timeline's authored events: date, lane, linked records and citation ids.",
    primaryKey: ["id"],
    fields: [
      id("Event id"),
      f("url", "string", "Permalink on the atlas", { required: true }),
      f("title", "string", "Title", { required: true }),
      date("date", "Date of the event", true),
      f("lane", "string", "un, coe, regional, national or commentary", { required: true, enum: ["un", "coe", "regional", "national", "commentary"] }),
      ids("actors", "actor"),
      ids("instruments", "instrument"),
      ids("votes", "vote"),
      ids("sources", "source"),
      ids("cites", "citation"),
    ],
    rows: eventRows,
  }),
  table({
    name: "citations",
    title: "Citations",
    description: "The records the atlas cites: UN documents, treaty-office pages and datasets.",
    primaryKey: ["id"],
    fields: [
      id("Citation id"),
      f("kind", "string", "primary, secondary or dataset", { required: true, enum: ["primary", "secondary", "dataset"] }),
      f("title", "string", "Title", { required: true }),
      f("symbol", "string", "Document symbol"),
      f("publisher", "string", "Publisher"),
      date("date", "Date of the record"),
      date("accessed", "When the atlas consulted it"),
      f("url", "string", "The cited record", { required: true }),
      f("note", "string", "Note"),
    ],
    rows: citationRows,
  }),
];

export function tableEntry(name: string): TableEntry {
  const entry = TABLES.find((t) => t.name === name);
  if (!entry) throw new Error(`No CSV table "${name}"`);
  return entry;
}

export const PACKAGE_LICENCE = { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" };

/**
 * /data/datapackage.json. No dates from the clock: the package's version is
 * the corpus version (a hash of the content), so the same content gives the
 * same file.
 */
export function dataPackage(corpus: Corpus, siteUrl: string): string {
  const site = new URL("/", siteUrl).href;
  const descriptor = {
    profile: "tabular-data-package",
    name: "cybercrime-treaty-atlas",
    id: new URL("/data/datapackage.json", site).href,
    title: "Cybercrime Treaty Atlas",
    description: `The atlas's corpus as CSV: claims with their quotes and verdicts, UN votes by country, treaty signatures and ratifications, actors, instruments, the treaty comparison, events and citations. As of ${corpus.asOf()}. The whole corpus, with every field, is /data/corpus.json.`,
    version: corpus.version,
    homepage: site,
    licenses: [PACKAGE_LICENCE],
    sources: [
      { title: "Cybercrime Treaty Atlas corpus (each row's citations are in citations.csv)", path: new URL("/data/corpus.json", site).href },
    ],
    keywords: ["cybercrime", "treaty", "united-nations", "budapest-convention", "votes"],
    resources: TABLES.map((table) => ({
      profile: "tabular-data-resource",
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true, doubleQuote: true, quoteChar: '"' },
      licenses: [PACKAGE_LICENCE],
      schema: {
        fields: table.fields.map((field) => ({
          name: field.name,
          type: field.type,
          ...(field.type === "boolean" ? { trueValues: ["yes"], falseValues: ["no"] } : {}),
          description: field.description,
          ...(field.required || field.enum || field.isoDate
            ? {
                constraints: {
                  ...(field.required ? { required: true } : {}),
                  ...(field.enum ? { enum: field.enum } : {}),
                  ...(field.isoDate ? { pattern: ISO_DATE } : {}),
                },
              }
            : {}),
        })),
        missingValues: [""],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
  return `${JSON.stringify(descriptor, null, 1)}\n`;
}
