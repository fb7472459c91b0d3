import type { Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { splitIds } from "../schema/common.ts";
import { InstrumentInputSchema, PartiesAttributesSchema, PartyRowSchema } from "../schema/instrument.ts";
import type { Instrument, Party, Provision } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId, yamlRefs } from "./common-file.ts";
import { containerTable, findContainer } from "./container-table.ts";
import { attributePlacer, attributesOf, placeOfListItem, startOf } from "./directives.ts";
import { origin, type Extracted, type Ref } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { validate } from "./validate.ts";

const PARTY_COLUMNS = ["state", "signed", "ratified", "accession", "in-force"] as const;

/** `content/instruments/<id>.md`: dates, status, provisions by dimension, and the parties table. */
export function readInstrumentFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  if (id) out.declared.instrument.add(id);
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const data = validate(InstrumentInputSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" });
  const body = bodyOf(tree);
  const partiesNode = findContainer(body, "parties", file);
  const refs: Ref[] = [];
  let parties: Instrument["parties"] = null;
  let partiesValid = true;
  if (partiesNode) {
    const placeOf = attributePlacer(partiesNode, file);
    const attrs = validate(PartiesAttributesSchema, attributesOf(partiesNode), {
      file,
      placeOf,
      noun: "attribute",
      subject: "parties",
    });
    const rows = containerTable(partiesNode, file, PARTY_COLUMNS);
    const parsed: Party[] = [];
    for (const row of rows ?? []) {
      const party = validate(PartyRowSchema, row.cells, { file, placeOf: (p) => row.placeOf(String(p[0])), noun: "column" });
      if (!party) {
        partiesValid = false;
        continue;
      }
      refs.push({ type: "state", id: party.state.toLowerCase(), field: "parties", place: row.placeOf("state") });
      parsed.push({
        state: party.state,
        ...(party.signed ? { signed: party.signed } : {}),
        ...(party.ratified ? { ratified: party.ratified } : {}),
        accession: party.accession === "yes",
        ...(party["in-force"] ? { inForce: party["in-force"] } : {}),
      });
    }
    if (attrs && rows && partiesValid) {
      const cites = splitIds(attrs.cites);
      for (const cite of cites)
        refs.push({
          type: "citation",
          id: cite,
          field: "parties cites",
          place: placeOfListItem(partiesNode, file, "cites", cite),
        });
      parties = { asOf: attrs["as-of"], cites, rows: parsed };
      reportDuplicateStates(parsed, file, startOf(partiesNode));
    }
  }
  if (!id || !data) return;

  data.dates.forEach((entry, i) => {
    if (entry.cites.length === 0 && (entry.verified || !entry.note)) {
      report(file, "CITATION_MISSING", `date "${entry.event}" has no citation`, frontmatter.placeOf(["dates", i]));
    }
    refs.push(...yamlRefs(frontmatter, "citation", ["dates", i, "cites"], entry.cites));
  });
  const provisions: Provision[] = Object.entries(data.provisions).map(([dimension, provision]) => {
    refs.push({ type: "dimension", id: dimension, field: "provisions", place: frontmatter.placeOf(["provisions", dimension]) });
    refs.push(...yamlRefs(frontmatter, "citation", ["provisions", dimension, "cites"], provision.cites));
    return { dimension, ...provision };
  });
  refs.push(
    { type: "actor", id: data.organisation, field: "organisation", place: frontmatter.placeOf(["organisation"]) },
    ...(data.parent
      ? [{ type: "instrument" as const, id: data.parent, field: "parent", place: frontmatter.placeOf(["parent"]) }]
      : []),
    ...yamlRefs(frontmatter, "citation", ["status", "cites"], data.status.cites),
    ...yamlRefs(frontmatter, "citation", ["partiesCount", "cites"], data.partiesCount?.cites ?? []),
    ...yamlRefs(frontmatter, "citation", ["cites"], data.cites),
  );
  const profile = body.filter((node) => node !== partiesNode);
  const instrument: Instrument = {
    id,
    url: permalink.instrument(id),
    ...data,
    provisions,
    parties,
    profileHtml: renderHtml(profile),
    origin: origin(file, { line: 1, column: 1 }),
  };
  out.instruments.push({ record: instrument, file, place: { line: 1, column: 1 }, refs });
}

function reportDuplicateStates(rows: readonly Party[], file: VFile, place: { line: number; column: number }): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.state)) report(file, "POSITION_DUPLICATE", `state ${row.state} is listed twice in the parties table`, place);
    seen.add(row.state);
  }
}
