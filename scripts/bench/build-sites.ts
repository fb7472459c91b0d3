/**
 * The sites the build benchmark compares, each written into a fresh folder:
 * the project with a synthetic corpus; the peer a user would pick instead,
 * Astro's own content layer over the same Markdown; and a plain Astro site of
 * trivial pages. All three have the same number of pages and the same
 * `build.concurrency`.
 */
import { cp, mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { syntheticCorpus, writeContent } from "./synthetic-corpus.ts";

/**
 * The real content/ with a synthetic corpus of `claims` claims laid over it.
 * The real records stay because some pages are built around them (the
 * comparison pairs name real instruments) and the build refuses to drop a
 * published id; the synthetic records bring the size.
 */
export async function writeProjectContent(claims: number, realContentDir: string, dir: string): Promise<void> {
  await cp(realContentDir, dir, { recursive: true });
  await writeContent(await syntheticCorpus({ claims }, realContentDir), dir);
}

/** A bare Astro project in `dir` reusing this repository's Astro through a node_modules symlink (nothing is installed). */
async function writeAstroProject(dir: string, repoRoot: string, name: string, config: string): Promise<void> {
  await mkdir(path.join(dir, "src/pages"), { recursive: true });
  await symlink(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  await writeFile(path.join(dir, "package.json"), `${JSON.stringify({ name, private: true, type: "module" }, null, 2)}\n`);
  await writeFile(path.join(dir, "astro.config.mjs"), config);
}

const astroConfig = (concurrency: number, lines: string[] = []) =>
  [
    ...lines,
    "export default {",
    '  site: "https://peer.example",',
    '  trailingSlash: "always",',
    `  build: { format: "directory", concurrency: ${concurrency} },`,
    "  devToolbar: { enabled: false },",
    '  cacheDir: "./.astro-cache",',
    ...(lines.length > 0 ? ["  markdown: { remarkPlugins: [remarkDirective], gfm: true, smartypants: false },"] : []),
    "};",
    "",
  ].join("\n");

/** A route of `count` trivial pages at /<prefix>-<n>/, as any site of that size would generate them. */
const trivialRoute = (count: number, prefix: string) =>
  [
    "---",
    "export function getStaticPaths() {",
    `  return Array.from({ length: ${count} }, (_, i) => ({ params: { id: \`${prefix}-\${i}\` } }));`,
    "}",
    "const { id } = Astro.params;",
    "---",
    "",
    '<html lang="en">',
    '  <head><meta charset="utf-8" /><title>Page {id}</title></head>',
    "  <body><h1>Page {id}</h1><p>A trivial page, one of many.</p></body>",
    "</html>",
    "",
  ].join("\n");

/** A plain Astro site of `pages` trivial pages: one dynamic route. */
export async function writePlainSite(pages: number, dir: string, repoRoot: string, concurrency: number): Promise<void> {
  await writeAstroProject(dir, repoRoot, "plain-astro", astroConfig(concurrency));
  await writeFile(path.join(dir, "src/pages/[id].astro"), trivialRoute(pages, "page"));
}

/**
 * The content-layer peer: every Markdown file of `contentDir` (the same files
 * the project builds from) as an entry of one `glob()` collection, parsed by
 * Astro's Markdown pipeline with the project's remark plugins (GFM and
 * directives; Astro reads the frontmatter itself), one page per entry
 * rendered with `render()`, and trivial pages up to `pages` in all. It has no
 * schema, checks and cross-references: what it costs is Astro's floor for
 * this Markdown.
 */
export async function writeContentLayerSite(
  pages: number,
  contentDir: string,
  dir: string,
  repoRoot: string,
  concurrency: number,
): Promise<{ entries: number }> {
  await writeAstroProject(
    dir,
    repoRoot,
    "content-layer-peer",
    astroConfig(concurrency, ['import remarkDirective from "remark-directive";']),
  );
  await cp(contentDir, path.join(dir, "content"), { recursive: true });
  const entries = (await readdir(path.join(dir, "content"), { recursive: true })).filter(
    (name) => name.endsWith(".md") && name !== "README.md",
  ).length;
  await writeFile(
    path.join(dir, "src/content.config.ts"),
    [
      'import { defineCollection } from "astro:content";',
      'import { glob } from "astro/loaders";',
      "",
      'const records = defineCollection({ loader: glob({ pattern: ["**/*.md", "!README.md"], base: "./content" }) });',
      "export const collections = { records };",
      "",
    ].join("\n"),
  );
  await mkdir(path.join(dir, "src/pages/records"), { recursive: true });
  await writeFile(
    path.join(dir, "src/pages/records/[...id].astro"),
    [
      "---",
      'import { getCollection, render } from "astro:content";',
      "export async function getStaticPaths() {",
      '  const entries = await getCollection("records");',
      "  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      "}",
      "const { entry } = Astro.props;",
      "const { Content } = await render(entry);",
      "---",
      "",
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>{entry.id}</title></head>',
      "  <body><h1>{entry.id}</h1><Content /></body>",
      "</html>",
      "",
    ].join("\n"),
  );
  await writeFile(path.join(dir, "src/pages/[id].astro"), trivialRoute(Math.max(0, pages - entries), "page"));
  return { entries };
}
