import type { Root, Table } from "mdast";
import type { VFile } from "vfile";
import { report, type Point } from "../diagnostics.ts";
import { splitIds } from "../schema/common.ts";
import type { StatusEntry, StatusList } from "../schema/records.ts";
import { STATUS_COLUMNS, STATUS_KINDS, StatusListInputSchema, StatusRowSchema, type StatusKind } from "../schema/status.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId, yamlRefs } from "./common-file.ts";
import { startOf } from "./directives.ts";
import { origin, type Extracted, type Ref } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { readTable } from "./tables.ts";
import { validate } from "./validate.ts";

/** Where each row's checked cells are, for the cross-checks in resolve.ts. */
export interface StatusRowPlaces {
  participant: Point;
  signed: Point;
  ratified: Point;
  withdrawn: Point;
}

/**
 * `content/status/<instrument-id>.md`: the list's `asOf` and `cites` in the
 * frontmatter, a few sentences of context, and one table row per participant.
 */
export function readStatusFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const raw = (frontmatter.data ?? {}) as Record<string, unknown>;
  let complete = true;
  if (raw["asOf"] === undefined || raw["asOf"] === null || raw["asOf"] === "") {
    report(file, "STATUS_LIST_INCOMPLETE", "the status list has no `asOf` date", frontmatter.placeOf([]));
    complete = false;
  }
  if (!Array.isArray(raw["cites"]) || raw["cites"].length === 0) {
    report(
      file,
      "STATUS_LIST_INCOMPLETE",
      "the status list has no `cites`",
      frontmatter.placeOf(raw["cites"] === undefined ? [] : ["cites"]),
    );
    complete = false;
  }
  const data = complete ? validate(StatusListInputSchema, raw, { file, placeOf: frontmatter.placeOf, noun: "field" }) : null;

  const body = bodyOf(tree);
  const tables = body.filter((node): node is Table => node.type === "table");
  if (tables.length !== 1 || !tables[0]) {
    report(file, "TABLE_INVALID", `a status file holds exactly one participants table, found ${tables.length}`, {
      line: 1,
      column: 1,
    });
    return;
  }
  const rows = readTable(tables[0], file, STATUS_COLUMNS);
  if (!rows) return;

  const refs: Ref[] = [];
  const entries: StatusEntry[] = [];
  const places: StatusRowPlaces[] = [];
  const seen = new Map<string, number>();
  let rowsValid = true;
  for (const row of rows) {
    const cells = validate(StatusRowSchema, row.cells, { file, placeOf: (p) => row.placeOf(String(p[0])), noun: "column" });
    if (!cells) {
      rowsValid = false;
      continue;
    }
    const participant = cells.participant;
    const first = seen.get(participant);
    if (first !== undefined) {
      report(
        file,
        "PARTICIPANT_DUPLICATE",
        `participant "${participant}" is already listed on line ${first}`,
        row.placeOf("participant"),
      );
      rowsValid = false;
      continue;
    }
    seen.set(participant, row.place.line);
    if (!(STATUS_KINDS as readonly string[]).includes(cells.kind)) {
      report(file, "STATUS_KIND_UNKNOWN", `kind "${cells.kind}" is not one of ${STATUS_KINDS.join(", ")}`, row.placeOf("kind"));
      rowsValid = false;
      continue;
    }
    const kind = cells.kind as StatusKind;
    if (cells.ratified && (kind === "signature" || kind === "invited")) {
      report(
        file,
        "FIELD_INVALID",
        `participant "${participant}" has a ratified date but kind "${kind}"; give the kind of instrument deposited`,
        row.placeOf("kind"),
      );
      rowsValid = false;
      continue;
    }
    const cites = splitIds(cells.cites);
    const verified = cells.verified === "yes";
    if (cites.length === 0) {
      report(file, "CITATION_MISSING", `participant "${participant}" has no citation`, row.placeOf("cites"));
      rowsValid = false;
    }
    if (!verified && cells.note === "") {
      report(
        file,
        "CITATION_MISSING",
        `participant "${participant}" is marked \`verified: no\` without a note saying why`,
        row.placeOf("note"),
      );
      rowsValid = false;
    }
    for (const cite of cites) refs.push({ type: "citation", id: cite, field: "cites", place: row.placeOf("cites") });
    entries.push({
      participant,
      ...(cells.signed ? { signed: cells.signed } : {}),
      ...(cells.ratified ? { ratified: cells.ratified } : {}),
      kind,
      ...(cells["in-force"] ? { inForce: cells["in-force"] } : {}),
      ...(cells.withdrawn ? { withdrawn: cells.withdrawn } : {}),
      cites,
      verified,
      ...(cells.note ? { note: cells.note } : {}),
      origin: origin(file, row.place),
    });
    places.push({
      participant: row.placeOf("participant"),
      signed: row.placeOf("signed"),
      ratified: row.placeOf("ratified"),
      withdrawn: row.placeOf("withdrawn"),
    });
  }
  if (!id || !data || !rowsValid) return;

  refs.push(
    { type: "instrument", id, field: "file name", place: { line: 1, column: 1 } },
    ...yamlRefs(frontmatter, "citation", ["cites"], data.cites),
    ...yamlRefs(frontmatter, "citation", ["entryIntoForce", "cites"], data.entryIntoForce?.cites ?? []),
    ...yamlRefs(frontmatter, "citation", ["openForSignature", "cites"], data.openForSignature?.cites ?? []),
  );
  const record: StatusList = {
    id,
    instrument: id,
    url: permalink.instrumentStatus(id),
    asOf: data.asOf,
    cites: data.cites,
    ...(data.note ? { note: data.note } : {}),
    ...(data.entryIntoForce ? { entryIntoForce: data.entryIntoForce } : {}),
    ...(data.openForSignature ? { openForSignature: data.openForSignature } : {}),
    introHtml: renderHtml(body.filter((node) => node !== tables[0])),
    entries,
    origin: origin(file, { line: 1, column: 1 }),
  };
  out.statusLists.push({ record, file, place: startOf(tables[0]), refs, rows: places });
}
