import type { Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { splitIds } from "../schema/common.ts";
import { EventAttributesSchema, EventsFileSchema } from "../schema/event.ts";
import type { TimelineEvent } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf } from "./common-file.ts";
import { attributePlacer, attributesOf, placeOfListItem, startOf } from "./directives.ts";
import { origin, type Extracted, type Ref, type RefType } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { plainText, renderHtml } from "./html.ts";
import { splitLabel } from "./labelled-containers.ts";
import { validate } from "./validate.ts";

const LISTS: ReadonlyArray<[attribute: "actors" | "instruments" | "votes" | "sources" | "cites", type: RefType]> = [
  ["actors", "actor"],
  ["instruments", "instrument"],
  ["votes", "vote"],
  ["sources", "source"],
  ["cites", "citation"],
];

/** `content/events/<period>.md`: `:::event[Title]{#id date=… lane=…}` blocks. */
export function readEventsFile(tree: Root, file: VFile, out: Extracted): void {
  const frontmatter = readFrontmatter(tree, file);
  if (frontmatter) validate(EventsFileSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" });
  for (const node of bodyOf(tree)) {
    if (node.type !== "containerDirective" || node.name !== "event") continue;
    const attributes = attributesOf(node);
    if (attributes["id"]) out.declared.event.add(attributes["id"]);
    const subject = attributes["id"] ? `event "${attributes["id"]}"` : "event";
    const attrs = validate(EventAttributesSchema, attributes, {
      file,
      placeOf: attributePlacer(node, file),
      noun: "attribute",
      subject,
    });
    const { label, body } = splitLabel(node);
    if (label === "") report(file, "FIELD_MISSING", `${subject} has no title; write it as \`:::event[Title]{…}\``, startOf(node));
    if (!attrs || label === "") continue;
    const lists = Object.fromEntries(LISTS.map(([attribute]) => [attribute, splitIds(attrs[attribute])])) as Record<
      (typeof LISTS)[number][0],
      string[]
    >;
    if (lists.cites.length === 0 && lists.sources.length === 0) {
      report(file, "CITATION_MISSING", `${subject} cites nothing; add \`cites\` or \`sources\``, startOf(node));
      continue;
    }
    const refs: Ref[] = LISTS.flatMap(([attribute, type]) =>
      lists[attribute].map((id) => ({ type, id, field: attribute, place: placeOfListItem(node, file, attribute, id) })),
    );
    const event: TimelineEvent = {
      id: attrs.id,
      url: permalink.event(attrs.id),
      title: label,
      date: attrs.date,
      lane: attrs.lane,
      ...lists,
      html: renderHtml(body),
      text: plainText(body),
      origin: origin(file, startOf(node)),
    };
    out.events.push({ record: event, file, place: startOf(node), refs });
  }
}
