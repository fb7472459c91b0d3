import type { Root, Table } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { StateRowSchema, StatesFileSchema } from "../schema/actor.ts";
import type { Actor } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf, yamlRefs } from "./common-file.ts";
import { origin, type Extracted } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { readTable } from "./tables.ts";
import { validate } from "./validate.ts";

export const STATES_FILE = "un-member-states.md";

/** `content/actors/un-member-states.md`: the 193 member states, one table row each. */
export function readStatesFile(tree: Root, file: VFile, out: Extracted): void {
  const frontmatter = readFrontmatter(tree, file);
  const data = frontmatter
    ? validate(StatesFileSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" })
    : null;
  const cites = data?.cites ?? [];
  const tables = bodyOf(tree).filter((node): node is Table => node.type === "table");
  if (tables.length !== 1 || !tables[0]) {
    report(file, "TABLE_INVALID", `expected one table of states, found ${tables.length}`, { line: 1, column: 1 });
    return;
  }
  const rows = readTable(tables[0], file, ["iso3", "name", "region"]);
  for (const row of rows ?? []) {
    const state = validate(StateRowSchema, row.cells, { file, placeOf: (p) => row.placeOf(String(p[0])), noun: "column" });
    if (!state) continue;
    const id = state.iso3.toLowerCase();
    out.declared.actor.add(id);
    const actor: Actor = {
      id,
      url: permalink.actor(id),
      name: state.name,
      kind: "state",
      iso3: state.iso3,
      region: state.region,
      affiliations: [],
      profileHtml: "",
      cites,
      origin: origin(file, row.place),
    };
    const refs = frontmatter ? yamlRefs(frontmatter, "citation", ["cites"], cites) : [];
    out.actors.push({ record: actor, file, place: row.place, refs: row === rows?.[0] ? refs : [] });
  }
}
