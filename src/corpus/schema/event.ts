import { z } from "astro/zod";
import { DateSchema, IdSchema } from "./common.ts";

export const LANES = ["un", "coe", "regional", "national", "commentary"] as const;

export const EventsFileSchema = z.object({ period: z.coerce.string().min(1) }).strict();

export const EventAttributesSchema = z
  .object({
    id: IdSchema,
    date: DateSchema,
    lane: z.enum(LANES),
    actors: z.string().optional(),
    instruments: z.string().optional(),
    votes: z.string().optional(),
    sources: z.string().optional(),
    cites: z.string().optional(),
  })
  .strict();

export const DimensionsFileSchema = z.object({ title: z.string().min(1), order: z.number().int() }).strict();

export const DimensionAttributesSchema = z.object({ id: IdSchema }).strict();
