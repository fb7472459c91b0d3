import { z } from "astro/zod";
import { CitesSchema, IdListSchema, UrlSchema } from "./common.ts";

/** `observer-state`: a state that is not a UN member (the State of Palestine) but signs and joins treaties. */
export const ACTOR_KINDS = ["state", "observer-state", "organisation", "un-body", "state-group", "civil-society", "company", "person"] as const;

export const ActorInputSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1).optional(),
    /** States come from the member-state table, so files declare the other kinds. */
    kind: z.enum(ACTOR_KINDS).exclude(["state"]),
    affiliations: IdListSchema,
    /** A person's post as of the sources that mention them. */
    role: z.string().min(1).optional(),
    /** Observer states only: the ISO 3166-1 alpha-3 code. */
    iso3: z.string().regex(/^[A-Z]{3}$/u, "must be an uppercase ISO3 code").optional(),
    url: UrlSchema.optional(),
    cites: CitesSchema,
  })
  .strict();

export const UN_REGIONS = [
  "African",
  "Asia-Pacific",
  "Eastern European",
  "Latin American and Caribbean",
  "Western European and Others",
] as const;

export const StatesFileSchema = z.object({ cites: CitesSchema }).strict();

export const StateRowSchema = z
  .object({
    iso3: z.string().regex(/^[A-Z]{3}$/u, "must be an uppercase ISO 3166-1 alpha-3 code"),
    name: z.string().min(1),
    region: z.enum(UN_REGIONS),
  })
  .strict();
