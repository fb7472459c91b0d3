import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { outputClock, removeStaleOutput, writeIfChanged } from "../../../src/integrations/build-output.ts";

let out = "";
afterEach(() => rmSync(out, { recursive: true, force: true }));

function file(relative: string, body = relative, ageSeconds = 0): void {
  const full = path.join(out, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, body);
  if (ageSeconds > 0) {
    const then = Date.now() / 1000 - ageSeconds;
    utimesSync(full, then, then);
  }
}

describe("rebuilding over the previous output", () => {
  it("deletes what the build did not write or keep, and the folders left empty, and nothing else", async () => {
    out = mkdtempSync(path.join(tmpdir(), "atlas-output-"));
    file("claims/gone/index.html", "old page", 60);
    file("claims/gone/cite.bib", "old citation", 60);
    file("claims/kept/cite.bib", "unchanged citation", 60);
    file(".git/HEAD", "deploy checkout", 60);
    const { since, empty } = await outputClock(out);
    expect(empty).toBe(false);
    file("claims/kept/index.html", "new page");
    file("index.html", "new home");
    const removed = await removeStaleOutput(out, since, new Set(["claims/kept/cite.bib"]));
    expect(removed.sort()).toEqual(["claims/gone/cite.bib", "claims/gone/index.html"]);
    expect(existsSync(path.join(out, "claims/gone"))).toBe(false);
    for (const kept of ["claims/kept/cite.bib", "claims/kept/index.html", "index.html", ".git/HEAD"])
      expect(existsSync(path.join(out, kept)), kept).toBe(true);
    expect((await outputClock(out)).since).toBeGreaterThanOrEqual(since);
    expect(await removeStaleOutput(path.join(out, "missing"), since, new Set())).toEqual([]);
    // A folder that holds nothing but a deploy checkout has nothing stale in it; a missing one is made.
    rmSync(path.join(out, "claims"), { recursive: true });
    rmSync(path.join(out, "index.html"));
    expect((await outputClock(out)).empty).toBe(true);
    expect((await outputClock(path.join(out, "new"))).empty).toBe(true);
  });

  it("writes a file only when its content differs, leaving an unchanged file's time alone", async () => {
    out = mkdtempSync(path.join(tmpdir(), "atlas-output-"));
    file("a.txt", "same", 60);
    const before = statSync(path.join(out, "a.txt")).mtimeMs;
    expect(writeIfChanged(path.join(out, "a.txt"), "same")).toBe(false);
    expect(statSync(path.join(out, "a.txt")).mtimeMs).toBe(before);
    expect(writeIfChanged(path.join(out, "a.txt"), "different")).toBe(true);
    expect(readFileSync(path.join(out, "a.txt"), "utf8")).toBe("different");
    expect(writeIfChanged(path.join(out, "new.txt"), "fresh")).toBe(true);
    expect(readFileSync(path.join(out, "new.txt"), "utf8")).toBe("fresh");
  });
});
