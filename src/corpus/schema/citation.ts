import { z } from "astro/zod";
import { DateSchema, IdSchema, UrlSchema } from "./common.ts";

export const CitationInputSchema = z
  .object({
    /** Permanent id used in `cites`. */
    id: IdSchema,
    /** primary: the official record; secondary: reputable reporting; dataset: a published dataset. */
    kind: z.enum(["primary", "secondary", "dataset"]),
    title: z.string().min(1),
    /** UN document symbol or treaty series number. */
    symbol: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    date: DateSchema.optional(),
    accessed: DateSchema.optional(),
    url: UrlSchema,
    note: z.string().min(1).optional(),
  })
  .strict();

export const CitationsFileSchema = z.object({ citations: z.array(z.unknown()).min(1) }).strict();

export type CitationInput = z.output<typeof CitationInputSchema>;
