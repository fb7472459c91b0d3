import type { VFile } from "vfile";
import type { Point } from "../diagnostics.ts";
import type {
  Actor,
  Citation,
  Claim,
  Dimension,
  Instrument,
  Source,
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
}

export function emptyExtracted(): Extracted {
  return { sources: [], claims: [], actors: [], instruments: [], votes: [], events: [], dimensions: [], citations: [] };
}

export function origin(file: VFile, place: Point): { file: string; line: number } {
  return { file: file.path, line: place.line };
}
