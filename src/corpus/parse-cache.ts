/**
 * The incremental parse cache. Parsing Markdown is most of a corpus build
 * (micromark alone takes about 6 s of 9 at 10,000 claims), and files do not
 * depend on each other until the cross-checks, so each file's parse is kept
 * under a hash of the parser's code, the file's path and its content. A build
 * then parses only the files that changed; the cross-checks and the quote
 * check always run on the whole corpus.
 *
 *   const cache = await ParseCache.open(dir);          // dir: persist between processes; omit to keep it in memory
 *   const { corpus } = buildCorpus(files, { cache });  // reuses every unchanged file's parse
 *   cache.stats;                                       // { parsed, reused } of the last build
 *   await cache.save();                                // writes the entries the last build used (no-op without dir)
 *
 * The dev server keeps one cache for its life; `astro build` persists it in
 * Astro's cacheDir (node_modules/.astro), so a rebuild re-parses only what
 * changed. A cached parse gives the same corpus as a fresh one (tested).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { VFile } from "vfile";
import type { Code } from "./codes.ts";
import { report } from "./diagnostics.ts";
import { extractFile, type FileParse } from "./load.ts";
import { RECORD_TABLES, type Extracted } from "./parse/extracted.ts";

export const CACHE_FILE = "atlas-parse-cache.bin";

interface Entry {
  parse: FileParse;
  /** Problems the parse itself reported; later ones (cross-checks of one build) are dropped before reuse. */
  parseMessages: number;
}

/** An entry as stored on disk: the records without their VFile, and the parse's problems. */
interface StoredEntry {
  fragment: Extracted;
  messages: { reason: string; line: number; column: number; code: Code }[];
}

export class ParseCache {
  #entries = new Map<string, Entry>();
  #stored = new Map<string, StoredEntry>();
  #used = new Set<string>();
  readonly #file: string | undefined;
  stats = { parsed: 0, reused: 0 };

  private constructor(file: string | undefined) {
    this.#file = file;
  }

  /** A cache kept in memory only (the dev server, watch mode, tests). */
  static memory(): ParseCache {
    return new ParseCache(undefined);
  }

  /** A cache persisted in `dir`; starts empty when the file is absent, unreadable or from other code. */
  static async open(dir: string): Promise<ParseCache> {
    const cache = new ParseCache(path.join(dir, CACHE_FILE));
    try {
      const stored = deserialize(await readFile(path.join(dir, CACHE_FILE))) as {
        code: string;
        entries: Map<string, StoredEntry>;
      };
      if (stored.code === codeVersion()) cache.#stored = stored.entries;
    } catch {
      // No cache yet, or one this code cannot read: parse everything.
    }
    return cache;
  }

  /** The parses of these files, in order: reused when the content is unchanged, parsed otherwise. */
  parseAll(files: Readonly<Record<string, string>>, relatives: readonly string[]): FileParse[] {
    this.stats = { parsed: 0, reused: 0 };
    this.#used = new Set();
    return relatives.map((relative) => {
      const content = files[relative] ?? "";
      const key = keyOf(relative, content);
      this.#used.add(key);
      const entry = this.#entries.get(key) ?? this.#revive(key, relative, content);
      if (entry) {
        entry.parse.file.messages.length = entry.parseMessages;
        this.stats.reused += 1;
        return entry.parse;
      }
      const parse = extractFile(relative, content);
      this.#entries.set(key, { parse, parseMessages: parse.file.messages.length });
      this.stats.parsed += 1;
      return parse;
    });
  }

  /** Writes the entries the last build used, so deleted and superseded versions do not accumulate. */
  async save(): Promise<void> {
    if (!this.#file) return;
    const entries = new Map<string, StoredEntry>();
    for (const key of this.#used) {
      const entry = this.#entries.get(key);
      if (entry) entries.set(key, store(entry));
    }
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, serialize({ code: codeVersion(), entries }));
    await rename(temporary, this.#file);
  }

  /** Drops entries no longer used (the dev server calls this after each build to bound memory). */
  prune(): void {
    for (const key of this.#entries.keys()) if (!this.#used.has(key)) this.#entries.delete(key);
    this.#stored.clear();
  }

  #revive(key: string, relative: string, content: string): Entry | undefined {
    const stored = this.#stored.get(key);
    if (!stored) return undefined;
    const file = new VFile({ path: `content/${relative}`, value: content });
    for (const m of stored.messages) report(file, m.code, m.reason, { line: m.line, column: m.column });
    for (const table of RECORD_TABLES) for (const located of stored.fragment[table]) located.file = file;
    const entry = { parse: { fragment: stored.fragment, file }, parseMessages: file.messages.length };
    this.#entries.set(key, entry);
    return entry;
  }
}

function store(entry: Entry): StoredEntry {
  const { fragment, file } = entry.parse;
  const bare = { ...fragment };
  for (const table of RECORD_TABLES)
    (bare[table] as unknown[]) = fragment[table].map((located) => ({ ...located, file: undefined }));
  const messages = file.messages.slice(0, entry.parseMessages).map((m) => ({
    reason: m.reason,
    line: m.line ?? 1,
    column: m.column ?? 1,
    code: (m.ruleId ?? "FIELD_INVALID") as Code,
  }));
  return { fragment: bare, messages };
}

function keyOf(relative: string, content: string): string {
  return createHash("sha256").update(codeVersion()).update("\0").update(relative).update("\0").update(content).digest("hex");
}

let code: string | undefined;

/**
 * A hash of the corpus code and the locked dependencies: a persisted parse
 * is only reused by the code that made it.
 */
function codeVersion(): string {
  if (code) return code;
  const hash = createHash("sha256");
  const corpusDir = path.dirname(fileURLToPath(import.meta.url));
  try {
    const sources = readdirSync(corpusDir, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts"))
      .sort();
    for (const name of sources) hash.update(name).update(readFileSync(path.join(corpusDir, name)));
    hash.update(readFileSync(path.join(corpusDir, "../../package-lock.json")));
  } catch {
    // Bundled away from its sources: a per-process key still keeps the memory cache correct.
    hash.update(`process-${process.pid}-${Date.now()}`);
  }
  code = hash.digest("hex");
  return code;
}
