// `npm run test:stress [-- --runs N] [-- <playwright args>]`: the browser suite
// three times (or N) against one build, with two CPU-bound processes running
// beside it all along, as on a 2-core machine where other work shares the
// CPU. Passes only with 0 failures in every run; prints each run's counts.
// It builds first; STRESS_BUILD=0 reuses an existing dist/.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const at = args.indexOf("--runs");
const runs = at >= 0 ? Number(args[at + 1]) : 3;
const playwrightArgs = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number, not ${args[at + 1]}`);

process.env.ATLAS_TEXTS_DIR ??= "../shared/seeds";
if (!existsSync("dist/index.html") || process.env.STRESS_BUILD !== "0") {
  console.log("$ astro build");
  if (spawnSync("npx", ["astro", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}

// Busy loops in their own processes: the load the suite must hold under.
const burners = [1, 2].map(() =>
  spawn(process.execPath, ["-e", "for (;;) { Math.sqrt(Math.random()); }"], { stdio: "ignore" }),
);
const stopBurners = () => burners.forEach((b) => b.kill("SIGKILL"));
process.on("exit", stopBurners);
process.on("SIGINT", () => process.exit(130));

const report = (run) => path.join(tmpdir(), `atlas-stress-${process.pid}-${run}.json`);
const results = [];
for (let run = 1; run <= runs; run += 1) {
  console.log(`\n$ playwright test ${playwrightArgs.join(" ")} (run ${run} of ${runs}, two CPU-bound processes beside it)`);
  const started = Date.now();
  const status = spawnSync("npx", ["playwright", "test", "--reporter=dot,json", ...playwrightArgs], {
    stdio: ["ignore", "inherit", "inherit"],
    // Outside test-results/, which every Playwright run empties.
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report(run) },
  }).status;
  let stats = { expected: 0, unexpected: 1, flaky: 0 };
  try {
    stats = JSON.parse(readFileSync(report(run), "utf8")).stats;
  } catch {
    // No report: counted as one failure.
  }
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  results.push({ run, passed: stats.expected, failed, seconds: Math.round((Date.now() - started) / 1000) });
}
stopBurners();

console.log("");
for (const r of results) console.log(`run ${r.run}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(failed === 0 ? `stress: ${runs} runs, 0 failures` : `stress: ${failed} failure(s) in ${runs} runs`);
process.exit(failed === 0 ? 0 : 1);
