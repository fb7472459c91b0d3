/**
 * fast-check arbitraries that break content files the way authors (and
 * editors, and merges) do: characters and lines inserted, deleted and
 * duplicated, directives of every shape, YAML garbage in the frontmatter.
 * Positions are drawn as naturals and taken modulo the text's length, so a
 * failure shrinks to a small edit.
 */
import fc from "fast-check";

/** Pieces of Markdown, directive, YAML and Unicode syntax: the characters parsers branch on. */
const FRAGMENTS = [
  ":",
  "::",
  ":::",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "#",
  '"',
  "'",
  "=",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "  ",
  "-",
  "---",
  ">",
  "> ",
  "|",
  "| --- |",
  "<",
  "<b>",
  "<!--",
  "-->",
  "!",
  "`",
  "```",
  "*",
  "_",
  "\\",
  "&",
  "&#9;",
  "&#0;",
  "&amp;",
  "\u0000",
  "\u0001",
  "é",
  "😀",
  "\u00a0",
  "\ufeff",
  "\u2028",
  "\u0301",
  "0",
  "1",
  "2019-13-45",
  "2020-02-30",
  "yes",
  "null",
  "~",
  "&a",
  "*a",
  "!!str",
  "? ",
  "- ",
  "%",
  "@",
  "https://",
  "javascript:",
  "[x](y)",
  "{#x}",
  "#id",
  "kind=fact",
  "para=0",
  'cites="',
  "}",
  "\\:",
  "::verdict",
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
/** A short run of fragments. */
export const snippet = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));

const DIRECTIVE_NAMES = ["claim", "verdict", "event", "dimension", "positions", "parties", "note", "x", "", "claim-x", "CLAIM"];
const ATTRIBUTES = [
  "#new-id",
  "#",
  "#Bad_Id",
  "kind=fact",
  "kind=opinion",
  "para=1",
  "para=-3",
  "para=x",
  "as-of=2020",
  "as-of=2020-13",
  "status=consistent",
  "status=outdated",
  'cites="un-a-res-74-247"',
  'cites="nope"',
  'actors="rus usa"',
  'actors="zzz"',
  'votes="a-res-74-247"',
  "date=2019-12-27",
  "lane=un",
  "lane=moon",
  'sources="first-source"',
  "since=2021",
  "revises=plenary-vote-tally",
  'dimensions="illegal-access"',
  'x="unclosed',
  "=",
  ".class",
  "a=b=c",
];

const attributes = fc
  .array(fc.constantFrom(...ATTRIBUTES), { maxLength: 5 })
  .map((list) => (list.length > 0 ? `{${list.join(" ")}}` : ""));
const label = fc.option(
  snippet.map((s) => `[${s.replace(/\n/gu, " ")}]`),
  { nil: "" },
);

/** A directive of any of the three kinds, well or badly formed, with a body of random lines. */
export const directive = fc
  .record({
    kind: fc.constantFrom(":::", "::", ":", "::::"),
    name: fc.constantFrom(...DIRECTIVE_NAMES),
    label,
    attributes,
    body: fc.array(fc.oneof(snippet, fc.constantFrom("> a quote", "Paraphrase.", "| state | vote |", "| RUS | yes |", "")), {
      maxLength: 4,
    }),
    closed: fc.boolean(),
  })
  .map(({ kind, name, label: l, attributes: a, body, closed }) => {
    const head = `${kind}${name}${l}${a}`;
    return kind.length >= 3 ? `${head}\n${body.join("\n")}${closed ? `\n${kind}` : ""}\n` : `${head}\n`;
  });

const YAML_GARBAGE = [
  "title: [unclosed",
  "  - - -",
  "key: &a\n  b: *a",
  "? [a, b]\n: c",
  "\tbad: tab",
  "authors: {name: x",
  "published: 2020-99",
  "claims: !!binary AAAA",
  "x: |\n  block",
  "<<: *undefined",
  "%YAML 1.1",
  "'unterminated",
  "{{{{",
  "kind:",
  "- item at root",
  "title:",
  "title: 1",
  "authors: 5",
  "authors:\n  - name:\n    affiliation: [",
  "published: 2020-01-01T00:00:00Z",
  "url: javascript:alert(1)",
  "kind: analysis\nkind: analysis",
  "a:\n b:\n  c:\n   d:\n    e: [[[[[]]]]]",
  "---",
  "...",
  'licence: "\\u0000"',
  'language: "\\uD800"',
];
export const yamlGarbage = fc.oneof(fc.constantFrom(...YAML_GARBAGE), snippet);

export type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "insertLine"; line: number; text: string }
  | { kind: "deleteLine"; line: number }
  | { kind: "duplicateLine"; line: number }
  | { kind: "swapLines"; line: number; other: number }
  | { kind: "frontmatter"; line: number; text: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: snippet }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant("insertLine" as const), line: fc.nat(), text: fc.oneof(snippet, directive) }),
  fc.record({ kind: fc.constant("deleteLine" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("duplicateLine" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swapLines" as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("frontmatter" as const), line: fc.nat(), text: yamlGarbage }),
);

export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split("\n");
  const lineAt = (n: number) => n % Math.max(lines.length, 1);
  switch (m.kind) {
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "delete": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case "duplicate": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at + m.length) + text.slice(at);
    }
    case "insertLine":
      lines.splice(lineAt(m.line), 0, m.text);
      return lines.join("\n");
    case "deleteLine":
      lines.splice(lineAt(m.line), 1);
      return lines.join("\n");
    case "duplicateLine":
      lines.splice(lineAt(m.line), 0, lines[lineAt(m.line)] ?? "");
      return lines.join("\n");
    case "swapLines": {
      const [a, b] = [lineAt(m.line), lineAt(m.other)];
      [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return lines.join("\n");
    }
    case "frontmatter": {
      // Between the opening and closing `---` when there is a frontmatter block, else anywhere.
      const end = lines.indexOf("---", 1);
      const span = end > 0 ? end : lines.length;
      lines.splice(1 + (m.line % Math.max(span, 1)), 0, m.text);
      return lines.join("\n");
    }
  }
}

export const applyMutations = (text: string, mutations: readonly Mutation[]) => mutations.reduce(applyMutation, text);
