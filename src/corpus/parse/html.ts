import type { Nodes as MdastNodes, PhrasingContent, RootContent } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "mdast-util-to-string";

/**
 * Renders authored Markdown to HTML without Astro's Markdown pipeline. Raw
 * HTML never reaches here: the safety pass rejects it with a diagnostic, and
 * mdast-util-to-hast drops any `html` node by default.
 */
export function renderHtml(nodes: readonly RootContent[]): string {
  const root: MdastNodes = { type: "root", children: [...nodes] };
  return toHtml(toHast(root));
}

export function renderInline(nodes: readonly PhrasingContent[]): string {
  return renderHtml([{ type: "paragraph", children: [...nodes] }]).replace(/^<p>|<\/p>$/gu, "");
}

export function plainText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => toString(node))
    .join("\n\n")
    .trim();
}
