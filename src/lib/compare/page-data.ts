import type { Source } from "../../corpus/index.ts";
import type { Row } from "./table.ts";

/** Citation ids cited by the cells of these rows, each once, in order of first use. */
export function citedIn(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap((row) => row.cells.flatMap((cell) => cell.provision?.cites ?? [])))];
}

/** Titles and URLs of sources by id, for the claim lists under the rows. */
export function sourceIndex(sources: readonly Source[]): Record<string, Pick<Source, "title" | "url" | "viewpoint">> {
  return Object.fromEntries(
    sources.map((s) => [s.id, { title: s.title, url: s.url, ...(s.viewpoint ? { viewpoint: s.viewpoint } : {}) }]),
  );
}
