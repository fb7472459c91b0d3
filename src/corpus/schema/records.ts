/**
 * The published shape of the corpus: what pages read and what
 * /data/corpus.json carries. The JSON Schema export is generated from these,
 * so they are the one definition of the public contract.
 */
import { z } from "astro/zod";
import { ACTOR_KINDS, UN_REGIONS } from "./actor.ts";
import { DATE_EVENTS, INSTRUMENT_KINDS, PROVISION_VALUES } from "./instrument.ts";
import { LANES } from "./event.ts";
import { CLAIM_KINDS, SOURCE_KINDS, VERDICT_STATUSES, VIEWPOINTS } from "./source.ts";
import { POSITIONS, VOTE_BODIES } from "./vote.ts";
import { STATUS_KINDS } from "./status.ts";
import { HEADING_CONFIDENCES } from "./article.ts";

const Id = z.string().describe("Stable slug, part of the permalink");
const Url = z.string().describe("Permalink path on this site");
const Date = z.string().describe("ISO 8601 date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known");
const Ids = z.array(z.string());
const Html = z.string().describe("Sanitised HTML rendered from the content Markdown");
const Origin = z.object({ file: z.string(), line: z.number().int() }).describe("Where the record is defined in content/");

export const CitationSchema = z.object({
  id: Id,
  kind: z.enum(["primary", "secondary", "dataset"]),
  title: z.string(),
  symbol: z.string().optional(),
  publisher: z.string().optional(),
  date: Date.optional(),
  accessed: Date.optional(),
  url: z.string().describe("The cited record"),
  note: z.string().optional(),
});

export const VerdictSchema = z.object({
  status: z.enum(VERDICT_STATUSES),
  since: Date.optional().describe("For outdated: when the claim stopped being true"),
  text: z.string(),
  html: Html,
  cites: Ids,
});

export const QuoteCheckSchema = z
  .discriminatedUnion("status", [
    z.object({
      status: z.literal("archived-text"),
      text: z.string(),
      sha256: z.string(),
      paragraph: z.number().int().positive(),
    }),
    z.object({ status: z.literal("stored-copy"), url: z.string() }),
    z.object({ status: z.literal("unverified") }),
  ])
  .describe("How the quote was verified: by the build against the archived text, by the authors against a stored copy, or not");

export const ClaimSchema = z.object({
  id: Id,
  url: Url,
  source: z.string().describe("Source id"),
  kind: z.enum(CLAIM_KINDS),
  text: z.string().describe("The paraphrase, in the analyst's words"),
  html: Html,
  quote: z.string().describe("Verbatim quote, at most 25 words"),
  locator: z.object({ paragraph: z.number().int().positive() }),
  asOf: Date,
  actors: Ids,
  instruments: Ids,
  votes: Ids,
  events: Ids,
  dimensions: Ids,
  articles: z
    .array(z.object({ article: z.string().describe("Article id, instrument:number"), locator: z.string().optional().describe("Paragraph or letter inside the article, e.g. (b)") }))
    .describe("Articles the claim names"),
  corroborates: Ids.describe("Symmetric: claims in other sources making the same point"),
  contradicts: Ids.describe("Symmetric: claims that conflict with this one"),
  revises: z.string().optional().describe("Claim of the earlier version this one carries over"),
  change: z.enum(["kept", "changed"]).optional(),
  revisedBy: Ids.describe("Claims of later versions that carry this one over"),
  verdict: VerdictSchema.optional(),
  quoteCheck: QuoteCheckSchema,
  origin: Origin,
});

export const AuthorRecordSchema = z.object({
  name: z.string(),
  affiliation: z.string().optional(),
  actor: z.string().optional(),
});

export const RevisionSchema = z.object({
  of: z.string().describe("Source id of the earlier version"),
  added: Ids,
  dropped: Ids,
  changed: z.array(z.object({ from: z.string(), to: z.string() })),
  kept: z.array(z.object({ from: z.string(), to: z.string() })),
});

export const ReadingBlockSchema = z.union([
  z.object({ type: z.literal("html"), html: Html }),
  z.object({ type: z.literal("claim"), id: z.string() }),
]);

export const SourceSchema = z.object({
  id: Id,
  url: Url,
  title: z.string(),
  authors: z.array(AuthorRecordSchema),
  authorsNote: z.string().optional(),
  outlet: z.string(),
  publisher: z.string().optional(),
  speaker: z.string().optional().describe("Who speaks in the text when it is not its author"),
  viewpoint: z.enum(VIEWPOINTS).optional().describe("Whose view the source gives voice to"),
  published: Date.optional().describe("Only when the page shows a date"),
  publishedNote: z.string().optional(),
  originalUrl: z.string().optional().describe("The original publication"),
  urlNote: z.string().optional(),
  kind: z.enum(SOURCE_KINDS),
  language: z.string(),
  licence: z.string(),
  revises: z.string().optional(),
  revisedBy: Ids,
  revision: RevisionSchema.optional().describe("For a revised source: what changed against the earlier version"),
  text: z.string().optional().describe("The archived plain-text copy quotes are checked against (not published)"),
  sha256: z.string().optional().describe("SHA-256 of the archived text"),
  storedUrl: z.string().optional().describe("A stored copy the authors checked the quotes against, when no text is archived"),
  claims: Ids.describe("Claim ids in reading order"),
  reading: z.array(ReadingBlockSchema).describe("The analyst's reading, with claims in place"),
  origin: Origin,
});

export const ActorSchema = z.object({
  id: Id,
  url: Url,
  name: z.string(),
  shortName: z.string().optional(),
  kind: z.enum(ACTOR_KINDS),
  iso3: z.string().optional().describe("States only"),
  region: z.enum(UN_REGIONS).optional().describe("States only: UN regional group"),
  affiliations: Ids,
  role: z.string().optional(),
  website: z.string().optional(),
  profileHtml: Html,
  cites: Ids,
  origin: Origin,
});

export const ProvisionSchema = z.object({
  dimension: z.string(),
  value: z.enum(PROVISION_VALUES),
  articles: z.array(z.string()),
  verified: z.boolean(),
  note: z.string(),
  cites: Ids,
});

const Verification = { verified: z.boolean(), note: z.string().optional() };

export const InstrumentSchema = z.object({
  id: Id,
  url: Url,
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  organisation: z.string(),
  parent: z.string().optional(),
  symbol: z.string().optional(),
  textUrl: z.string(),
  textNote: z.string().optional(),
  dates: z.array(z.object({ event: z.enum(DATE_EVENTS), date: Date, place: z.string().optional(), cites: Ids, ...Verification })),
  status: z.object({ text: z.string(), asOf: Date, cites: Ids, ...Verification }),
  partiesCount: z.object({ count: z.number().int(), asOf: Date, cites: Ids, ...Verification }).optional(),
  provisions: z.array(ProvisionSchema),
  profileHtml: Html,
  cites: Ids,
  ...Verification,
  origin: Origin,
});

const StatusDate = z
  .string()
  .describe("ISO 8601 date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known), or an interval start/end when only the span is known");

export const StatusEntrySchema = z.object({
  participant: z.string().describe("Actor id: a state's lowercase ISO3, or an organisation such as eu"),
  iso3: z.string().optional().describe("States only"),
  signed: StatusDate.optional(),
  ratified: StatusDate.optional().describe("Ratification, acceptance, approval or accession (see kind)"),
  kind: z
    .enum(STATUS_KINDS)
    .describe("signature: signed only; ratification/acceptance/approval/accession: a party; reported: an act reported but not confirmed by the depositary, never counted; invited: invited to accede"),
  inForce: StatusDate.optional().describe("Entry into force for this participant"),
  withdrawn: StatusDate.optional(),
  cites: Ids,
  ...Verification,
  origin: Origin,
});

export const StatusListSchema = z.object({
  id: Id.describe("The instrument id"),
  instrument: z.string(),
  url: Url,
  asOf: Date,
  cites: Ids,
  note: z.string().optional(),
  entryIntoForce: z
    .object({ threshold: z.number().int(), article: z.string(), text: z.string(), cites: Ids, ...Verification })
    .optional(),
  openForSignature: z.object({ until: Date, place: z.string(), article: z.string(), cites: Ids }).optional(),
  introHtml: Html,
  entries: z.array(StatusEntrySchema),
  origin: Origin,
});

export const ArticleSchema = z.object({
  id: Id.describe("instrument:number, e.g. budapest-convention:32"),
  instrument: z.string(),
  number: z.string().describe("As printed: 1, 2, …, or unnumbered"),
  url: Url,
  chapter: z.string().optional().describe("Key of a chapter of the list"),
  section: z.string().optional(),
  heading: z.string().optional().describe("As printed, in its language; for a described article, the subject a source describes; absent when not found"),
  language: z.string().optional().describe("Language of the heading; absent for a described subject"),
  gloss: z.string().optional().describe("The atlas's English rendering of a heading in another language: never the official heading"),
  confidence: z.enum(HEADING_CONFIDENCES).describe("How the heading is known, as the source list gives it"),
  cites: Ids,
  ...Verification,
  origin: Origin,
});

export const ArticleListSchema = z.object({
  id: Id.describe("The instrument id"),
  instrument: z.string(),
  url: Url,
  cites: Ids,
  total: z.number().int().optional().describe("Articles in the instrument, when a source says how many"),
  totalCites: Ids,
  totalNote: z.string().optional(),
  chapters: z.array(
    z.object({
      key: z.string(),
      title: z.string().optional().describe("As printed; absent when not found"),
      described: z.boolean().describe("The title is a source's description, not the printed heading"),
      note: z.string().optional(),
    }),
  ),
  introHtml: Html,
  articles: Ids.describe("Article ids in the order of the text"),
  origin: Origin,
});

export const TallyRecordSchema = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int().nullable(),
  nonVoting: z.number().int().nullable(),
});

export const VoteSchema = z.object({
  id: Id,
  url: Url,
  symbol: z.string(),
  draft: z.string().optional(),
  title: z.string(),
  body: z.enum(VOTE_BODIES),
  date: Date,
  meeting: z.string().optional(),
  adoptedWithoutVote: z.boolean(),
  tally: TallyRecordSchema.nullable().describe("null when there was no recorded vote"),
  positions: z.record(z.string(), z.enum(POSITIONS)).describe("ISO3 → position; empty when not recorded"),
  positionsCites: Ids,
  sponsors: Ids,
  instruments: Ids,
  descriptionHtml: Html,
  cites: Ids,
  ...Verification,
  origin: Origin,
});

export const EventSchema = z.object({
  id: Id,
  url: Url,
  title: z.string(),
  date: Date,
  lane: z.enum(LANES),
  actors: Ids,
  instruments: Ids,
  votes: Ids,
  sources: Ids,
  cites: Ids,
  html: Html,
  text: z.string(),
  origin: Origin,
});

export const DimensionSchema = z.object({
  id: Id,
  url: Url,
  title: z.string(),
  description: z.string(),
  group: z.string(),
  groupTitle: z.string(),
  groupOrder: z.number().int(),
  order: z.number().int(),
  origin: Origin,
});

export const RedirectSchema = z.object({
  type: z.enum(["claims", "sources", "actors", "instruments", "votes", "events", "dimensions", "articles"]),
  from: z.string().describe("Retired id"),
  to: z.string().describe("The id that replaced it"),
  fromUrl: z.string(),
  toUrl: z.string(),
});

export const CorrectionSchema = z
  .object({
    date: Date.describe("The day the correction was made"),
    claim: z.string().optional().describe("The corrected claim"),
    type: z.enum(["claims", "sources", "actors", "instruments", "votes", "events", "dimensions", "articles"]).optional(),
    from: z.string().optional().describe("For an id change: the retired id"),
    to: z.string().optional().describe("For an id change: the id that replaced it"),
    changed: z.array(z.enum(["verdict", "paraphrase", "quote", "id"])),
    verdict: z.object({ from: z.enum(VERDICT_STATUSES).nullable(), to: z.enum(VERDICT_STATUSES).nullable() }).optional(),
    note: z.string().describe("What was wrong and what changed"),
    origin: Origin,
  })
  .describe("An entry of the corrections log (content/corrections.yaml)");

export const CorpusDataSchema = z.object({
  version: z.string(),
  generatedAt: z.string(),
  sources: z.array(SourceSchema),
  claims: z.array(ClaimSchema),
  actors: z.array(ActorSchema),
  instruments: z.array(InstrumentSchema),
  votes: z.array(VoteSchema),
  events: z.array(EventSchema),
  dimensions: z.array(DimensionSchema),
  citations: z.array(CitationSchema),
  statusLists: z.array(StatusListSchema).describe("Who signed and joined each instrument, one list per instrument"),
  articleLists: z.array(ArticleListSchema).describe("Each instrument's chapters and articles, where a list was compiled"),
  articles: z.array(ArticleSchema),
  redirects: z.array(RedirectSchema).describe("Retired ids and where they now point"),
  corrections: z.array(CorrectionSchema).describe("The corrections log, newest first"),
});

export type Citation = z.infer<typeof CitationSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type QuoteCheck = z.infer<typeof QuoteCheckSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Revision = z.infer<typeof RevisionSchema>;
export type ReadingBlock = z.infer<typeof ReadingBlockSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Provision = z.infer<typeof ProvisionSchema>;
export type StatusEntry = z.infer<typeof StatusEntrySchema>;
export type StatusList = z.infer<typeof StatusListSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleList = z.infer<typeof ArticleListSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
export type Tally = z.infer<typeof TallyRecordSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type CorpusData = z.infer<typeof CorpusDataSchema>;
