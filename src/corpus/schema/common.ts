import { z } from "astro/zod";
import { dateProblem } from "../dates.ts";

/** Carried in zod custom issues so the checker reports the right code. */
export interface IssueParams {
  code: "DATE_INVALID" | "ID_INVALID" | "URL_UNSAFE";
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A permanent slug: part of a public URL. */
export const IdSchema = z.string().superRefine((value, ctx) => {
  if (!ID.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a valid id`, params: { code: "ID_INVALID" } });
  }
});

/** An ISO date, possibly partial (YYYY-MM or YYYY). YAML may hand us a Date object for full dates. */
export const DateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "number" ? String(value) : value),
  z.string().superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem, params: { code: "DATE_INVALID" } });
  }),
);

/** A full day, required where the record must be placed exactly (vote dates). */
export const DaySchema = DateSchema.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "needs a full date YYYY-MM-DD"));

/** Only web links: content must never carry `javascript:` or `data:` URLs. */
export const UrlSchema = z.string().superRefine((value, ctx) => {
  if (!isSafeUrl(value) || !/^https?:\/\//u.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not an http(s) URL`, params: { code: "URL_UNSAFE" } });
  }
});

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`), so the check does too.
  // eslint-disable-next-line no-control-regex -- the control characters are what this strips
  const trimmed = url.replace(/[\u0000-\u0020\u007f\s]/gu, "").toLowerCase();
  if (/^(https?:|mailto:)/u.test(trimmed)) return true;
  if (/^[a-z][a-z0-9+.-]*:/u.test(trimmed)) return false;
  return true; // relative or fragment
}

export const IdListSchema = z.array(IdSchema).default([]);

export const CitesSchema = z.array(IdSchema).default([]);

/** A fact that could not be checked is marked, never guessed. */
export const VerificationFields = {
  /** false when a fact is secondary-only or unconfirmed; explain in `note`. */
  verified: z.boolean().default(true),
  /** Own-words note on provenance, conflicts or what could not be checked. */
  note: z.string().min(1).optional(),
};

/** Splits a directive's space-separated id list. */
export function splitIds(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/\s+/u).filter((part) => part !== "");
}
