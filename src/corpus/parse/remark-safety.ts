import type { Root } from "mdast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { isSafeUrl } from "../schema/common.ts";
import { isClosed, isDirective, startOf } from "./directives.ts";

export interface SafetyOptions {
  /** Directive names this file type accepts, e.g. { container: ["claim"], leaf: ["verdict"] }. */
  container?: readonly string[];
  leaf?: readonly string[];
}

/**
 * Rejects what content must never carry: raw HTML, script URLs, directives
 * the file type does not know, and containers left open. We reject rather
 * than sanitise, so an author learns at once and nothing changes silently.
 */
export function remarkSafety(options: SafetyOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree as Node, (node: Node) => {
      if (node.type === "html") {
        report(file, "RAW_HTML", "raw HTML is not allowed in content", startOf(node));
      }
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && "url" in node) {
        const url = String(node.url);
        if (!isSafeUrl(url)) report(file, "URL_UNSAFE", `unsafe link URL "${url}"`, startOf(node));
      }
      if (isDirective(node)) {
        const allowed =
          node.type === "containerDirective" ? options.container : node.type === "leafDirective" ? options.leaf : undefined;
        if (!allowed?.includes(node.name)) {
          const kind = node.type === "containerDirective" ? ":::" : node.type === "leafDirective" ? "::" : ":";
          report(file, "DIRECTIVE_UNKNOWN", `unknown directive \`${kind}${node.name}\` in this file`, startOf(node));
        } else if (node.type === "containerDirective" && !isClosed(node, file)) {
          report(file, "DIRECTIVE_UNCLOSED", `\`:::${node.name}\` is never closed`, startOf(node));
        }
      }
    });
  };
}
