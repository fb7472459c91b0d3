import path from "node:path";
import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { report, type Point } from "../diagnostics.ts";
import { IdSchema } from "../schema/common.ts";
import type { Frontmatter, PathSegment } from "./frontmatter.ts";
import type { Ref, RefType } from "./extracted.ts";

/** A file's id: its name without `.md`, which must be a valid slug. */
export function fileId(file: VFile): string | null {
  const id = path.basename(file.path, ".md");
  if (!IdSchema.safeParse(id).success) {
    report(file, "ID_INVALID", `file name "${id}" is not a valid id`, { line: 1, column: 1 });
    return null;
  }
  return id;
}

/** Body nodes after the frontmatter. */
export function bodyOf(tree: Root): RootContent[] {
  return tree.children.filter((node) => node.type !== "yaml");
}

/** References held in YAML fields, each placed at its list item. */
export function yamlRefs(frontmatter: Frontmatter, type: RefType, field: readonly PathSegment[], ids: readonly string[]): Ref[] {
  return ids.map((id, i) => ({ type, id, field: field.join("."), place: frontmatter.placeOf([...field, i]) }));
}

export function placeRef(type: RefType, id: string, field: string, place: Point): Ref {
  return { type, id, field, place };
}
