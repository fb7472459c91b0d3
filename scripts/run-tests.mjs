// `npm test`: every suite, then one line `N passed, N failed` summed over all
// of them. Unit and fixture tests (Vitest), a build of the real content, and
// the browser tests (Playwright on the system Chromium). A missing Chromium is
// a failure with instructions, never a silent skip.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

// Every quote is verified against the archived texts; here (and in CI) they are the shared seeds beside the checkout.
process.env.ATLAS_TEXTS_DIR ??= "../shared/seeds";

const results = [];
mkdirSync("test-results", { recursive: true });

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// 1. Unit, fixture and reference cross-check tests.
rmSync("test-results/unit.json", { force: true });
const unitStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"]);
const unit = readJson("test-results/unit.json");
if (unit) {
  results.push({ suite: "unit", passed: unit.numPassedTests, failed: unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0), skipped: unit.numPendingTests + unit.numTodoTests });
} else {
  results.push({ suite: "unit", passed: 0, failed: 1, skipped: 0 });
}

// 2. The site builds from the real content (fails on any content error).
const buildStatus = run("npx", ["astro", "build"]);
results.push({ suite: "build", passed: buildStatus === 0 ? 1 : 0, failed: buildStatus === 0 ? 0 : 1, skipped: 0 });

// 3. Browser tests against the built site.
const chrome = [process.env.CHROME_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
if (!chrome) {
  console.error("\nBrowser tests FAILED: no Chromium found. Set CHROME_PATH, or install Debian's Chromium: apt-get update && apt-get install -y chromium");
  results.push({ suite: "e2e", passed: 0, failed: 1, skipped: 0 });
} else if (buildStatus !== 0) {
  console.error("\nBrowser tests not run: the build failed.");
  results.push({ suite: "e2e", passed: 0, failed: 1, skipped: 0 });
} else {
  rmSync("test-results/e2e.json", { force: true });
  const e2eStatus = run("npx", ["playwright", "test"], { CHROME_PATH: chrome });
  const e2e = readJson("test-results/e2e.json");
  if (e2e?.stats) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    results.push({ suite: "e2e", passed: expected, failed: unexpected + flaky + (e2eStatus !== 0 && unexpected === 0 ? 1 : 0), skipped });
  } else {
    results.push({ suite: "e2e", passed: 0, failed: 1, skipped: 0 });
  }
}

console.log("");
for (const r of results) console.log(`${r.suite}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync("test-results/summary.txt", `${summary}\n`);
console.log(summary);
process.exit(failed > 0 ? 1 : 0);
