/**
 * The W3C Nu Html Checker (vnu.jar from the `vnu-jar` package, on Java)
 * reports no error on any built page. Every page goes through one JVM, over
 * HTTP from the test server, so the Content-Security-Policy is judged against
 * the page's real origin (checked from disk, 'self' would be file: and every
 * script and stylesheet a false warning). Errors fail; warnings are listed in
 * the test's annotations and on the console. No message is filtered out.
 * Where html-validate and this checker disagree, this checker wins.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pagesUnder } from "./templates.ts";

const JAR = createRequire(import.meta.url)("vnu-jar") as string;
const JAVA = process.env["JAVA_HOME"] ? path.join(process.env["JAVA_HOME"], "bin", "java") : "java";
const origin = `http://127.0.0.1:${process.env["E2E_PORT"] ?? 4329}`;

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker once over every target (URLs or files); its JSON report goes to stdout. */
function check(targets: readonly string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    // The checker refuses loopback hosts unless told otherwise; the test server is one.
    const args = [
      "-Dnu.validator.servlet.allow-forbidden-hosts=true",
      "-jar",
      JAR,
      "--format",
      "json",
      "--stdout",
      "--exit-zero-always",
      ...targets,
    ];
    const child = spawn(JAVA, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        resolve((JSON.parse(out) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar exited ${code} without a report: ${err.slice(0, 2000)}`));
      }
    });
  });
}

const describeMessage = (m: VnuMessage) =>
  `${(m.url ?? "").replace(origin, "")}:${m.lastLine ?? "?"} ${m.type}${m.subType ? ` ${m.subType}` : ""}: ${m.message}`;

test("Java is installed for the W3C checker", () => {
  const version = spawnSync(JAVA, ["-version"], { encoding: "utf8" });
  expect(version.status, "no Java: apt-get install -y default-jre-headless (.ci/run does this on CI)").toBe(0);
});

test("the W3C checker finds no error on any built page; warnings are listed", async () => {
  test.setTimeout(15 * 60_000);
  const pages = pagesUnder("w3c");
  // A known-bad page checked in the same run proves the checker and the reading of its report work.
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  const bad = path.join(dir, "bad.html");
  writeFileSync(
    bad,
    '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><pre aria-label="x">a</pre></body></html>\n<script src="/a.js"></script>\n',
  );
  const messages = await check([bad, ...pages.map((p) => new URL(p.url, origin).href)]);
  const [fromBad, fromSite] = [
    messages.filter((m) => m.url?.endsWith("bad.html")),
    messages.filter((m) => !m.url?.endsWith("bad.html")),
  ];
  expect(fromBad.filter((m) => m.type === "error").map((m) => m.message.slice(0, 25))).toEqual([
    "The “aria-label” attribut",
    "Stray start tag “script”.",
    "Cannot recover after last",
  ]);
  const warnings = fromSite.filter((m) => m.type === "info");
  const byMessage = new Map<string, number>();
  for (const w of warnings) byMessage.set(w.message, (byMessage.get(w.message) ?? 0) + 1);
  const listed = [...byMessage].map(([message, count]) => `${count}× ${message}`);
  test.info().annotations.push({
    type: `W3C checker: ${warnings.length} warnings on ${pages.length} pages`,
    description: listed.join("\n"),
  });
  console.log(`W3C checker warnings (${warnings.length}):\n${listed.join("\n")}`);
  expect(fromSite.filter((m) => m.type !== "info").map(describeMessage)).toEqual([]);
});
