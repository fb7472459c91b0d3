/**
 * The product's quote check: every claim's quote must appear verbatim in its
 * source's archived text (whitespace runs count as one space), starting in
 * the stated paragraph, and the text must be the one the source names by
 * hash. Problems are reported at the quote's line with the nearest passage.
 */
import { report } from "../diagnostics.ts";
import { findQuote, normaliseWhitespace } from "../paragraphs.ts";
import type { Extracted } from "../parse/extracted.ts";
import type { QuoteCheck } from "../schema/records.ts";
import { inlineDiff, nearestPassage, quoteMarkNote } from "./nearest.ts";
import type { ArchivedText, Texts } from "./texts.ts";

export interface QuoteSummary {
  /** Quotes the build found in their archived text, in the stated paragraph. */
  verified: number;
  /** Quotes it could not check: the source names no text, or the texts folder is absent. */
  unverified: number;
  /** Of those, quotes whose source names a text that could not be read because no texts folder is present. */
  withoutFolder: number;
  /** The texts folder read, or null when there was none. */
  textsDir: string | null;
}

const UNVERIFIED: QuoteCheck = { status: "unverified" };

/** Checks every claim's quote; returns each claim's result by id and the counts. */
export function checkQuotes(
  extracted: Extracted,
  texts: Texts | null,
): { checks: Map<string, QuoteCheck>; summary: QuoteSummary } {
  const checks = new Map<string, QuoteCheck>();
  const summary: QuoteSummary = { verified: 0, unverified: 0, withoutFolder: 0, textsDir: texts?.where ?? null };
  const archived = new Map<string, ArchivedText | null>();

  for (const located of extracted.sources) {
    const { record: source, file, places } = located;
    if (!source.text || !source.sha256 || !texts) continue;
    const text = texts.read(source.text);
    archived.set(source.id, text ?? null);
    if (!text) {
      report(file, "TEXT_MISSING", `source text "${source.text}" is not in the texts folder ${texts.where}`, places?.["text"]);
    } else if (text.sha256 !== source.sha256) {
      report(
        file,
        "TEXT_HASH_MISMATCH",
        `"${source.text}" has SHA-256 ${text.sha256}, not the ${source.sha256} given`,
        places?.["sha256"],
      );
    }
  }
  const sources = new Map(extracted.sources.map((s) => [s.record.id, s.record]));

  for (const { record: claim, file, places } of extracted.claims) {
    const source = sources.get(claim.source);
    const text = archived.get(claim.source);
    const place = places?.["quote"];
    if (!source?.text || !source.sha256) {
      checks.set(claim.id, source?.storedUrl ? { status: "stored-copy", url: source.storedUrl } : UNVERIFIED);
      summary.unverified += 1;
      continue;
    }
    if (!texts) {
      checks.set(claim.id, UNVERIFIED);
      summary.unverified += 1;
      summary.withoutFolder += 1;
      continue;
    }
    if (!text) continue; // TEXT_MISSING is reported once, on the source.
    const label = `claim "${claim.id}"`;
    const starts = findQuote(text.paragraphs, claim.quote);
    if (starts.length === 0) {
      report(file, "QUOTE_NOT_FOUND", `${label}: quote not found in ${source.text}${nearestNote(text, claim.quote)}`, place);
      continue;
    }
    if (!starts.includes(claim.locator.paragraph)) {
      const where = starts.map((n) => `¶${n}`).join(" and ");
      report(
        file,
        "QUOTE_LOCATOR_MISMATCH",
        `${label}: the quote starts in ${where} of ${source.text}, not in ¶${claim.locator.paragraph}`,
        place,
      );
      continue;
    }
    checks.set(claim.id, { status: "archived-text", text: source.text, sha256: text.sha256, paragraph: claim.locator.paragraph });
    summary.verified += 1;
  }
  return { checks, summary };
}

function nearestNote(text: ArchivedText, quote: string): string {
  const passage = nearestPassage(text.paragraphs, quote);
  if (!passage) return "; no passage of the text is close to it";
  const normalised = normaliseWhitespace(quote);
  const marks = quoteMarkNote(normalised, passage.text);
  return `; nearest passage, in ¶${passage.paragraph}: "${inlineDiff(normalised, passage.text)}" ([-…-] only in the quote, {+…+} only in the text)${marks ? `; ${marks}` : ""}`;
}

/** One line for the build log when quotes went unchecked. */
export function unverifiedNote(summary: QuoteSummary): string | undefined {
  if (summary.unverified === 0) return undefined;
  const total = summary.verified + summary.unverified;
  const folder =
    summary.withoutFolder > 0
      ? `; ${summary.withoutFolder} of them name an archived text, but no texts folder was found (set ATLAS_TEXTS_DIR)`
      : "";
  return `${summary.unverified} of ${total} quotes unverified against an archived text${folder}`;
}
