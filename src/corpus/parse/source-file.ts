import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import type { ReadingBlock, Source } from "../schema/records.ts";
import { SourceInputSchema } from "../schema/source.ts";
import { permalink } from "../urls.ts";
import { readClaim } from "./claim.ts";
import { startOf } from "./directives.ts";
import { origin, type Extracted, type Ref } from "./extracted.ts";
import { bodyOf, fileId } from "./common-file.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { validate } from "./validate.ts";
import { visit } from "unist-util-visit";
import type { Node } from "unist";

/** `content/sources/<id>.md`: a source's metadata, the analyst's reading, and its claims in place. */
export function readSourceFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  if (id) out.declared.source.add(id);
  const frontmatter = readFrontmatter(tree, file);
  const data = frontmatter
    ? validate(SourceInputSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" })
    : null;

  const reading: ReadingBlock[] = [];
  const claimIds: string[] = [];
  let pending: RootContent[] = [];
  const flush = (): void => {
    if (pending.length > 0) reading.push({ type: "html", html: renderHtml(pending) });
    pending = [];
  };
  for (const node of bodyOf(tree)) {
    if (node.type === "containerDirective" && node.name === "claim") {
      flush();
      const claim = readClaim(node, file, id ?? "", out.declared.claim);
      if (claim) {
        out.claims.push(claim);
        claimIds.push(claim.record.id);
        reading.push({ type: "claim", id: claim.record.id });
      }
      continue;
    }
    reportStrayVerdicts(node, file);
    pending.push(node);
  }
  flush();
  if (!id || !data || !frontmatter) return;

  const refs: Ref[] = [];
  if (data.revises) refs.push({ type: "source", id: data.revises, field: "revises", place: frontmatter.placeOf(["revises"]) });
  data.authors.forEach((author, i) => {
    if (author.actor)
      refs.push({ type: "actor", id: author.actor, field: "authors.actor", place: frontmatter.placeOf(["authors", i, "actor"]) });
  });
  const { url, ...rest } = data;
  const source: Source = {
    id,
    url: permalink.source(id),
    ...rest,
    ...(url ? { originalUrl: url } : {}),
    revisedBy: [],
    claims: claimIds,
    reading,
    origin: origin(file, { line: 1, column: 1 }),
  };
  const places = { text: frontmatter.placeOf(["text"]), sha256: frontmatter.placeOf(["sha256"]) };
  if (data.text && !data.sha256)
    report(file, "FIELD_MISSING", "`text` needs `sha256`, the SHA-256 of the text file", places.text);
  // A date the page does not show is never guessed; an undated source says why it has none.
  if (!data.published && !data.publishedNote)
    report(
      file,
      "DATE_NOT_SHOWN",
      "source has no `published` date and no `publishedNote` saying that the page shows none",
      frontmatter.placeOf(["published"]),
    );
  if (data.sha256 && !data.text)
    report(file, "FIELD_MISSING", "`sha256` needs `text`, the file it is the hash of", places.sha256);
  out.sources.push({ record: source, file, place: { line: 1, column: 1 }, refs, places });
}

function reportStrayVerdicts(node: RootContent, file: VFile): void {
  visit(node as Node, (child: Node) => {
    if (child.type === "leafDirective" && (child as { name?: string }).name === "verdict") {
      report(file, "VERDICT_MISPLACED", "`::verdict` outside a claim", startOf(child));
    }
  });
}
