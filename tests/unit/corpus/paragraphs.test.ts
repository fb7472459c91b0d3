import { describe, expect, it } from "vitest";
import { findQuote, normaliseWhitespace, splitParagraphs } from "../../../src/corpus/paragraphs.ts";

describe("splitParagraphs", () => {
  it("splits web text on blank lines", () => {
    expect(splitParagraphs("One.\n\nTwo\nstill two.\n\n\nThree.")).toEqual(["One.", "Two still two.", "Three."]);
  });

  it("treats each long line as a paragraph when a block is not hard-wrapped", () => {
    const long = "x".repeat(120);
    expect(splitParagraphs(`${long} a.\n${long} b.`)).toEqual([`${long} a.`, `${long} b.`]);
  });

  it("ends a hard-wrapped paragraph at a short line that ends a sentence", () => {
    const text = [
      "Aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa",
      "bbbb bbbb bbbb bbbb bbbb.7",
      "Cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc",
      "dddd.",
    ].join("\n");
    expect(splitParagraphs(text)).toHaveLength(2);
  });

  it("drops page and footnote numbers", () => {
    expect(splitParagraphs("Text.\n\n10\n\nMore text.")).toEqual(["Text.", "More text."]);
  });
});

describe("findQuote", () => {
  const paragraphs = ["The vote was 88 to 58,\nwith 34 abstaining.", "Later text."];

  it("finds a quote across line breaks and reports its paragraph", () => {
    expect(findQuote(paragraphs, "88 to 58, with 34")).toEqual([1]);
  });

  it("finds a quote that runs on into the next paragraph, by where it starts", () => {
    expect(findQuote(paragraphs, "abstaining. Later")).toEqual([1]);
  });

  it("does not match changed punctuation", () => {
    expect(findQuote(["It’s here."], "It's here.")).toEqual([]);
  });

  it("normalises whitespace runs", () => {
    expect(normaliseWhitespace("  a \n\t b ")).toBe("a b");
  });
});
