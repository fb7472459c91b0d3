import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";
import type { Node } from "unist";
import type { VFile } from "vfile";
import type { Point } from "../diagnostics.ts";
import type { PathSegment } from "./frontmatter.ts";

export type Directive = ContainerDirective | LeafDirective | TextDirective;

export function isDirective(node: Node): node is Directive {
  return node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective";
}

/** A file's lines, split once per file: placing every attribute of every claim re-split it (quadratic in claims per file). */
const linesCache = new WeakMap<VFile, string[]>();

function lineOf(file: VFile, line: number): string {
  let lines = linesCache.get(file);
  if (!lines) {
    lines = String(file.value).split("\n");
    linesCache.set(file, lines);
  }
  return lines[line - 1] ?? "";
}

export function startOf(node: Node): Point {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Attributes as a plain object; `{#x}` arrives as `id`. */
export function attributesOf(node: Directive): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (value !== null && value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * The position of an attribute inside the directive's opening line, so an
 * error points at `kind=…` rather than at the start of the claim.
 */
export function attributePlacer(node: Directive, file: VFile): (path: readonly PathSegment[]) => Point {
  const start = startOf(node);
  const line = lineOf(file, start.line);
  return (path) => {
    const name = String(path[0] ?? "");
    const needle = name === "id" ? "#" : `${name}=`;
    const braces = line.indexOf("{", start.column - 1);
    const at = braces === -1 ? -1 : line.indexOf(needle, braces);
    return at === -1 ? start : { line: start.line, column: at + 1 };
  };
}

/** Where an id sits in a directive's list attribute (`actors="rus chn"`). */
export function placeOfListItem(node: Directive, file: VFile, attribute: string, id: string): Point {
  const start = startOf(node);
  const line = lineOf(file, start.line);
  const attrAt = line.indexOf(`${attribute}=`, start.column - 1);
  if (attrAt === -1) return start;
  const re = new RegExp(`(?<![a-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![a-z0-9-])`, "u");
  const match = re.exec(line.slice(attrAt));
  return match ? { line: start.line, column: attrAt + match.index + 1 } : { line: start.line, column: attrAt + 1 };
}

/**
 * remark-directive lets an unclosed container run to the end of its parent.
 * A closed one ends on a line that is only a colon fence.
 */
export function isClosed(node: ContainerDirective, file: VFile): boolean {
  const endLine = node.position?.end.line;
  if (endLine === undefined) return false;
  const line = lineOf(file, endLine);
  return /^\s*:{3,}\s*$/u.test(line);
}
