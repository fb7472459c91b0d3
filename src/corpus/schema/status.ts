/**
 * Input schemas of `content/status/<instrument-id>.md`: who signed and joined
 * an instrument, and when. One table row per participant, so that recording
 * a new signature is one line.
 */
import { z } from "astro/zod";
import { dateProblem } from "../dates.ts";
import { CitesSchema, DateSchema } from "./common.ts";

/**
 * What a participant's row records. The four party kinds are the ways of
 * becoming a party; `signature` is a signatory that has not (yet) joined;
 * `reported` is an act a source reports but no depositary confirms, never
 * counted as signature or party on its own; `invited` is a state invited to
 * accede that has not done so.
 */
export const STATUS_KINDS = ["signature", "ratification", "acceptance", "approval", "accession", "reported", "invited"] as const;
export const PARTY_KINDS = ["ratification", "acceptance", "approval", "accession"] as const;

export type StatusKind = (typeof STATUS_KINDS)[number];

/**
 * A status date: an ISO date (possibly partial), or an ISO 8601 interval
 * `start/end` when only the span is known (a two-day signing ceremony).
 */
export function statusDateProblem(value: string): string | null {
  const parts = value.split("/");
  if (parts.length > 2) return `"${value}" is not a date or a start/end interval`;
  for (const part of parts) {
    const problem = dateProblem(part);
    if (problem) return problem;
  }
  const [start, end] = parts;
  if (end !== undefined && (start ?? "") >= end) return `the interval "${value}" does not end after it starts`;
  return null;
}

export const StatusDateSchema = z.string().superRefine((value, ctx) => {
  const problem = statusDateProblem(value);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem, params: { code: "DATE_INVALID" } });
});

export const EntryIntoForceSchema = z
  .object({
    /** Instruments needed, e.g. 40. */
    threshold: z.number().int().positive(),
    article: z.string().min(1),
    /** The rule in words, e.g. "90th day after the 40th instrument". */
    text: z.string().min(1),
    cites: CitesSchema,
    verified: z.boolean().default(true),
    note: z.string().min(1).optional(),
  })
  .strict();

/** `asOf` and `cites` are checked before this schema so that a list missing either gets its own code. */
export const StatusListInputSchema = z
  .object({
    asOf: DateSchema,
    cites: CitesSchema,
    note: z.string().min(1).optional(),
    entryIntoForce: EntryIntoForceSchema.optional(),
    /** Where and until when the instrument stays open for signature, when its final clauses set a closing date. */
    openForSignature: z
      .object({ until: DateSchema, place: z.string().min(1), article: z.string().min(1), cites: CitesSchema })
      .strict()
      .optional(),
  })
  .strict();

export const STATUS_COLUMNS = [
  "participant",
  "signed",
  "ratified",
  "kind",
  "in-force",
  "withdrawn",
  "verified",
  "cites",
  "note",
] as const;

const Optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** A table row; `kind` is checked separately (STATUS_KIND_UNKNOWN). */
export const StatusRowSchema = z
  .object({
    participant: z.string().min(1),
    signed: Optional(StatusDateSchema),
    ratified: Optional(StatusDateSchema),
    kind: z.string(),
    "in-force": Optional(StatusDateSchema),
    withdrawn: Optional(StatusDateSchema),
    verified: z.enum(["yes", "no"]),
    cites: z.string(),
    note: z.string(),
  })
  .strict();
