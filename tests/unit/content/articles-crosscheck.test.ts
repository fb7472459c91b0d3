/**
 * Every article row of the reference lists (../shared/reference/*_articles.csv)
 * is an article record with its page, and its heading, language and
 * confidence equal the reference's. Without ../shared these checks skip with
 * a notice, as the other reference cross-checks do.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { hasShared, referenceDir } from "../../../scripts/lib/shared-dir.ts";
import { readCsv } from "../../../scripts/lib/csv.ts";

const shared = hasShared();
if (!shared) console.warn(`NOTICE: ${referenceDir()} not found; the article cross-checks are skipped.`);

/** Each reference file, the instrument it lists, and how its columns are named. */
const LISTS = [
  { file: "budapest_convention_ets185_articles.csv", instrument: "budapest-convention", heading: "article_title", language: null, confidence: null },
  { file: "budapest_1st_protocol_ets189_articles.csv", instrument: "budapest-first-protocol", heading: "title", language: null, confidence: null },
  { file: "budapest_2nd_protocol_cets224_articles.csv", instrument: "budapest-second-protocol", heading: "title", language: null, confidence: "confidence" },
  { file: "un_cybercrime_convention_articles.csv", instrument: "un-cybercrime-convention", heading: "title", language: "title_language", confidence: "confidence" },
  { file: "au_malabo_convention_articles.csv", instrument: "malabo-convention", heading: "title", language: "language", confidence: "confidence" },
  { file: "arab_convention_it_offences_2010_articles.csv", instrument: "arab-convention-2010", heading: "title", language: "language", confidence: "confidence" },
  { file: "russia_2021_draft_convention_articles.csv", instrument: "russia-draft-2021", heading: "title", language: null, confidence: null },
  { file: "sco_iis_agreement_2009_articles.csv", instrument: "sco-agreement-2009", heading: "title", language: null, confidence: null },
] as const;

let corpus: Corpus;
beforeAll(async () => {
  const result = await loadCorpus();
  if (!result.corpus) throw new Error("content has errors");
  corpus = result.corpus;
});

/** The reference's article number as the atlas writes it: "(unnumbered)" is `unnumbered`. */
const numberOf = (value: string) => (value === "(unnumbered)" ? "unnumbered" : value);

describe.skipIf(!shared)("articles against the reference lists", () => {
  for (const list of LISTS) {
    describe(list.instrument, () => {
      const rows = () => readCsv(readFileSync(path.join(referenceDir(), list.file), "utf8")).filter((row) => (row["article"] ?? "") !== "");

      it("has one article record, in the reference's order, for every article row", () => {
        expect(corpus.articlesOf(list.instrument).map((a) => a.number)).toEqual(rows().map((row) => numberOf(row["article"] ?? "")));
      });

      it("gives each heading the reference's text, language and confidence, never promoted", () => {
        for (const row of rows()) {
          const article = corpus.article(`${list.instrument}:${numberOf(row["article"] ?? "")}`);
          const confidence = list.confidence ? row[list.confidence] : undefined;
          const heading = row[list.heading] ?? "";
          const at = `${list.instrument} Art. ${article.number}`;
          if (confidence) expect(article.confidence, at).toBe(confidence);
          if (confidence === "not-found" || heading === "") {
            // No heading in the reference: the page says it is not confirmed (a described row keeps its subject as our words).
            expect(article.confidence === "not-found" || article.confidence === "secondary-described", at).toBe(true);
          } else if (article.confidence === "secondary-described") {
            expect(article.heading, at).toBe(heading.replace(/^\[|\]$/gu, ""));
            expect(article.language, at).toBeUndefined();
          } else {
            expect(article.heading, at).toBe(heading);
            const language = list.language ? row[list.language] : "en";
            expect(article.language, at).toBe(language);
          }
          if (article.verified) expect(article.confidence, at).toBe("primary");
        }
      });
    });
  }

  it("keeps the UN Convention's glosses as the reference gives them, and only there", () => {
    const rows = readCsv(readFileSync(path.join(referenceDir(), "un_cybercrime_convention_articles.csv"), "utf8"));
    for (const row of rows) {
      const article = corpus.article(`un-cybercrime-convention:${row["article"] ?? ""}`);
      expect(article.gloss ?? "", `Art. ${article.number}`).toBe(row["gloss_en"] ?? "");
    }
  });
});

describe("every comparison cell's articles", () => {
  it("resolve to article records of their instrument", () => {
    for (const instrument of corpus.instruments())
      for (const provision of instrument.provisions)
        for (const written of provision.articles) expect(corpus.articleAt(instrument.id, written), `${instrument.id} ${provision.dimension} ${written}`).not.toBeNull();
  });
});
