import type { VFile } from "vfile";
import type { Point } from "../diagnostics.ts";
import type { StatusRowPlaces } from "./status-file.ts";
import type {
  Actor,
  Article,
  ArticleList,
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
export type RefType = "source" | "claim" | "actor" | "state" | "instrument" | "dimension" | "vote" | "event" | "citation" | "article";

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
  /** Where named parts are written (a claim's `quote`, a source's `text` and `sha256`), for later checks. */
  places?: Record<string, Point>;
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
  /** An instrument's chapters and the ids of its articles, and the articles themselves (id `instrument:number`). */
  articleLists: Located<ArticleList>[];
  articles: Located<Article>[];
  /**
   * Every id a file declares, even when its record failed validation, so one
   * mistake is reported once and does not cascade into "unknown id" errors.
   */
  declared: Record<DeclaredType, Set<string>>;
}

export type DeclaredType = Exclude<RefType, "state">;

export function emptyExtracted(): Extracted {
  const declared = {} as Record<DeclaredType, Set<string>>;
  for (const type of ["source", "claim", "actor", "instrument", "dimension", "vote", "event", "citation", "article"] as const) declared[type] = new Set();
  return { sources: [], claims: [], actors: [], instruments: [], votes: [], events: [], dimensions: [], citations: [], statusLists: [], articleLists: [], articles: [], declared };
}

export type RecordTables = Exclude<keyof Extracted, "declared">;

export const RECORD_TABLES: readonly RecordTables[] = ["sources", "claims", "actors", "instruments", "votes", "events", "dimensions", "citations", "statusLists", "articleLists", "articles"];

export function origin(file: VFile, place: Point): { file: string; line: number } {
  return { file: file.path, line: place.line };
}
