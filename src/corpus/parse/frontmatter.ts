import type { Root } from "mdast";
import type { VFile } from "vfile";
import { isMap, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import { report, type Point } from "../diagnostics.ts";

export type PathSegment = string | number;

export interface Frontmatter {
  data: unknown;
  /** Where a field (or the nearest field that exists) is written, for diagnostics. */
  placeOf: (path: readonly PathSegment[]) => Point;
}

/**
 * Reads the YAML frontmatter, keeping positions so that every schema problem
 * can point at its line. Returns null (after reporting) when there is none or
 * it does not parse.
 */
export function readFrontmatter(tree: Root, file: VFile): Frontmatter | null {
  const node = tree.children[0];
  if (node?.type !== "yaml") {
    report(file, "FRONTMATTER_MISSING", "the file has no YAML frontmatter", { line: 1, column: 1 });
    return null;
  }
  const yamlNode = node;
  // Content starts on the line after the opening `---`.
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const text = yamlNode.value;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // Positions come from the text itself: yaml's LineCounter misses newlines inside error tokens.
  const lineStarts = [0, ...[...text.matchAll(/\n/gu)].map((m) => (m.index ?? 0) + 1)];
  const toPoint = (offset: number): Point => {
    const at = Math.max(0, Math.min(offset, text.length));
    let line = lineStarts.length - 1;
    while (line > 0 && (lineStarts[line] ?? 0) > at) line -= 1;
    return { line: firstLine + line, column: at - (lineStarts[line] ?? 0) + 1 };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(file, "YAML_SYNTAX", `YAML syntax error: ${firstSentence(error.message)}`, toPoint(error.pos[0]));
    }
    return null;
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Unresolved or runaway aliases only fail when the document is converted.
    report(file, "YAML_SYNTAX", `YAML error: ${firstSentence((error as Error).message)}`, { line: firstLine, column: 1 });
    return null;
  }
  const placeOf = (path: readonly PathSegment[]): Point => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const prefix = path.slice(0, depth);
      const found = depth === 0 ? doc.contents : (doc.getIn(prefix, true) as YamlNode | undefined);
      const keyOffset = depth > 0 ? keyRange(doc.contents, prefix) : undefined;
      if (keyOffset !== undefined) return toPoint(keyOffset);
      if (found && typeof found === "object" && "range" in found && found.range) return toPoint(found.range[0]);
    }
    return { line: firstLine, column: 1 };
  };
  return { data, placeOf };
}

/** The offset of the key for `path` (so a diagnostic points at `kind:` rather than its value). */
function keyRange(root: unknown, path: readonly PathSegment[]): number | undefined {
  let node: unknown = root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(segment));
      if (!pair) return undefined;
      if (i === path.length - 1) {
        const key = pair.key as { range?: [number, number, number] } | null;
        return key?.range?.[0];
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined;
      if (i === path.length - 1) return item?.range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function firstSentence(message: string): string {
  return message.split("\n")[0]?.replace(/\.$/u, "") ?? message;
}
