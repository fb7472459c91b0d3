import type { Root } from "mdast";
import type { VFile } from "vfile";
import { CitationInputSchema, CitationsFileSchema } from "../schema/citation.ts";
import type { Extracted } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { validate } from "./validate.ts";

/** `content/citations/<group>.md`: a YAML list of the records facts are checked against. */
export function readCitationsFile(tree: Root, file: VFile, out: Extracted): void {
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const data = validate(CitationsFileSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" });
  if (!data) return;
  data.citations.forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === "string") out.declared.citation.add(rawId);
    const placeOf = (path: readonly (string | number)[]) => frontmatter.placeOf(["citations", i, ...path]);
    const citation = validate(CitationInputSchema, raw, { file, placeOf, noun: "field", subject: `citation ${i + 1}` });
    if (!citation) return;
    const place = placeOf([]);
    out.citations.push({ record: { ...citation }, file, place, refs: [] });
  });
}
