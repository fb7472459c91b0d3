import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { VFile } from "vfile";

/**
 * The one Markdown parser of the corpus. The Astro build, `npm run check` and
 * the tests all come through here, so a file means the same thing everywhere.
 */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkDirective).use(remarkGfm);

export function parseMarkdown(file: VFile): Root {
  return parser.parse(file);
}
