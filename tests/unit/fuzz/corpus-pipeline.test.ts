/**
 * Fuzzing the corpus pipeline (fast-check): random and mutated Markdown
 * through buildCorpus never throws, and every diagnostic points at a real
 * place: a file of the input, a line it has, a column within that line (or
 * just past its end). When the content is accepted, its rendered HTML carries
 * no script.
 *
 * Runs are seeded, so CI is reproducible; FUZZ_SEED and FUZZ_RUNS run a longer
 * or different campaign locally, e.g. `FUZZ_RUNS=5000 npx vitest run tests/unit/fuzz`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODES } from "../../../src/corpus/codes.ts";
import { buildCorpus, type ContentFiles, type Diagnostic } from "../../../src/corpus/index.ts";
import { goodFiles } from "../../fixtures/harness.ts";
import { applyMutations, directive, mutation, snippet, yamlGarbage } from "./mutations.ts";

const SEED = Number(process.env["FUZZ_SEED"] ?? 20261121);
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 60);
const options = { seed: SEED, numRuns: RUNS, endOnFailure: false } as const;

const GOOD = goodFiles();
/** Real content files small enough to parse many times (the big sources are covered by the real-content tests). */
const REAL: ContentFiles = (() => {
  const dir = path.resolve("content");
  const files: Record<string, string> = {};
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const name of readdirSync(path.join(dir, folder.name))
      .filter((n) => n.endsWith(".md"))
      .sort()
      .slice(0, 4)) {
      const file = path.join(dir, folder.name, name);
      if (statSync(file).size <= 12_000) files[`${folder.name}/${name}`] = readFileSync(file, "utf8");
    }
  }
  return files;
})();

/** Lines as the parser counts them: \r\n, \r and \n all end a line. */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/u);

/** Why a diagnostic's place is not a real place in the input, if it is not. */
function misplaced(d: Diagnostic, files: ContentFiles): string | undefined {
  const relative = d.file.replace(/^content\//u, "");
  const text = files[relative];
  if (text === undefined) return `file ${d.file} is not in the input`;
  const lines = linesOf(text);
  if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines.length) return `line ${d.line} of ${lines.length}`;
  const length = lines[d.line - 1]?.length ?? 0;
  if (!Number.isInteger(d.column) || d.column < 1 || d.column > length + 1)
    return `column ${d.column} on a line of ${length} characters`;
  if (!(d.code in CODES) || d.message.trim() === "") return `unknown code ${d.code} or empty message`;
  return undefined;
}

/** Strings under keys that hold rendered HTML. */
function renderedHtml(value: unknown, key = ""): string[] {
  if (typeof value === "string") return /html$/iu.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => renderedHtml(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => renderedHtml(v, k));
  return [];
}

/** Builds the corpus and checks every invariant; throws with the offending diagnostic, so fast-check shrinks to it. */
function check(files: ContentFiles): void {
  const { corpus, diagnostics } = buildCorpus(files);
  expect(corpus === null).toBe(diagnostics.length > 0);
  for (const d of diagnostics) {
    const problem = misplaced(d, files);
    if (problem) throw new Error(`${problem}: ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
  }
  for (const html of renderedHtml(corpus?.data)) {
    if (/<script|<iframe|\son\w+=|href="\s*(javascript|data|vbscript):/iu.test(html))
      throw new Error(`script in accepted HTML: ${html}`);
  }
}

const entries = (files: ContentFiles) => Object.keys(files).sort();

describe("the corpus pipeline under fuzzing", () => {
  it("survives mutations of the good fixture's files", () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries(GOOD)), fc.array(mutation, { minLength: 1, maxLength: 6 }), (file, mutations) => {
        check({ ...GOOD, [file]: applyMutations(GOOD[file] ?? "", mutations) });
      }),
      options,
    );
  });

  it("survives mutations of real content files laid over the good fixture", () => {
    expect(entries(REAL).length).toBeGreaterThan(8);
    fc.assert(
      fc.property(fc.constantFrom(...entries(REAL)), fc.array(mutation, { minLength: 1, maxLength: 6 }), (file, mutations) => {
        check({ ...GOOD, [file]: applyMutations(REAL[file] ?? "", mutations) });
      }),
      options,
    );
  });

  it("survives whole files of random directives, YAML garbage and syntax", () => {
    const folder = fc.constantFrom(
      "sources",
      "actors",
      "instruments",
      "votes",
      "events",
      "dimensions",
      "citations",
      "states",
      "nowhere",
    );
    const body = fc.array(fc.oneof(snippet, directive, yamlGarbage), { maxLength: 12 }).map((parts) => parts.join("\n"));
    const frontmatter = fc.option(
      fc.array(yamlGarbage, { maxLength: 5 }).map((lines) => `---\n${lines.join("\n")}\n---\n`),
      { nil: "" },
    );
    const name = fc.constantFrom(
      "fuzz.md",
      "Fuzz Name.md",
      ".md",
      "a.b.md",
      "un-member-states.md",
      "first-source.md",
      "x.txt",
      "deep/er.md",
    );
    fc.assert(
      fc.property(folder, name, frontmatter, body, (dir, file, head, text) => {
        check({ ...GOOD, [`${dir}/${file}`]: `${head}${text}` });
      }),
      options,
    );
  });
});

describe("the location check", () => {
  const diagnostic = (line: number, column: number, file = "content/sources/first-source.md"): Diagnostic => ({
    file,
    line,
    column,
    severity: "error",
    code: "RAW_HTML",
    message: "m",
    hint: "",
  });
  const files = { "sources/first-source.md": "ab\r\ncd\n" };
  it("accepts the places a file has, up to just past a line's end", () => {
    expect([diagnostic(1, 1), diagnostic(1, 3), diagnostic(3, 1)].map((d) => misplaced(d, files))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
  it("rejects lines, columns and files the input does not have", () => {
    expect(
      [diagnostic(0, 1), diagnostic(4, 1), diagnostic(1, 4), diagnostic(1, 0), diagnostic(1, 1, "content/x.md")].map((d) =>
        misplaced(d, files),
      ),
    ).toEqual([
      "line 0 of 3",
      "line 4 of 3",
      "column 4 on a line of 2 characters",
      "column 0 on a line of 2 characters",
      "file content/x.md is not in the input",
    ]);
  });
});

/** Minimal counterexamples the fuzzer found, kept as fixed cases. */
describe("regressions found by fuzzing", () => {
  const withActor = (text: string) => ({ ...GOOD, "actors/coe.md": text });
  it("an alias to an anchor that does not exist is a diagnostic, not a crash", () => {
    expect(() => check(withActor("---\nname: x\nkind: organisation\nx: *a\n---\n"))).not.toThrow();
  });
  it("an alias bomb is a diagnostic, not a crash", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ];
    expect(() => check(withActor(`---\n${bomb.join("\n")}\n---\n`))).not.toThrow();
  });
  it("a YAML error after a stray `}` points at the line it is on", () => {
    expect(() => check(withActor("---\na: 1\n}x\nb: c\n---\n"))).not.toThrow();
  });
});
