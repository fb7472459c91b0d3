import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type { CorpusData } from "../../src/corpus/index.ts";

const distDir = process.env["E2E_DIST"] ?? "dist";

/** The corpus as published with the build under test. */
export function publishedCorpus(): CorpusData {
  return JSON.parse(readFileSync(path.join(distDir, "data/corpus.json"), "utf8")) as CorpusData;
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Opens a page in a fresh context and records console errors, failed or
 * 4xx/5xx requests, and any request that leaves this origin.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const origin = new URL(process.env["E2E_BASE"] ?? `http://127.0.0.1:${process.env["E2E_PORT"] ?? 4329}`).origin;
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(error.message));
  page.on("request", (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith("data:") && new URL(requestUrl).origin !== origin) problems.foreignRequests.push(requestUrl);
  });
  page.on("requestfailed", (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? "failed"})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems, close: () => context.close() };
}
