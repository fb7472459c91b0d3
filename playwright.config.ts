import { defineConfig } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "./tests/e2e/chromium.ts";

const port = Number(process.env["E2E_PORT"] ?? 4329);
const distDir = process.env["E2E_DIST"] ?? "dist";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env["CI"] ? 2 : 4,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${distDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
