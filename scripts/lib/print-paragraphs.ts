import { splitParagraphs } from "../../src/corpus/paragraphs.ts";

/** Prints a text with its paragraphs numbered as a claim's `para` counts them. */
export function printParagraphs(text: string): void {
  splitParagraphs(text.replace(/^\uFEFF/u, "")).forEach((paragraph, index) => {
    console.log(`¶${index + 1}  ${paragraph}\n`);
  });
}
