import type { VFile } from "vfile";
import type { Point } from "../diagnostics.ts";
import type { StatusRowPlaces } from "./status-file.ts";
import type {
  Actor,
  Citation,
  Claim,
  Dimension,
  Instrument,
  Source,
  StatusList,
  TimelineEvent,
  Vote,
} from "../schema/records.ts";

/** The record types an id can point at. `state` is an actor looked up by ISO3. */
export type RefType = "source" | "claim" | "actor" | "state" | "instrument" | "dimension" | "vote" | "event" | "citation";

export interface Ref {
  type: RefType;
  id: string;
  /** The field or attribute that holds it, for messages. */
  field: string;
  place: Point;
}

/** A parsed record before cross-references are resolved, with where it came from. */
export interface Located<T> {
  record: T;
  file: VFile;
  place: Point;
  refs: Ref[];
}

export interface Extracted {
  sources: Located<Source>[];
  claims: Located<Claim>[];
  actors: Located<Actor>[];
  instruments: Located<Instrument>[];
  votes: Located<Vote>[];
  events: Located<TimelineEvent>[];
  dimensions: Located<Dimension>[];
  citations: Located<Citation>[];
  /** With each row's cell positions, for the checks that need other records (participants, dates). */
  statusLists: (Located<StatusList> & { rows: StatusRowPlaces[] })[];
  /**
   * Every id a file declares, even when its record failed validation, so one
   * mistake is reported once and does not cascade into "unknown id" errors.
   */
  declared: Record<DeclaredType, Set<string>>;
}

export type DeclaredType = Exclude<RefType, "state">;

export function emptyExtracted(): Extracted {
  const declared = {} as Record<DeclaredType, Set<string>>;
  for (const type of ["source", "claim", "actor", "instrument", "dimension", "vote", "event", "citation"] as const) declared[type] = new Set();
  return { sources: [], claims: [], actors: [], instruments: [], votes: [], events: [], dimensions: [], citations: [], statusLists: [], declared };
}

export type RecordTables = Exclude<keyof Extracted, "declared">;

export function origin(file: VFile, place: Point): { file: string; line: number } {
  return { file: file.path, line: place.line };
}
