/**
 * Prints a source text with numbered paragraphs, the numbering a claim's
 * `para` locator uses. Usage: npm run paragraphs -- 000   (or a file path)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitParagraphs } from "../src/corpus/paragraphs.ts";
import { seedsDir } from "./lib/shared-dir.ts";

const arg = process.argv[2];
if (!arg) {
  console.error("usage: npm run paragraphs -- <seed number or file>");
  process.exit(2);
}
let file = arg;
if (!arg.includes("/")) {
  const dir = seedsDir();
  const match = readdirSync(dir).find((name) => name.startsWith(arg) && name.endsWith(".txt"));
  if (!match) {
    console.error(`no seed text starting with ${arg} in ${dir}`);
    process.exit(2);
  }
  file = path.join(dir, match);
}
splitParagraphs(readFileSync(file, "utf8")).forEach((paragraph, index) => {
  console.log(`¶${index + 1}  ${paragraph}\n`);
});
