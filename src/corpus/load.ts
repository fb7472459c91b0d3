import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { VFile } from "vfile";
import { report } from "./diagnostics.ts";
import { readActorFile } from "./parse/actor-file.ts";
import { readArticleFile } from "./parse/article-file.ts";
import { readCitationsFile } from "./parse/citations-file.ts";
import { readDimensionsFile } from "./parse/dimensions-file.ts";
import { readEventsFile } from "./parse/events-file.ts";
import { emptyExtracted, RECORD_TABLES, type DeclaredType, type Extracted } from "./parse/extracted.ts";
import { readInstrumentFile } from "./parse/instrument-file.ts";
import { parseMarkdown } from "./parse/processor.ts";
import { remarkSafety, type SafetyOptions } from "./parse/remark-safety.ts";
import { readSourceFile } from "./parse/source-file.ts";
import { readStatesFile, STATES_FILE } from "./parse/states-file.ts";
import { readStatusFile } from "./parse/status-file.ts";
import { readVoteFile } from "./parse/vote-file.ts";
import type { Root } from "mdast";

/** Content files by path relative to the content folder, e.g. `sources/x.md`. */
export type ContentFiles = Readonly<Record<string, string>>;

interface FileKind {
  read(tree: Root, file: VFile, out: Extracted): void;
  directives: SafetyOptions;
}

const KINDS: Record<string, FileKind> = {
  sources: { read: readSourceFile, directives: { container: ["claim"], leaf: ["verdict"] } },
  actors: { read: readActorFile, directives: {} },
  states: { read: readStatesFile, directives: {} },
  instruments: { read: readInstrumentFile, directives: {} },
  status: { read: readStatusFile, directives: {} },
  articles: { read: readArticleFile, directives: {} },
  votes: { read: readVoteFile, directives: { container: ["positions"] } },
  events: { read: readEventsFile, directives: { container: ["event"] } },
  dimensions: { read: readDimensionsFile, directives: { container: ["dimension"] } },
  citations: { read: readCitationsFile, directives: {} },
};

/** Files at the top of content/ that are not records. */
export const NON_RECORD_FILES = new Set(["README.md", "redirects.yaml", "published-ids.json", "corrections.yaml", "published-claims.json"]);

function kindOf(relative: string): FileKind | undefined {
  const parts = relative.split("/");
  if (parts.length !== 2 || !relative.endsWith(".md")) return undefined;
  const [folder, name] = parts;
  if (folder === "actors" && name === STATES_FILE) return KINDS["states"];
  return folder === "states" ? undefined : KINDS[folder ?? ""];
}

/** One content file's parse: its records, the ids it declares, and the problems reported on it. */
export interface FileParse {
  fragment: Extracted;
  file: VFile;
}

/** Parses one content file on its own; files do not depend on each other until `resolve`. */
export function extractFile(relative: string, content: string): FileParse {
  const fragment = emptyExtracted();
  const file = new VFile({ path: `content/${relative}`, value: content });
  const kind = kindOf(relative);
  if (!kind) {
    report(file, "FILE_UNEXPECTED", `"content/${relative}" is not in a content folder this site reads`, { line: 1, column: 1 });
    return { fragment, file };
  }
  const tree = parseMarkdown(file);
  remarkSafety(kind.directives)(tree, file);
  kind.read(tree, file, fragment);
  return { fragment, file };
}

/** The record files of a content folder, in the order they are parsed and merged. */
export function recordFiles(files: ContentFiles): string[] {
  return Object.keys(files)
    .sort()
    .filter((relative) => !NON_RECORD_FILES.has(relative));
}

/** Joins per-file parses, in file order, into what `resolve` reads. */
export function mergeParses(parses: readonly FileParse[]): { extracted: Extracted; vfiles: VFile[] } {
  const extracted = emptyExtracted();
  for (const { fragment } of parses) {
    for (const table of RECORD_TABLES) (extracted[table] as unknown[]).push(...fragment[table]);
    for (const type of Object.keys(extracted.declared) as DeclaredType[])
      for (const id of fragment.declared[type]) extracted.declared[type].add(id);
  }
  return { extracted, vfiles: parses.map((parse) => parse.file) };
}

/** Parses every content file; problems are reported on the returned files. */
export function extractContent(files: ContentFiles): { extracted: Extracted; vfiles: VFile[] } {
  return mergeParses(recordFiles(files).map((relative) => extractFile(relative, files[relative] ?? "")));
}

/** Reads content/ from disk, skipping dotfiles. */
export async function readContentDir(dir: string): Promise<ContentFiles> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, absolute).split(path.sep).join("/");
    files[relative] = await readFile(absolute, "utf8");
  }
  return files;
}
