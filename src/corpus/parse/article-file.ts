import type { Root, Table } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { ARTICLE_COLUMNS, ArticleListInputSchema, ArticleRowSchema, articleId } from "../schema/article.ts";
import { splitIds } from "../schema/common.ts";
import type { Article, ArticleList } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId, yamlRefs } from "./common-file.ts";
import { startOf } from "./directives.ts";
import { origin, type Extracted, type Ref } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { readTable, type TableRow } from "./tables.ts";
import { validate } from "./validate.ts";

/**
 * `content/articles/<instrument-id>.md`: the list's sources and chapters in
 * the frontmatter, a few sentences on where it comes from, and one table row
 * per article. A heading keeps the language and confidence its source gives;
 * nothing here may make it look more certain than that.
 */
export function readArticleFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const data = validate(ArticleListInputSchema, frontmatter.data ?? {}, { file, placeOf: frontmatter.placeOf, noun: "field" });

  const body = bodyOf(tree);
  const tables = body.filter((node): node is Table => node.type === "table");
  if (tables.length !== 1 || !tables[0]) {
    report(file, "TABLE_INVALID", `an article file holds exactly one articles table, found ${tables.length}`, { line: 1, column: 1 });
    return;
  }
  const rows = readTable(tables[0], file, ARTICLE_COLUMNS);
  if (!rows || !id) return;
  const chapters = new Set((data?.chapters ?? []).map((chapter) => chapter.key));
  const seen = new Map<string, number>();
  const articles: Article[] = [];
  for (const row of rows) {
    const article = readRow(row, file, id, chapters, seen, out);
    if (article) articles.push(article);
  }
  if (!data || articles.length !== rows.length) return;

  const refs: Ref[] = [
    { type: "instrument", id, field: "file name", place: { line: 1, column: 1 } },
    ...yamlRefs(frontmatter, "citation", ["cites"], data.cites),
    ...yamlRefs(frontmatter, "citation", ["totalCites"], data.totalCites),
  ];
  if (data.total !== undefined && articles.length > data.total) {
    report(file, "FIELD_INVALID", `the table lists ${articles.length} articles but \`total\` says the instrument has ${data.total}`, frontmatter.placeOf(["total"]));
    return;
  }
  const record: ArticleList = {
    id,
    instrument: id,
    url: permalink.instrumentArticles(id),
    cites: data.cites,
    ...(data.total !== undefined ? { total: data.total } : {}),
    totalCites: data.totalCites,
    ...(data.totalNote ? { totalNote: data.totalNote } : {}),
    chapters: data.chapters,
    introHtml: renderHtml(body.filter((node) => node !== tables[0])),
    articles: articles.map((article) => article.id),
    origin: origin(file, { line: 1, column: 1 }),
  };
  out.articleLists.push({ record, file, place: startOf(tables[0]), refs });
}

/** One row: its own shape, then the rules that keep a heading no more certain than its source. */
function readRow(row: TableRow, file: VFile, instrument: string, chapters: Set<string>, seen: Map<string, number>, out: Extracted): Article | null {
  const cells = validate(ArticleRowSchema, row.cells, { file, placeOf: (p) => row.placeOf(String(p[0])), noun: "column" });
  if (!cells) return null;
  const id = articleId(instrument, cells.article);
  out.declared.article.add(id);
  const label = `Art. ${cells.article}`;
  const problems: [column: string, code: "FIELD_INVALID" | "ID_DUPLICATE" | "ARTICLE_PROMOTED" | "CITATION_MISSING", message: string][] = [];
  const first = seen.get(cells.article);
  if (first !== undefined) problems.push(["article", "ID_DUPLICATE", `${label} is already listed on line ${first}`]);
  seen.set(cells.article, row.place.line);
  if (cells.chapter !== "" && !chapters.has(cells.chapter)) problems.push(["chapter", "FIELD_INVALID", `${label}: chapter "${cells.chapter}" is not one of the file's \`chapters\``]);
  const notFound = cells.confidence === "not-found";
  const described = cells.confidence === "secondary-described";
  if (notFound && cells.heading !== "") problems.push(["heading", "FIELD_INVALID", `${label} has a heading but confidence "not-found"`]);
  if (!notFound && cells.heading === "") problems.push(["heading", "FIELD_INVALID", `${label} has confidence "${cells.confidence}" but no heading; leave it empty only with "not-found"`]);
  if (described && cells.language !== "") problems.push(["language", "FIELD_INVALID", `${label}: a described subject is the atlas's wording, not a printed heading, so it has no language`]);
  if (!notFound && !described && cells.language === "") problems.push(["language", "FIELD_INVALID", `${label}: give the language the heading is printed in`]);
  if (cells.gloss !== "" && (cells.language === "" || cells.language === "en")) problems.push(["gloss", "FIELD_INVALID", `${label}: a gloss renders a heading printed in another language than English`]);
  if (cells.verified === "yes" && cells.confidence !== "primary") problems.push(["verified", "ARTICLE_PROMOTED", `${label} is marked verified but its heading's confidence is "${cells.confidence}"`]);
  const cites = splitIds(cells.cites);
  if (cites.length === 0) problems.push(["cites", "CITATION_MISSING", `${label} has no citation`]);
  if (cells.verified === "no" && cells.note === "") problems.push(["note", "CITATION_MISSING", `${label} is marked \`verified: no\` without a note saying why`]);
  for (const [column, code, message] of problems) report(file, code, message, row.placeOf(column));
  if (problems.length > 0) return null;

  const refs: Ref[] = cites.map((cite) => ({ type: "citation", id: cite, field: "cites", place: row.placeOf("cites") }));
  const optional = (value: string) => (value === "" ? undefined : value);
  const article: Article = {
    id,
    instrument,
    number: cells.article,
    url: permalink.article(id),
    ...definedOnly({
      chapter: optional(cells.chapter),
      section: optional(cells.section),
      heading: optional(cells.heading),
      language: optional(cells.language),
      gloss: optional(cells.gloss),
    }),
    confidence: cells.confidence,
    cites,
    verified: cells.verified === "yes",
    ...(cells.note ? { note: cells.note } : {}),
    origin: origin(file, row.place),
  };
  out.articles.push({ record: article, file, place: row.place, refs });
  return article;
}

function definedOnly<T extends Record<string, string | undefined>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: string };
}
