/**
 * Every built page belongs to exactly one template of the gates' coverage
 * table, and every template emits at least one page, so no page type slips
 * past the gates and no row of the table is dead.
 */
import { expect, test } from "@playwright/test";
import { builtPages } from "./built-site.ts";
import { GATES, isUnder, templateOf, TEMPLATES, type Gate } from "./templates.ts";

test("every built page matches one template of the coverage table, and every template has a page", () => {
  const problems: string[] = [];
  const counts = new Map(TEMPLATES.map((t) => [t.file, 0]));
  for (const page of builtPages()) {
    try {
      const template = templateOf(page);
      counts.set(template.file, (counts.get(template.file) ?? 0) + 1);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const template of TEMPLATES)
    if (counts.get(template.file) === 0 && !template.mayBeEmpty) problems.push(`${template.file}: no built page`);
  expect(problems).toEqual([]);
  const gates = Object.keys(GATES) as Gate[];
  test.info().annotations.push({
    type: "coverage (pages per template; gates it is exempt from)",
    description: TEMPLATES.map(
      (t) =>
        `${t.file}: ${counts.get(t.file)} pages${gates.some((g) => !isUnder(t, g)) ? `; not ${gates.filter((g) => !isUnder(t, g)).join(", ")}` : ""}`,
    ).join("\n"),
  });
});
