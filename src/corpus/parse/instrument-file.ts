import type { Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { articleId, parseArticleRef } from "../schema/article.ts";
import { InstrumentInputSchema } from "../schema/instrument.ts";
import type { Instrument, Provision } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId, yamlRefs } from "./common-file.ts";
import { origin, type Extracted, type Ref } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { validate } from "./validate.ts";

/** `content/instruments/<id>.md`: dates, status and provisions by dimension (who signed and joined it is in `content/status/<id>.md`). */
export function readInstrumentFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  if (id) out.declared.instrument.add(id);
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const data = validate(InstrumentInputSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" });
  const body = bodyOf(tree);
  const refs: Ref[] = [];
  if (!id || !data) return;

  data.dates.forEach((entry, i) => {
    if (entry.cites.length === 0 && (entry.verified || !entry.note)) {
      report(file, "CITATION_MISSING", `date "${entry.event}" has no citation`, frontmatter.placeOf(["dates", i]));
    }
    refs.push(...yamlRefs(frontmatter, "citation", ["dates", i, "cites"], entry.cites));
  });
  const provisions: Provision[] = Object.entries(data.provisions).map(([dimension, provision]) => {
    refs.push({ type: "dimension", id: dimension, field: "provisions", place: frontmatter.placeOf(["provisions", dimension]) });
    refs.push(...yamlRefs(frontmatter, "citation", ["provisions", dimension, "cites"], provision.cites));
    provision.articles.forEach((written, i) => {
      const place = frontmatter.placeOf(["provisions", dimension, "articles", i]);
      const parsed = parseArticleRef(written);
      if (!parsed) report(file, "ARTICLE_UNKNOWN", `"${written}" in \`provisions.${dimension}.articles\` is not an article number with locators, such as 32(b)`, place);
      else refs.push({ type: "article", id: articleId(id, parsed.number), field: `provisions.${dimension}.articles`, place });
    });
    return { dimension, ...provision };
  });
  refs.push(
    { type: "actor", id: data.organisation, field: "organisation", place: frontmatter.placeOf(["organisation"]) },
    ...(data.parent ? [{ type: "instrument" as const, id: data.parent, field: "parent", place: frontmatter.placeOf(["parent"]) }] : []),
    ...yamlRefs(frontmatter, "citation", ["status", "cites"], data.status.cites),
    ...yamlRefs(frontmatter, "citation", ["partiesCount", "cites"], data.partiesCount?.cites ?? []),
    ...yamlRefs(frontmatter, "citation", ["cites"], data.cites),
  );
  const instrument: Instrument = {
    id,
    url: permalink.instrument(id),
    ...data,
    provisions,
    profileHtml: renderHtml(body),
    origin: origin(file, { line: 1, column: 1 }),
  };
  out.instruments.push({ record: instrument, file, place: { line: 1, column: 1 }, refs });
}
