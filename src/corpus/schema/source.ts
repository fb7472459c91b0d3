import { z } from "astro/zod";
import { DateSchema, IdSchema, UrlSchema } from "./common.ts";

export const SOURCE_KINDS = [
  "journal-article",
  "op-ed",
  "analysis",
  "blog-post",
  "report",
  "news",
  "statement",
  "press-release",
] as const;

/**
 * Whose view a source gives voice to, so a reader can see the balance of the
 * corpus. It names the side, not the kind of document: a news report of a
 * government's position carries that government's viewpoint.
 */
export const VIEWPOINTS = [
  "un-secretariat",
  "un-human-rights",
  "initiator",
  "host",
  "joined-with-safeguards",
  "did-not-sign",
  "civil-society",
  "business",
  "independent-analysis",
] as const;

export const AuthorSchema = z
  .object({
    name: z.string().min(1),
    /** The author's institution as printed by the source. */
    affiliation: z.string().min(1).optional(),
    /** Actor id of the person, when they have a profile. */
    actor: IdSchema.optional(),
  })
  .strict();

export const SourceInputSchema = z
  .object({
    title: z.string().min(1),
    authors: z.array(AuthorSchema),
    /** Why the author list is empty or incomplete. */
    authorsNote: z.string().min(1).optional(),
    outlet: z.string().min(1),
    publisher: z.string().min(1).optional(),
    /** Who speaks in the text when it is not its author: a statement's delegate, a leader quoted in a report. */
    speaker: z.string().min(1).optional(),
    viewpoint: z.enum(VIEWPOINTS).optional(),
    /** Only when the page itself shows a date; otherwise leave it out and say so in `publishedNote`. */
    published: DateSchema.optional(),
    /** How the date was established when the text does not print it, or why there is none. */
    publishedNote: z.string().min(1).optional(),
    /** The original publication. */
    url: UrlSchema.optional(),
    urlNote: z.string().min(1).optional(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/u, "must be a BCP 47 language code such as en"),
    licence: z.string().min(1),
    /** The id of the source this text revises. */
    revises: IdSchema.optional(),
    /** The archived plain-text copy of the source, a file in the texts folder; quotes and paragraphs are checked against it. */
    text: z
      .string()
      .regex(/^[\w.-]+\.txt$/u, "must be a text file name such as 004_08ce600f86b0748e.txt")
      .optional(),
    /** The SHA-256 of the text file's bytes, so a changed or different copy is noticed. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/u, "must be 64 lowercase hexadecimal digits (the file's SHA-256)")
      .optional(),
    /** Where the authors checked the quotes when no archived text is kept: a stored copy of the source. */
    storedUrl: UrlSchema.optional(),
  })
  .strict();

export type SourceInput = z.output<typeof SourceInputSchema>;

export const CLAIM_KINDS = ["fact", "assessment", "recommendation", "prediction"] as const;

/** Attributes of `:::claim{…}`; list attributes are space-separated ids. */
export const ClaimAttributesSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(CLAIM_KINDS),
    para: z
      .string()
      .regex(/^[1-9]\d*$/u, "must be a paragraph number (1, 2, …)")
      .transform(Number),
    "as-of": DateSchema,
    actors: z.string().optional(),
    instruments: z.string().optional(),
    votes: z.string().optional(),
    events: z.string().optional(),
    dimensions: z.string().optional(),
    /** Space-separated `instrument:article`, e.g. `un-cybercrime-convention:24 budapest-convention:32(b)`. */
    articles: z.string().optional(),
    corroborates: z.string().optional(),
    contradicts: z.string().optional(),
    revises: IdSchema.optional(),
    change: z.enum(["kept", "changed"]).optional(),
  })
  .strict();

export const VERDICT_STATUSES = ["consistent", "inaccurate", "outdated", "unverifiable"] as const;

export const VerdictAttributesSchema = z
  .object({
    status: z.enum(VERDICT_STATUSES),
    since: DateSchema.optional(),
    cites: z.string().optional(),
  })
  .strict();
