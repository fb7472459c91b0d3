import type { Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { DimensionAttributesSchema, DimensionsFileSchema } from "../schema/event.ts";
import type { Dimension } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId } from "./common-file.ts";
import { attributePlacer, attributesOf, startOf } from "./directives.ts";
import { origin, type Extracted } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { plainText } from "./html.ts";
import { splitLabel } from "./labelled-containers.ts";
import { validate } from "./validate.ts";

/** `content/dimensions/<group>.md`: one group of comparison rows, in order. */
export function readDimensionsFile(tree: Root, file: VFile, out: Extracted): void {
  const group = fileId(file);
  const frontmatter = readFrontmatter(tree, file);
  const meta = frontmatter
    ? validate(DimensionsFileSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" })
    : null;
  let order = 0;
  for (const node of bodyOf(tree)) {
    if (node.type !== "containerDirective" || node.name !== "dimension") continue;
    order += 1;
    const attributes = attributesOf(node);
    if (attributes["id"]) out.declared.dimension.add(attributes["id"]);
    const attrs = validate(DimensionAttributesSchema, attributes, {
      file,
      placeOf: attributePlacer(node, file),
      noun: "attribute",
      subject: "dimension",
    });
    const { label, body } = splitLabel(node);
    if (label === "")
      report(file, "FIELD_MISSING", "dimension has no title; write it as `:::dimension[Title]{#id}`", startOf(node));
    if (!attrs || !meta || !group || label === "") continue;
    const dimension: Dimension = {
      id: attrs.id,
      url: permalink.dimension(attrs.id),
      title: label,
      description: plainText(body),
      group,
      groupTitle: meta.title,
      groupOrder: meta.order,
      order,
      origin: origin(file, startOf(node)),
    };
    out.dimensions.push({ record: dimension, file, place: startOf(node), refs: [] });
  }
}
