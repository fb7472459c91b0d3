/**
 * `npm run new:source -- <text file> [--id <id>]`: starts a source from its
 * archived plain-text copy. Writes content/sources/<id>.md with what can be
 * inferred (the title from the first line, `text`, `sha256`), empty values for
 * the rest (so `npm run check` fails until they are filled in) and a
 * commented example claim; copies the text into the texts folder when one is
 * configured; then prints the numbered paragraphs the `para` locators use.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultContentDir } from "../src/corpus/index.ts";
import { archivedText, textsDir } from "../src/corpus/quotes/texts.ts";
import { printParagraphs } from "./lib/print-paragraphs.ts";

const args = process.argv.slice(2);
const idAt = args.indexOf("--id");
const explicitId = idAt === -1 ? undefined : args[idAt + 1];
const textFile = args.find((arg, i) => !arg.startsWith("--") && (idAt === -1 || i !== idAt + 1));
if (!textFile || !existsSync(textFile)) {
  console.error("usage: npm run new:source -- <text file> [--id <id>]");
  process.exit(2);
}
const name = path.basename(textFile);
if (!/^[\w.-]+\.txt$/u.test(name)) {
  console.error(`rename the text to letters, digits, dots, hyphens or underscores ending in .txt (not "${name}")`);
  process.exit(2);
}

const text = archivedText(readFileSync(textFile));
const title = text.paragraphs[0] ?? "";
const id =
  explicitId ??
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/gu, " ")
    .trim()
    .split(" ")
    .slice(0, 6)
    .join("-");
const target = path.join(defaultContentDir(), "sources", `${id}.md`);
if (existsSync(target)) {
  console.error(`${target} exists already; choose another id with --id`);
  process.exit(1);
}

const yamlString = (value: string) => JSON.stringify(value);
writeFileSync(
  target,
  `---
title: ${yamlString(title)}
authors:
  - name: ""   # TODO the author's name as printed (or authors: [] with authorsNote)
outlet: ""   # TODO the publication or website
published: ""   # TODO YYYY-MM-DD, or YYYY-MM / YYYY when only that is known
kind: analysis   # journal-article, op-ed, analysis, blog-post, report or news
language: en
licence: ""   # TODO what the licence allows, or the fair-use note
# url: the original publication (or urlNote: where you looked when it cannot be found)
text: ${name}
sha256: ${text.sha256}
# An example claim, to copy below the reading (para = the ¶ number printed by this command):
#
# :::claim{#${id}-first-claim kind=assessment para=1 as-of=2020}
# What the source says, in your own words.
#
# > The exact words from the text, at most 25 words.
# :::
---

Your reading of the source, in your own words (replace this paragraph).
`,
);
console.log(`wrote ${path.relative(process.cwd(), target)}`);

const dir = textsDir();
if (dir && path.resolve(path.dirname(textFile)) !== dir) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, name))) copyFileSync(textFile, path.join(dir, name));
  console.log(`the text is in the texts folder: ${path.join(dir, name)}`);
} else if (!dir) {
  console.log("no texts folder is set: set ATLAS_TEXTS_DIR to the folder that holds your texts, so quotes are checked");
}
console.log(`\nThe text's paragraphs, as \`para\` counts them:\n`);
printParagraphs(text.text);
