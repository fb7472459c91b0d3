/**
 * The two sites the build benchmark compares, each written into a fresh
 * folder: the project with a synthetic corpus, and a plain Astro site with
 * the same number of pages.
 */
import { cp, mkdir, symlink, writeFile } from "node:fs/promises";
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

/**
 * A plain Astro site of `pages` trivial pages: one dynamic route, as any site
 * of that size would generate them, reusing this repository's Astro through a
 * node_modules symlink (nothing is installed).
 */
export async function writePlainSite(pages: number, dir: string, repoRoot: string): Promise<void> {
  await mkdir(path.join(dir, "src/pages"), { recursive: true });
  await symlink(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  await writeFile(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: "plain-astro", private: true, type: "module" }, null, 2)}\n`,
  );
  await writeFile(
    path.join(dir, "astro.config.mjs"),
    `export default {\n  site: "https://plain.example",\n  trailingSlash: "always",\n  build: { format: "directory" },\n  devToolbar: { enabled: false },\n  cacheDir: "./.astro-cache",\n};\n`,
  );
  await writeFile(
    path.join(dir, "src/pages/[id].astro"),
    [
      "---",
      "export function getStaticPaths() {",
      `  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`page-\${i}\` } }));`,
      "}",
      "const { id } = Astro.params;",
      "---",
      "",
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>Page {id}</title></head>',
      "  <body><h1>Page {id}</h1><p>A trivial page, one of many.</p></body>",
      "</html>",
      "",
    ].join("\n"),
  );
}
