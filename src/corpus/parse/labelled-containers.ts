import type { RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { toString } from "mdast-util-to-string";

/**
 * A container's `[label]` arrives as its first paragraph, flagged by
 * remark-directive; split it from the body.
 */
export function splitLabel(node: ContainerDirective): { label: string; body: RootContent[] } {
  const [first, ...rest] = node.children;
  const isLabel = first?.type === "paragraph" && first.data?.directiveLabel === true;
  return isLabel ? { label: toString(first).trim(), body: rest } : { label: "", body: node.children };
}
