/**
 * The gates' coverage table (tests/e2e/quality/templates.ts) names every page
 * template: a route added under src/pages/ without a row fails here, before
 * any browser test runs, and a row whose route was removed fails too.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GATES, TEMPLATES } from "../../e2e/quality/templates.ts";

const PAGES = path.resolve("src/pages");

function pageTemplates(): string[] {
  return readdirSync(PAGES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".astro"))
    .map((entry) => path.relative(PAGES, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

describe("the gates' coverage table", () => {
  it("has one row for every page template under src/pages, and none for a template that is gone", () => {
    const files = TEMPLATES.map((t) => t.file);
    expect(pageTemplates().length).toBeGreaterThan(20);
    expect(pageTemplates().filter((file) => !files.includes(file))).toEqual([]);
    expect(files.filter((file) => !pageTemplates().includes(file))).toEqual([]);
    expect(new Set(files).size).toBe(files.length);
  });

  it("gives a reason for every exemption, and exempts only from gates that exist", () => {
    for (const template of TEMPLATES) {
      for (const [gate, reason] of Object.entries(template.exempt ?? {})) {
        expect(Object.keys(GATES), template.file).toContain(gate);
        expect(reason.length, `${template.file}: ${gate}`).toBeGreaterThan(20);
      }
    }
  });
});
