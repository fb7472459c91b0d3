/**
 * How article pages and lists speak of a heading: by what the source shows,
 * never more. A gloss is always the atlas's rendering; a described subject is
 * never shown as a heading.
 */
import type { Article, ArticleList, Corpus, HeadingConfidence, Instrument } from "../corpus/index.ts";

export const CONFIDENCE_LABELS: Record<HeadingConfidence, string> = {
  primary: "printed in the official text",
  translation: "printed in an unofficial translation",
  "secondary-exact": "printed by a secondary source",
  "secondary-described": "subject described by a source; the heading itself was not found",
  "not-found": "heading not found in any source read",
};

/** Language names for the headings' languages. */
const LANGUAGES: Record<string, string> = { en: "English", fr: "French", ar: "Arabic", ru: "Russian", es: "Spanish", zh: "Chinese" };

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

/** "Art. 24", or "Unnumbered article" for a part the text leaves without a number. */
export function articleLabel(article: Pick<Article, "number">): string {
  return article.number === "unnumbered" ? "Unnumbered article" : `Art. ${article.number}`;
}

/** One line for lists and titles: the printed heading, or what is known in its place. */
export function headingLine(article: Article): string {
  if (article.confidence === "not-found" || !article.heading) return "heading not confirmed";
  if (article.confidence === "secondary-described") return `[${article.heading}] (subject as described; heading not found)`;
  return article.heading;
}

/** "Chapter II: Criminalization"; a described title is bracketed as a description, a missing one said to be missing. */
export function chapterLabel(chapter: ArticleList["chapters"][number]): string {
  if (!chapter.title) return `Chapter ${chapter.key} (heading not found)`;
  return chapter.described ? `Chapter ${chapter.key}: [${chapter.title}] (described; the printed heading was not found)` : `Chapter ${chapter.key}: ${chapter.title}`;
}

/** "Budapest Convention, Art. 32" */
export function articleName(article: Article, instrument: Pick<Instrument, "shortName">): string {
  return `${instrument.shortName}, ${articleLabel(article)}`;
}

export interface ArticleCoverage {
  listed: number;
  total: number | undefined;
  printed: number;
  described: number;
  notFound: number;
  verified: number;
  glossed: number;
  /** The counts in a sentence, for instrument pages and the article list. */
  text: string;
}

/** How complete an instrument's article list is, from its rows. */
export function articleCoverage(corpus: Corpus, instrumentId: string): ArticleCoverage {
  const list = corpus.articleList(instrumentId);
  const articles = corpus.articlesOf(instrumentId);
  const count = (test: (a: Article) => boolean) => articles.filter(test).length;
  const printed = count((a) => a.confidence !== "not-found" && a.confidence !== "secondary-described");
  const described = count((a) => a.confidence === "secondary-described");
  const notFound = count((a) => a.confidence === "not-found");
  const verified = count((a) => a.verified);
  const glossed = count((a) => a.gloss !== undefined);
  const total = list.total;
  const of = total === undefined ? `${articles.length} articles are listed (no source read gives the total)` : `${articles.length} of the instrument's ${total} articles are listed`;
  const parts = [
    `${printed} with a heading printed in a source${printed > 0 ? ` (${verified} verified against the official text)` : ""}`,
    ...(described > 0 ? [`${described} whose subject a source describes`] : []),
    ...(notFound > 0 ? [`${notFound} whose heading was not found`] : []),
  ];
  const gloss = glossed > 0 ? ` ${glossed} headings in another language carry the atlas's English rendering, which is not an official title.` : "";
  const text = articles.length === 0 ? `No article is listed: the sources read give ${list.chapters.length} chapters only.` : `${of}: ${parts.join(", ")}.${gloss}`;
  return { listed: articles.length, total, printed, described, notFound, verified, glossed, text };
}
