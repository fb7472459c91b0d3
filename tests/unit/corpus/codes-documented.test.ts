import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODES } from "../../../src/corpus/codes.ts";
import { badCaseNames, badCase } from "../../fixtures/harness.ts";

const guide = readFileSync("content/README.md", "utf8");

describe("the authors' guide", () => {
  for (const code of Object.keys(CODES)) {
    it(`documents ${code} with a bad example and its fix`, () => {
      const section = guide.split(`### \`${code}\``)[1]?.split("### ")[0] ?? "";
      expect(section, `no section for ${code}`).not.toBe("");
      expect(section).toContain("Bad:");
      expect(section).toContain("Fix:");
    });
  }

  it("every code except build-time permalink checks has a bad-input fixture", () => {
    const covered = new Set(badCaseNames().flatMap((name) => badCase(name).expected.map((line) => line.split(" ")[2])));
    const uncovered = Object.keys(CODES).filter(
      (code) => !covered.has(code) && !["PERMALINK_REMOVED", "REDIRECT_INVALID"].includes(code),
    );
    expect(uncovered).toEqual([]);
  });
});
