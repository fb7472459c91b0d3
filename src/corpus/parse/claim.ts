import type { Blockquote, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { ClaimAttributesSchema, VerdictAttributesSchema } from "../schema/source.ts";
import { splitIds } from "../schema/common.ts";
import { articleId, parseArticleRef } from "../schema/article.ts";
import type { Claim, Verdict } from "../schema/records.ts";
import { permalink } from "../urls.ts";
import { attributePlacer, attributesOf, placeOfListItem, startOf } from "./directives.ts";
import { origin, type Located, type Ref, type RefType } from "./extracted.ts";
import { plainText, renderHtml, renderInline } from "./html.ts";
import { validate } from "./validate.ts";
import { toString } from "mdast-util-to-string";

export const MAX_QUOTE_WORDS = 25;

const LIST_ATTRIBUTES: ReadonlyArray<[attribute: string, type: RefType]> = [
  ["actors", "actor"],
  ["instruments", "instrument"],
  ["votes", "vote"],
  ["events", "event"],
  ["dimensions", "dimension"],
  ["corroborates", "claim"],
  ["contradicts", "claim"],
];

// `para` is checked separately so a missing locator gets its own code.
const AttributesWithoutLocator = ClaimAttributesSchema.extend({
  para: ClaimAttributesSchema.shape.para.optional(),
});

/** Reads one `:::claim` container of a source file. */
export function readClaim(node: ContainerDirective, file: VFile, sourceId: string, declared: Set<string>): Located<Claim> | null {
  const attributes = attributesOf(node);
  if (attributes["id"]) declared.add(attributes["id"]);
  const placeOf = attributePlacer(node, file);
  const label = attributes["id"] ? `claim "${attributes["id"]}"` : "claim";
  if (attributes["para"] === undefined) {
    report(file, "CLAIM_NO_LOCATOR", `${label} has no paragraph locator`, startOf(node));
  }
  const attrs = validate(AttributesWithoutLocator, attributes, { file, placeOf, noun: "attribute", subject: label });

  const quotes = node.children.filter((child): child is Blockquote => child.type === "blockquote");
  const verdicts = node.children.filter(
    (child): child is LeafDirective => child.type === "leafDirective" && child.name === "verdict",
  );
  const paraphrase = node.children.filter(
    (child) => child.type !== "blockquote" && !(child.type === "leafDirective" && child.name === "verdict"),
  ) as RootContent[];

  const text = plainText(paraphrase);
  if (text === "") report(file, "CLAIM_EMPTY", `${label} has no paraphrase`, startOf(node));
  if (quotes.length === 0) report(file, "CLAIM_NO_QUOTE", `${label} has no quote`, startOf(node));
  if (quotes.length > 1) {
    report(file, "CLAIM_MULTIPLE_QUOTES", `${label} has ${quotes.length} quotes`, startOf(quotes[1] ?? node));
  }
  const quote = quotes[0] ? quoteText(quotes[0], file) : "";
  const words = quote === "" ? 0 : quote.split(" ").length;
  if (words > MAX_QUOTE_WORDS) {
    report(
      file,
      "QUOTE_TOO_LONG",
      `${label}: quote has ${words} words, the limit is ${MAX_QUOTE_WORDS}`,
      startOf(quotes[0] ?? node),
    );
  }
  if (verdicts.length > 1) {
    report(file, "VERDICT_INVALID", `${label} has ${verdicts.length} verdicts; give one`, startOf(verdicts[1] ?? node));
  }
  const verdictRefs: Ref[] = [];
  const verdict = verdicts[0] ? readVerdict(verdicts[0], file, label, verdictRefs) : undefined;
  if (attrs?.kind === "fact" && verdicts.length === 0) {
    report(file, "CLAIM_NO_VERDICT", `${label} is a fact and has no verdict`, startOf(node));
  }
  if (attrs && (attrs.revises === undefined) !== (attrs.change === undefined)) {
    report(
      file,
      "REVISION_INVALID",
      `${label}: \`revises\` and \`change\` go together`,
      placeOf([attrs.revises ? "revises" : "change"]),
    );
  }
  if (!attrs || attrs.para === undefined || quotes.length !== 1 || text === "" || words > MAX_QUOTE_WORDS) return null;
  if (verdicts.length > 1 || (verdicts[0] && !verdict) || (attrs.kind === "fact" && !verdict)) return null;

  const refs: Ref[] = [...verdictRefs];
  const lists: Record<string, string[]> = {};
  for (const [attribute, type] of LIST_ATTRIBUTES) {
    const ids = splitIds(attrs[attribute as keyof typeof attrs] as string | undefined);
    lists[attribute] = ids;
    for (const id of ids) refs.push({ type, id, field: attribute, place: placeOfListItem(node, file, attribute, id) });
  }
  if (attrs.revises) refs.push({ type: "claim", id: attrs.revises, field: "revises", place: placeOf(["revises"]) });
  const articles = readArticleRefs(splitIds(attrs.articles), node, file, refs);
  if (!articles) return null;

  const claim: Claim = {
    id: attrs.id,
    url: permalink.claim(attrs.id),
    source: sourceId,
    kind: attrs.kind,
    text,
    html: renderHtml(paraphrase),
    quote,
    locator: { paragraph: attrs.para },
    asOf: attrs["as-of"],
    actors: lists["actors"] ?? [],
    instruments: lists["instruments"] ?? [],
    votes: lists["votes"] ?? [],
    events: lists["events"] ?? [],
    dimensions: lists["dimensions"] ?? [],
    articles,
    corroborates: lists["corroborates"] ?? [],
    contradicts: lists["contradicts"] ?? [],
    ...(attrs.revises ? { revises: attrs.revises } : {}),
    ...(attrs.change ? { change: attrs.change } : {}),
    revisedBy: [],
    ...(verdict ? { verdict } : {}),
    // Filled by the quote check once the source's archived text is read.
    quoteCheck: { status: "unverified" },
    origin: origin(file, startOf(node)),
  };
  return { record: claim, file, place: startOf(node), refs, places: { quote: startOf(quotes[0] ?? node) } };
}

/** `instrument:article` references; the instrument and the article are checked in resolve.ts. */
function readArticleRefs(written: string[], node: ContainerDirective, file: VFile, refs: Ref[]): Claim["articles"] | null {
  const articles: Claim["articles"] = [];
  let valid = true;
  for (const value of written) {
    const place = placeOfListItem(node, file, "articles", value);
    const colon = value.indexOf(":");
    const parsed = colon > 0 ? parseArticleRef(value.slice(colon + 1)) : null;
    if (!parsed) {
      report(file, "ARTICLE_UNKNOWN", `"${value}" in \`articles\` is not instrument:article, such as budapest-convention:32(b)`, place);
      valid = false;
      continue;
    }
    const instrument = value.slice(0, colon);
    const id = articleId(instrument, parsed.number);
    refs.push({ type: "instrument", id: instrument, field: "articles", place }, { type: "article", id, field: "articles", place });
    articles.push(parsed.locator ? { article: id, locator: parsed.locator } : { article: id });
  }
  return valid ? articles : null;
}

/** The quote exactly as written: the blockquote's source text without its `>` markers. */
function quoteText(node: Blockquote, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return toString(node);
  return String(file.value)
    .slice(start, end)
    .split("\n")
    .map((line) => line.replace(/^\s*>\s?/u, ""))
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

function readVerdict(node: LeafDirective, file: VFile, label: string, refs: Ref[]): Verdict | undefined {
  const placeOf = attributePlacer(node, file);
  const attrs = validate(VerdictAttributesSchema, attributesOf(node), {
    file,
    placeOf,
    noun: "attribute",
    subject: `${label} verdict`,
  });
  if (!attrs) return undefined;
  const cites = splitIds(attrs.cites);
  const text = toString(node).trim();
  let valid = true;
  const problem = (message: string): void => {
    report(file, "VERDICT_INVALID", `${label}: ${message}`, startOf(node));
    valid = false;
  };
  if (text === "") problem("the verdict has no explanation in `[…]`");
  if (attrs.status === "outdated" && !attrs.since) problem("an outdated verdict needs `since`");
  if (attrs.status !== "outdated" && attrs.since) problem("only an outdated verdict takes `since`");
  if (attrs.status !== "unverifiable" && cites.length === 0) problem(`a ${attrs.status} verdict needs \`cites\``);
  for (const id of cites)
    refs.push({ type: "citation", id, field: "verdict cites", place: placeOfListItem(node, file, "cites", id) });
  if (!valid) return undefined;
  return {
    status: attrs.status,
    ...(attrs.since ? { since: attrs.since } : {}),
    text,
    html: renderInline(node.children),
    cites,
  };
}
