import { z } from "astro/zod";
import { CitesSchema, DateSchema, IdListSchema, VerificationFields } from "./common.ts";

export const VOTE_BODIES = ["ga-plenary", "ga-first-committee", "ga-third-committee"] as const;
export const POSITIONS = ["yes", "no", "abstain", "non-voting"] as const;
export type Position = (typeof POSITIONS)[number];

export const TallySchema = z
  .object({
    yes: z.number().int().nonnegative(),
    no: z.number().int().nonnegative(),
    abstain: z.number().int().nonnegative().optional(),
    nonVoting: z.number().int().nonnegative().optional(),
  })
  .strict();

export const VoteInputSchema = z
  .object({
    symbol: z.string().min(1),
    draft: z.string().min(1).optional(),
    title: z.string().min(1),
    body: z.enum(VOTE_BODIES),
    /** A partial date only where no source gives the day (committee context rows). */
    date: DateSchema,
    meeting: z.string().min(1).optional(),
    modality: z.enum(["recorded", "without-vote"]),
    tally: TallySchema.optional(),
    sponsors: IdListSchema,
    instruments: IdListSchema,
    cites: CitesSchema.pipe(z.array(z.string()).min(1, "needs at least one citation")),
    ...VerificationFields,
  })
  .strict();

export type VoteInput = z.output<typeof VoteInputSchema>;

export const PositionsAttributesSchema = z.object({ cites: z.string() }).strict();

export const PositionRowSchema = z
  .object({
    state: z.string().regex(/^[A-Z]{3}$/u, "must be an uppercase ISO3 code"),
    vote: z.enum(POSITIONS),
  })
  .strict();
