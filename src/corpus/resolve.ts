import { compareDates, dateEnd, dateStart } from "./dates.ts";
import { report } from "./diagnostics.ts";
import { RECORD_TABLES, type Extracted, type Located, type RecordTables, type Ref, type RefType } from "./parse/extracted.ts";
import type { Claim, CorpusData, Revision, Source, StatusList } from "./schema/records.ts";

type Tables = { [K in RecordTables]: Map<string, Located<Extracted[K][number]["record"]>> };


const TYPE_NAMES: Record<RefType, string> = {
  source: "source",
  claim: "claim",
  actor: "actor",
  state: "state",
  instrument: "instrument",
  dimension: "dimension",
  vote: "vote",
  event: "event",
  citation: "citation",
  article: "article",
};

const TABLE_OF: Record<Exclude<RefType, "state">, RecordTables> = {
  source: "sources",
  claim: "claims",
  actor: "actors",
  instrument: "instruments",
  dimension: "dimensions",
  vote: "votes",
  event: "events",
  citation: "citations",
  article: "articles",
};

/**
 * Cross-checks the parsed records and derives what is stated once but shown
 * in two places (symmetric relations, revisions). Every problem is reported
 * on the file that holds it; records are never dropped here.
 */
export function resolve(extracted: Extracted): Omit<CorpusData, "version" | "generatedAt" | "redirects" | "corrections"> {
  const tables = indexById(extracted);
  checkRefs(extracted, tables);
  checkPositions(extracted, tables);
  const statusLists = checkStatusLists(extracted, tables);
  const claims = relateClaims(extracted.claims.map((c) => c.record));
  const sources = reviseSources(extracted, tables, claims);
  return {
    // Undated sources (the page shows no date) come last.
    sources: sources.sort((a, b) => compareDates(a.published ?? "9999", b.published ?? "9999") || a.id.localeCompare(b.id)),
    claims: orderClaims(claims, sources),
    actors: extracted.actors.map((a) => a.record).sort((a, b) => a.name.localeCompare(b.name, "en")),
    instruments: extracted.instruments
      .map((i) => i.record)
      .sort((a, b) => compareDates(a.dates[0]?.date ?? "9999", b.dates[0]?.date ?? "9999") || a.id.localeCompare(b.id)),
    votes: extracted.votes.map((v) => v.record).sort((a, b) => compareDates(a.date, b.date) || a.symbol.localeCompare(b.symbol)),
    events: extracted.events.map((e) => e.record).sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id)),
    dimensions: extracted.dimensions
      .map((d) => d.record)
      .sort((a, b) => a.groupOrder - b.groupOrder || a.order - b.order),
    citations: extracted.citations.map((c) => c.record).sort((a, b) => a.id.localeCompare(b.id)),
    statusLists,
    articleLists: extracted.articleLists.map((l) => l.record).sort((a, b) => a.id.localeCompare(b.id)),
    // In the order of each list, lists by instrument id.
    articles: extracted.articleLists.flatMap((l) => l.record.articles.flatMap((id) => tables.articles.get(id)?.record ?? [])),
  };
}

function indexById(extracted: Extracted): Tables {
  const tables = {} as Record<RecordTables, Map<string, Located<{ id: string }>>>;
  for (const key of RECORD_TABLES) {
    const map = new Map<string, Located<{ id: string }>>();
    for (const item of extracted[key] as Located<{ id: string }>[]) {
      const first = map.get(item.record.id);
      if (first) {
        report(
          item.file,
          "ID_DUPLICATE",
          `${key.replace(/s$/u, "")} id "${item.record.id}" is already used at ${first.file.path}:${first.place.line}`,
          item.place,
        );
        continue;
      }
      map.set(item.record.id, item);
    }
    tables[key] = map;
  }
  return tables as unknown as Tables;
}

function checkRefs(extracted: Extracted, tables: Tables): void {
  for (const key of RECORD_TABLES) {
    for (const item of extracted[key] as Located<{ id: string }>[]) {
      for (const ref of item.refs) checkRef(item, ref, tables, extracted.declared);
    }
  }
}

function checkRef(item: Located<{ id: string }>, ref: Ref, tables: Tables, declared: Extracted["declared"]): void {
  if (ref.type === "state") {
    const actor = tables.actors.get(ref.id)?.record;
    if (actor?.kind !== "state" && !(actor === undefined && declared.actor.has(ref.id))) {
      report(item.file, "ISO3_UNKNOWN", `"${ref.id.toUpperCase()}" is not the ISO3 code of a UN member state`, ref.place);
    }
    return;
  }
  // An id whose record failed validation has already been reported there.
  if (tables[TABLE_OF[ref.type]].has(ref.id) || declared[ref.type].has(ref.id)) return;
  if (ref.type === "article") {
    const [instrument = "", number = ""] = ref.id.split(":");
    // A claim naming an unknown instrument is reported once, on the instrument.
    if (!tables.instruments.has(instrument) && !declared.instrument.has(instrument)) return;
    const listed = tables.articleLists.get(instrument)?.record.articles.length;
    const where = listed === undefined ? `${instrument} has no article list in content/articles/` : `the list of ${instrument} (content/articles/${instrument}.md) has no Art. ${number} among its ${listed} articles`;
    report(item.file, "ARTICLE_UNKNOWN", `unknown article "${number}" in \`${ref.field}\`: ${where}`, ref.place);
    return;
  }
  if (ref.type === "source" && ref.field === "revises") {
    report(item.file, "REVISES_UNKNOWN", `\`revises: ${ref.id}\` points to no source`, ref.place);
    return;
  }
  report(item.file, "REF_UNKNOWN", `unknown ${TYPE_NAMES[ref.type]} "${ref.id}" in \`${ref.field}\``, ref.place);
}

function checkPositions(extracted: Extracted, tables: Tables): void {
  const states = [...tables.actors.values()].filter((a) => a.record.kind === "state").map((a) => a.record.iso3 ?? "");
  for (const { record, file, place } of extracted.votes) {
    const listed = Object.keys(record.positions);
    if (listed.length === 0) continue;
    const missing = states.filter((iso3) => !(iso3 in record.positions)).sort();
    if (missing.length > 0) {
      report(
        file,
        "POSITIONS_INCOMPLETE",
        `positions of ${record.symbol} list ${listed.length} states; missing ${missing.length}: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}`,
        place,
      );
    }
  }
}

/** States (members or observers) and organisations (the EU) sign and join treaties; other actor kinds cannot. */
const PARTICIPANT_KINDS = new Set(["state", "observer-state", "organisation"]);

/**
 * Each row's participant must be a state or an organisation, and its acts
 * must fall between the instrument's opening for signature (or adoption) and
 * the list's as-of day. Rows gain the participant's ISO3.
 */
function checkStatusLists(extracted: Extracted, tables: Tables): StatusList[] {
  return extracted.statusLists
    .map(({ record, file, rows }) => {
      const instrument = tables.instruments.get(record.instrument)?.record;
      const opened = ["opened-for-signature", "adopted", "signed"].map((event) => instrument?.dates.find((d) => d.event === event)).find((d) => d !== undefined);
      const entries = record.entries.map((entry, i) => {
        const place = rows[i];
        const actor = tables.actors.get(entry.participant)?.record;
        if (!actor || !PARTICIPANT_KINDS.has(actor.kind)) {
          const what = actor ? `actor "${entry.participant}" is a ${actor.kind}, not a state or organisation` : `no state or organisation has the id "${entry.participant}"`;
          report(file, "PARTICIPANT_UNKNOWN", what, place?.participant);
        }
        for (const act of ["signed", "ratified", "withdrawn"] as const) {
          const value = entry[act];
          if (!value) continue;
          if (compareDates(dateStart(value), dateEnd(record.asOf)) > 0) {
            report(file, "STATUS_DATE_OUT_OF_RANGE", `${entry.participant}: ${act} ${value} is after the list's asOf ${record.asOf}`, place?.[act]);
          } else if (opened && compareDates(dateEnd(value), dateStart(opened.date)) < 0) {
            report(file, "STATUS_DATE_OUT_OF_RANGE", `${entry.participant}: ${act} ${value} is before the instrument was ${opened.event === "opened-for-signature" ? "opened for signature" : opened.event} on ${opened.date}`, place?.[act]);
          }
        }
        return actor?.iso3 ? { ...entry, iso3: actor.iso3 } : entry;
      });
      return { ...record, entries };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** corroborates/contradicts are stated once and hold both ways. */
function relateClaims(claims: Claim[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, { ...c, corroborates: [...c.corroborates], contradicts: [...c.contradicts], revisedBy: [] as string[] }]));
  for (const claim of claims) {
    for (const relation of ["corroborates", "contradicts"] as const) {
      for (const other of claim[relation]) {
        const target = byId.get(other);
        if (target && !target[relation].includes(claim.id)) target[relation].push(claim.id);
      }
    }
    if (claim.revises) byId.get(claim.revises)?.revisedBy.push(claim.id);
  }
  return [...byId.values()];
}

function reviseSources(extracted: Extracted, tables: Tables, claims: Claim[]): Source[] {
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const sources = extracted.sources.map((s) => ({ ...s.record, revisedBy: [] as string[] }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const source of sources) {
    if (source.revises) sourceById.get(source.revises)?.revisedBy.push(source.id);
  }
  for (const located of extracted.claims) {
    const claim = located.record;
    if (!claim.revises) continue;
    const source = sourceById.get(claim.source);
    const target = claimById.get(claim.revises);
    const place = located.refs.find((r) => r.field === "revises")?.place ?? located.place;
    if (!source?.revises) {
      report(located.file, "REVISION_INVALID", `claim "${claim.id}" revises "${claim.revises}" but its source revises no other source`, place);
    } else if (target && target.source !== source.revises) {
      report(
        located.file,
        "REVISION_INVALID",
        `claim "${claim.id}" revises "${claim.revises}", which belongs to "${target.source}", not to the revised source "${source.revises}"`,
        place,
      );
    }
  }
  for (const source of sources) {
    if (!source.revises || !tables.sources.has(source.revises)) continue;
    const own = claims.filter((c) => c.source === source.id);
    const earlier = claims.filter((c) => c.source === source.revises);
    const revision: Revision = {
      of: source.revises,
      added: own.filter((c) => !c.revises).map((c) => c.id),
      dropped: earlier.filter((c) => !own.some((o) => o.revises === c.id)).map((c) => c.id),
      changed: own.filter((c) => c.change === "changed").map((c) => ({ from: c.revises ?? "", to: c.id })),
      kept: own.filter((c) => c.change === "kept").map((c) => ({ from: c.revises ?? "", to: c.id })),
    };
    source.revision = revision;
  }
  return sources;
}

/** Claims in reading order: by source, then as they appear in it. */
function orderClaims(claims: Claim[], sources: Source[]): Claim[] {
  const rank = new Map<string, number>();
  sources.forEach((s, i) => s.claims.forEach((id, j) => rank.set(id, i * 10_000 + j)));
  return [...claims].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
