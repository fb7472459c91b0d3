import type { Table } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { report, type Point } from "../diagnostics.ts";
import { startOf } from "./directives.ts";

export interface TableRow {
  cells: Record<string, string>;
  place: Point;
  /** Position of a column's cell, for diagnostics. */
  placeOf: (column: string) => Point;
}

/**
 * Reads a GFM table whose header must be exactly `columns`. One record per
 * row keeps diffs to one line per change.
 */
export function readTable(table: Table, file: VFile, columns: readonly string[]): TableRow[] | null {
  const [head, ...body] = table.children;
  const header = head?.children.map((cell) => toString(cell).trim().toLowerCase()) ?? [];
  if (header.join("|") !== columns.join("|")) {
    report(
      file,
      "TABLE_INVALID",
      `table header is "| ${header.join(" | ")} |", expected "| ${columns.join(" | ")} |"`,
      startOf(table),
    );
    return null;
  }
  return body.map((row) => {
    const cells: Record<string, string> = {};
    const places: Record<string, Point> = {};
    columns.forEach((column, i) => {
      const cell = row.children[i];
      cells[column] = cell ? toString(cell).trim() : "";
      places[column] = cell ? startOf(cell) : startOf(row);
    });
    return { cells, place: startOf(row), placeOf: (column: string) => places[column] ?? startOf(row) };
  });
}
