/**
 * Prints a source text with numbered paragraphs, the numbering a claim's
 * `para` locator uses. Usage: npm run paragraphs -- <file>, or the start of a
 * file name in the texts folder (ATLAS_TEXTS_DIR), e.g. `003`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { textsDir } from "../src/corpus/quotes/texts.ts";
import { printParagraphs } from "./lib/print-paragraphs.ts";
import { seedsDir } from "./lib/shared-dir.ts";

const arg = process.argv[2];
if (!arg) {
  console.error("usage: npm run paragraphs -- <text file, or the start of a name in the texts folder>");
  process.exit(2);
}
let file = arg;
if (!existsSync(arg)) {
  const dir = textsDir() ?? seedsDir();
  const match = existsSync(dir) ? readdirSync(dir).find((name) => name.startsWith(arg) && name.endsWith(".txt")) : undefined;
  if (!match) {
    console.error(`no file ${arg}, and no text starting with ${arg} in ${dir}`);
    process.exit(2);
  }
  file = path.join(dir, match);
}
printParagraphs(readFileSync(file, "utf8"));
