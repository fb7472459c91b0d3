/**
 * The author's loop under `astro dev`: an edit to a content file shows on
 * its page without a restart, a content error shows in Astro's error overlay
 * with file:line:col, code and hint, and fixing it brings the page back.
 * Runs on a temporary copy of content/ (ATLAS_CONTENT_DIR), never the real one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const port = Number(process.env["E2E_DEV_PORT"] ?? Number(process.env["E2E_PORT"] ?? 4329) + 10);
const origin = `http://127.0.0.1:${port}`;
const SOURCE = "sources/hakmeh-peters-2020-cfr.md";
const CLAIM = "hakmeh-peters-resolution-passed-dec-27";

let dir: string;
let server: ChildProcess;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-dev-"));
  cpSync("content", path.join(dir, "content"), { recursive: true });
  server = spawn("npx", ["astro", "dev", "--port", String(port), "--host", "127.0.0.1"], {
    env: { ...process.env, ATLAS_CONTENT_DIR: path.join(dir, "content"), ASTRO_CACHE_DIR: path.join(dir, "cache") },
    detached: true,
    stdio: "ignore",
  });
  for (let tries = 0; tries < 240; tries += 1) {
    const ok = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not answer on ${origin}`);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

function edit(change: (text: string) => string): void {
  const file = path.join(dir, "content", SOURCE);
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

test("an edit shows live, an error shows in the overlay, and a fix recovers", async ({ page }) => {
  await page.goto(`${origin}/claims/${CLAIM}/`);
  const paraphrase = page.locator(".paraphrase");
  await expect(paraphrase).toContainText("Despite strong opposition");

  // 1. A paraphrase edit reaches the open page by itself. The claim is
  // published, so the edit comes with its entry in the corrections log, as an
  // author's would (without one the overlay shows CORRECTION_MISSING).
  writeFileSync(
    path.join(dir, "content", "corrections.yaml"),
    `- date: 2026-12-02\n  claim: ${CLAIM}\n  changed: [paraphrase]\n  note: The paraphrase was reworded.\n`,
  );
  edit((text) => text.replace("Despite strong opposition", "Despite live-edited opposition"));
  await expect(paraphrase).toContainText("Despite live-edited opposition", { timeout: 15_000 });

  // 2. An invalid claim kind: the overlay names the file, line, column, code and hint.
  const original = readFileSync(path.join(dir, "content", SOURCE), "utf8");
  const line = original.split("\n").findIndex((l) => l.includes(`{#${CLAIM} kind=fact`)) + 1;
  edit((text) => text.replace(`{#${CLAIM} kind=fact`, `{#${CLAIM} kind=fakt`));
  const overlay = page.locator("vite-error-overlay");
  await expect(overlay).toBeVisible({ timeout: 15_000 });
  await expect(overlay).toContainText("FIELD_INVALID");
  await expect(overlay).toContainText(`hakmeh-peters-2020-cfr.md:${line}:`);
  await expect(overlay).toContainText("Correct the value");

  // 3. The fix brings the page back, no restart, and the overlay is gone. (The
  // page first, then the overlay: a reload in flight also has no overlay for a moment.)
  edit((text) => text.replace(`{#${CLAIM} kind=fakt`, `{#${CLAIM} kind=fact`));
  await expect(paraphrase).toContainText("Despite live-edited opposition", { timeout: 15_000 });
  await expect(overlay).toHaveCount(0);
});
