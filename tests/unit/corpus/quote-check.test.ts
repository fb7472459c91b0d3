import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, defaultContentDir, loadCorpus } from "../../../src/corpus/index.ts";
import { readContentDir } from "../../../src/corpus/load.ts";
import { archivedText, openTexts, textsFrom } from "../../../src/corpus/quotes/texts.ts";
import { inlineDiff, nearestPassage, quoteMarkNote } from "../../../src/corpus/quotes/nearest.ts";
import { findQuote } from "../../../src/corpus/paragraphs.ts";
import { goodFiles, goodTexts } from "../../fixtures/harness.ts";
import { hasShared, seedsDir } from "../../../scripts/lib/shared-dir.ts";
import { createHash } from "node:crypto";

const BOM_CRLF = readFileSync(path.join(import.meta.dirname, "../../fixtures/texts/bom-crlf.txt"));

describe("archived texts", () => {
  it("hashes the bytes as sha256sum does, BOM and CRLF included", () => {
    expect(BOM_CRLF[0]).toBe(0xef);
    expect(BOM_CRLF.includes(0x0d)).toBe(true);
    expect(archivedText(BOM_CRLF).sha256).toBe(createHash("sha256").update(BOM_CRLF).digest("hex"));
  });

  it("numbers the paragraphs of a CRLF text with a BOM as those of the same text without them", () => {
    const plain = new TextDecoder().decode(BOM_CRLF).replace(/\r\n/gu, "\n");
    const { paragraphs } = archivedText(BOM_CRLF);
    expect(paragraphs).toEqual(archivedText(new TextEncoder().encode(plain)).paragraphs);
    expect(paragraphs[0]).toBe("The committee passed the draft by 88 votes to 58.");
    expect(findQuote(paragraphs, "The committee passed")).toEqual([1]);
    expect(findQuote(paragraphs, "“disappointed with the decision.”")).toEqual([2]);
  });
});

describe("nearest passage", () => {
  const paragraphs = [
    "Intro words here.",
    "On Nov. 18, a U.N. committee passed a Russia-backed cybercrime resolution by a vote of 88-58.",
  ];

  it("finds the passage a one-character typo was meant to quote, with its paragraph", () => {
    const passage = nearestPassage(paragraphs, "a U.N. committee passed a Russia-backed cybercrime resolutian");
    expect(passage).toEqual({ paragraph: 2, text: "a U.N. committee passed a Russia-backed cybercrime resolution" });
    expect(inlineDiff("a U.N. committee passed a Russia-backed cybercrime resolutian", passage?.text ?? "")).toBe(
      "…rcrime resoluti[-a-]{+o+}n",
    );
  });

  it("says when only quotation marks differ, and which", () => {
    expect(quoteMarkNote('he said "no"', "he said “no”")).toBe(
      'the text prints curly “ where the quote has straight "; the text prints curly ” where the quote has straight ": copy quotation marks and apostrophes exactly as printed',
    );
    expect(quoteMarkNote("a vote", "a note")).toBeUndefined();
  });
});

describe("the quote check in buildCorpus", () => {
  it("marks verified quotes with the text's hash and paragraph", () => {
    const { corpus } = buildCorpus(goodFiles(), { texts: goodTexts() });
    const sha256 = createHash("sha256").update(readFileSync("tests/fixtures/good/texts/first-source.txt")).digest("hex");
    expect(corpus?.claim("plenary-vote-tally").quoteCheck).toEqual({
      status: "archived-text",
      text: "first-source.txt",
      sha256,
      paragraph: 1,
    });
    // A source that names no text is counted as unverified, not an error.
    expect(corpus?.claim("new-claim").quoteCheck).toEqual({ status: "unverified" });
  });

  it("succeeds without a texts folder and counts every quote as unverified", () => {
    const { corpus, diagnostics, quotes } = buildCorpus(goodFiles(), { texts: null });
    expect(diagnostics).toEqual([]);
    expect(corpus).not.toBeNull();
    expect(quotes).toEqual({ verified: 0, unverified: 4, withoutFolder: 2, textsDir: null });
    expect(openTexts("/no/such/folder")).toBeNull();
  });

  it("reports a source's stored copy when it has no archived text", () => {
    const files = { ...goodFiles() };
    files["sources/second-source.md"] = (files["sources/second-source.md"] ?? "").replace(
      "revises: first-source",
      "revises: first-source\nstoredUrl: https://web.archive.org/web/2021/https://example.org/op-ed",
    );
    const { corpus, quotes } = buildCorpus(files, { texts: goodTexts() });
    expect(corpus?.claim("new-claim").quoteCheck).toEqual({
      status: "stored-copy",
      url: "https://web.archive.org/web/2021/https://example.org/op-ed",
    });
    expect(quotes.unverified).toBe(2);
  });

  it("verifies a source whose text has a BOM and CRLF line endings", () => {
    const files = { ...goodFiles() };
    const sha256 = archivedText(BOM_CRLF).sha256;
    files["sources/first-source.md"] = (files["sources/first-source.md"] ?? "")
      .replace(/^text: .*$/mu, "text: bom-crlf.txt")
      .replace(/^sha256: .*$/mu, `sha256: ${sha256}`)
      .replace("> passed in a final vote on December 27", "> The committee passed the draft by 88 votes")
      .replace(
        "> long-standing goal to replace the Council of Europe’s Budapest Convention",
        "> it is “disappointed with the decision.”",
      );
    // Without the snapshot of published claims: the changed quotes would also be corrections the log lacks.
    delete files["published-claims.json"];
    const { diagnostics, quotes } = buildCorpus(files, { texts: textsFrom({ "bom-crlf.txt": BOM_CRLF }) });
    expect(diagnostics).toEqual([]);
    expect(quotes.verified).toBe(2);
  });
});

describe.skipIf(!hasShared())("the real corpus against its archived texts", () => {
  it("fails at the quote's line when one character of a quote changes", async () => {
    const files = { ...(await readContentDir(defaultContentDir())) };
    const name = "sources/sherman-raymond-2019-monkey-cage.md";
    const original = files[name] ?? "";
    const lines = original.split("\n");
    const index = lines.findIndex((line) => line.startsWith("> "));
    expect(index).toBeGreaterThan(0);
    // Change one letter in the middle of the first quote.
    const line = lines[index] ?? "";
    const at = line.search(/[a-z]/u) + 3;
    lines[index] = line.slice(0, at) + (line[at] === "x" ? "y" : "x") + line.slice(at + 1);
    files[name] = lines.join("\n");
    // Without the snapshot of published claims: a changed quote would also be a correction the log lacks (CORRECTION_MISSING).
    delete files["published-claims.json"];
    const { corpus, diagnostics } = buildCorpus(files, { texts: openTexts(seedsDir()) });
    expect(corpus).toBeNull();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      `content/${name}:${index + 1}:1 QUOTE_NOT_FOUND`,
    ]);
    expect(diagnostics[0]?.message).toContain("nearest passage, in ¶");
  });

  it("verifies every quote when the texts folder is configured", async () => {
    const { corpus, diagnostics, quotes } = await loadCorpus(undefined, { texts: openTexts(seedsDir()) });
    expect(diagnostics).toEqual([]);
    // Only the quotes of sources without an archived text (read from a stored copy) stay unverified.
    const withoutText = (corpus?.claims() ?? []).filter((claim) => !corpus?.source(claim.source).text);
    expect(quotes.unverified).toBe(withoutText.length);
    expect(quotes.verified).toBe((corpus?.claims().length ?? 0) - withoutText.length);
  });
});
