/**
 * Archived source texts: the plain-text copies that quotes and paragraph
 * numbers are checked against. They are the authors' copies of copyrighted
 * works, so they are neither published nor committed; they live in a folder
 * the author keeps, named by ATLAS_TEXTS_DIR or by `"atlas": { "texts": … }`
 * in package.json (relative to the project). Without the folder every quote
 * is reported as unverified, and nothing fails.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { splitParagraphs } from "../paragraphs.ts";

export interface ArchivedText {
  /** SHA-256 of the file's bytes, as `sha256sum` prints it. */
  sha256: string;
  /** The text as read: a UTF-8 byte-order mark removed, line endings kept (the paragraph rule handles CRLF). */
  text: string;
  paragraphs: string[];
}

/** Where the texts are read from, and how to read one. */
export interface Texts {
  /** Shown in messages: the folder, or a fixture's name. */
  where: string;
  /** The named text, or undefined when there is no such file. */
  read(name: string): ArchivedText | undefined;
}

/** Hash and paragraphs of a text file's bytes. */
export function archivedText(bytes: Uint8Array): ArchivedText {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // TextDecoder drops a leading BOM, so the first paragraph starts with the text's first word.
  const text = new TextDecoder("utf-8").decode(bytes);
  return { sha256, text, paragraphs: splitParagraphs(text) };
}

/** Texts from a folder; null when the folder does not exist. Each file is read once. */
export function openTexts(dir: string): Texts | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const read = new Map<string, ArchivedText | undefined>();
  return {
    where: dir,
    read(name) {
      if (!read.has(name)) {
        const file = path.join(dir, path.basename(name));
        read.set(name, existsSync(file) ? archivedText(readFileSync(file)) : undefined);
      }
      return read.get(name);
    },
  };
}

/** Texts held in memory (tests, fixtures). */
export function textsFrom(files: Readonly<Record<string, Uint8Array | string>>, where = "texts"): Texts {
  return {
    where,
    read(name) {
      const value = files[name];
      if (value === undefined) return undefined;
      return archivedText(typeof value === "string" ? new TextEncoder().encode(value) : value);
    },
  };
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The configured texts folder: ATLAS_TEXTS_DIR, else package.json's `atlas.texts`; undefined when neither is set. */
export function textsDir(): string | undefined {
  const override = process.env["ATLAS_TEXTS_DIR"];
  if (override) return path.resolve(override);
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { atlas?: { texts?: string } };
    return pkg.atlas?.texts ? path.resolve(projectRoot, pkg.atlas.texts) : undefined;
  } catch {
    return undefined;
  }
}

/** The configured texts, or null when no folder is set or it does not exist. */
export function defaultTexts(): Texts | null {
  const dir = textsDir();
  return dir ? openTexts(dir) : null;
}
