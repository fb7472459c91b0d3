/**
 * Input schemas of `content/articles/<instrument-id>.md`: an instrument's
 * chapters and articles, one table row per article, with each heading in the
 * language and at the confidence its source gives.
 */
import { z } from "astro/zod";
import { CitesSchema } from "./common.ts";

/**
 * How a heading is known, as the reference lists give it: printed in the
 * official text (`primary`), in an unofficial translation, printed exactly by
 * a secondary source, only described by one (no heading printed), or not
 * found at all.
 */
export const HEADING_CONFIDENCES = ["primary", "translation", "secondary-exact", "secondary-described", "not-found"] as const;
export type HeadingConfidence = (typeof HEADING_CONFIDENCES)[number];

/** An article number as printed ("7", "43"), or `unnumbered` for a part the text leaves without a number. */
const ARTICLE_NUMBER = /^(?:[1-9]\d*|unnumbered)$/u;

/**
 * An article reference as written in a comparison cell or a claim: the
 * number, then paragraph and letter locators, e.g. "32(b)", "29(1)", "40(22)".
 * The article is the record; the rest locates a passage inside it.
 */
const ARTICLE_REF = /^([1-9]\d*|unnumbered)((?:\([0-9a-z]+\))*)$/u;

export function parseArticleRef(value: string): { number: string; locator: string } | null {
  const match = ARTICLE_REF.exec(value.trim());
  return match ? { number: match[1] ?? "", locator: match[2] ?? "" } : null;
}

/** The id of an article record: its instrument and number, e.g. "budapest-convention:32". */
export function articleId(instrument: string, number: string): string {
  return `${instrument}:${number}`;
}

export const ChapterInputSchema = z
  .object({
    /** As printed: "I", "II", or "1", "2"; the table's chapter column names it. */
    key: z.coerce.string().min(1),
    /** As printed; absent when no source prints it. */
    title: z.string().min(1).optional(),
    /** The title is a source's description of the chapter, not its printed heading. */
    described: z.boolean().default(false),
    note: z.string().min(1).optional(),
  })
  .strict();

export const ArticleListInputSchema = z
  .object({
    cites: CitesSchema,
    /** How many articles the instrument has, when a source says so; the list may hold fewer. */
    total: z.number().int().positive().optional(),
    totalCites: CitesSchema,
    totalNote: z.string().min(1).optional(),
    chapters: z.array(ChapterInputSchema).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.cites.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["cites"], message: "the article list needs `cites`: where the list as a whole comes from" });
    }
    if (value.total !== undefined && value.totalCites.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["totalCites"], message: "`total` needs `totalCites`: the source that gives the number of articles" });
    }
  });

export const ARTICLE_COLUMNS = ["article", "chapter", "section", "heading", "language", "gloss", "confidence", "verified", "cites", "note"] as const;

/** A table row; the cross-column rules (never promote a heading) are checked in article-file.ts. */
export const ArticleRowSchema = z
  .object({
    article: z.string().regex(ARTICLE_NUMBER, "must be an article number as printed (1, 2, …) or `unnumbered`"),
    chapter: z.string(),
    section: z.string(),
    heading: z.string(),
    language: z.string().regex(/^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*)?$/u, "must be a language code such as en, fr or ar"),
    gloss: z.string(),
    confidence: z.enum(HEADING_CONFIDENCES),
    verified: z.enum(["yes", "no"]),
    cites: z.string(),
    note: z.string(),
  })
  .strict();
