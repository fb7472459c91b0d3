import { z } from "astro/zod";
import { CitesSchema, DateSchema, IdSchema, UrlSchema, VerificationFields } from "./common.ts";

export const INSTRUMENT_KINDS = ["convention", "protocol", "draft-convention", "agreement"] as const;
export const DATE_EVENTS = ["adopted", "opened-for-signature", "submitted", "signed", "entry-into-force"] as const;
export const PROVISION_VALUES = ["covered", "partly", "not-covered", "not-applicable", "unknown"] as const;

export const InstrumentDateSchema = z
  .object({
    event: z.enum(DATE_EVENTS),
    date: DateSchema,
    place: z.string().min(1).optional(),
    cites: CitesSchema,
    ...VerificationFields,
  })
  .strict();

export const StatusSchema = z
  .object({ text: z.string().min(1), asOf: DateSchema, cites: CitesSchema, ...VerificationFields })
  .strict();

export const PartiesCountSchema = z
  .object({ count: z.number().int().nonnegative(), asOf: DateSchema, cites: CitesSchema, ...VerificationFields })
  .strict();

export const ProvisionInputSchema = z
  .object({
    value: z.enum(PROVISION_VALUES),
    /** Article numbers as printed: "2", "29(1)". */
    articles: z.array(z.coerce.string()).default([]),
    /** false when the article numbers could not be checked against the official text. */
    verified: z.boolean().default(true),
    note: z.string().min(1),
    cites: CitesSchema,
  })
  .strict();

export const InstrumentInputSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    kind: z.enum(INSTRUMENT_KINDS),
    organisation: IdSchema,
    parent: IdSchema.optional(),
    symbol: z.string().min(1).optional(),
    textUrl: UrlSchema,
    textNote: z.string().min(1).optional(),
    dates: z.array(InstrumentDateSchema).min(1),
    status: StatusSchema,
    partiesCount: PartiesCountSchema.optional(),
    provisions: z.record(z.string(), ProvisionInputSchema).default({}),
    cites: CitesSchema,
    ...VerificationFields,
  })
  .strict();

export type InstrumentInput = z.output<typeof InstrumentInputSchema>;
