import type { RootContent, Table } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { startOf } from "./directives.ts";
import { readTable, type TableRow } from "./tables.ts";

/** The body's `:::name` containers; more than one is an error. */
export function findContainer(body: readonly RootContent[], name: string, file: VFile): ContainerDirective | undefined {
  const found = body.filter((node): node is ContainerDirective => node.type === "containerDirective" && node.name === name);
  if (found.length > 1 && found[1]) {
    report(file, "TABLE_INVALID", `only one \`:::${name}\` block is allowed per file`, startOf(found[1]));
  }
  return found[0];
}

/** The single table inside a container such as `:::positions`. */
export function containerTable(node: ContainerDirective, file: VFile, columns: readonly string[]): TableRow[] | null {
  const tables = node.children.filter((child): child is Table => child.type === "table");
  if (tables.length !== 1 || !tables[0]) {
    report(file, "TABLE_INVALID", `\`:::${node.name}\` must hold exactly one table, found ${tables.length}`, startOf(node));
    return null;
  }
  return readTable(tables[0], file, columns);
}
