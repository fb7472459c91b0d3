import type { Root } from "mdast";
import type { VFile } from "vfile";
import { ActorInputSchema } from "../schema/actor.ts";
import type { Actor } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId, yamlRefs } from "./common-file.ts";
import { origin, type Extracted } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { validate } from "./validate.ts";

/** `content/actors/<id>.md`: one organisation, body, group, company or person. */
export function readActorFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  if (id) out.declared.actor.add(id);
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const data = validate(ActorInputSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" });
  if (!id || !data) return;
  const { url, ...rest } = data;
  const actor: Actor = {
    id,
    url: permalink.actor(id),
    ...rest,
    ...(url ? { website: url } : {}),
    profileHtml: renderHtml(bodyOf(tree)),
    origin: origin(file, { line: 1, column: 1 }),
  };
  const refs = [
    ...yamlRefs(frontmatter, "actor", ["affiliations"], data.affiliations),
    ...yamlRefs(frontmatter, "citation", ["cites"], data.cites),
  ];
  out.actors.push({ record: actor, file, place: { line: 1, column: 1 }, refs });
}
