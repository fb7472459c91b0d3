/**
 * html-validate (config: .htmlvalidate.json) reports no error on any built
 * page. JSON has no comments, so every rule the config relaxes must have its
 * reason here; a relaxation without one fails the test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { DIST_DIR, shard } from "./built-site.ts";
import { pagesUnder } from "./templates.ts";

/** Why each relaxed rule is relaxed. */
const RELAXED: Record<string, string> = {
  "long-title":
    "Titles carry official names of bodies and instruments (the UN 'Open-ended Working Group on developments in the field of " +
    "information and telecommunications in the context of international security') and claim paraphrases, which readers " +
    "paste into memos; shortening them would misname the record, while a search engine truncating them is harmless.",
  "form-dup-name":
    "Kept as an error, but checkboxes may share a name as radios do: a set of checkboxes with one name is how HTML " +
    "expresses a multi-valued field (the comparison's `with` columns), and the rule's default treats only radios as a group.",
  "no-trailing-whitespace":
    "The pages are generated, not hand-written: line-end spaces come from the template compiler and from the citation " +
    "formats shown in <pre>, where RIS requires them (its end-of-record line is `ER  - `). They change nothing a reader sees.",
};

const SHARDS = 4;
/**
 * Loaded explicitly: html-validate looks for its config upwards from each
 * page, and a build outside the repository (E2E_DIST=/tmp/…) would otherwise
 * be validated against no rules at all.
 */
const config = JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as ConfigData;

test("the config extends the recommended rules, and every rule it relaxes has a written reason", async () => {
  expect(config.extends).toContain("html-validate:recommended");
  expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(RELAXED).sort());
  const duplicateId =
    '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p id="a"></p><p id="a"></p></body></html>';
  const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(duplicateId, "check.html");
  expect(report.results[0]?.messages.map((m) => m.ruleId)).toEqual(["no-dup-id"]);
});

shard(pagesUnder("html-validate"), SHARDS).forEach((pages, i) => {
  test(`html-validate finds no error, shard ${i + 1}/${SHARDS} (${pages.length} pages)`, async () => {
    test.setTimeout(5 * 60_000);
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(DIST_DIR, page.file));
      for (const result of report.results) {
        for (const m of result.messages)
          errors.push(`${page.file}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${m.selector ?? ""})`);
      }
    }
    expect(errors).toEqual([]);
  });
});
