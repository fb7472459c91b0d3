import { existsSync } from "node:fs";

/** Flags for a headless Chromium on a machine with no network beyond the registries. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

export const INSTALL_HINT =
  "No Chromium found. Set CHROME_PATH to a Chromium or Chrome binary, or install Debian's: `apt-get update && apt-get install -y chromium`.";

/** CHROME_PATH, then Debian's /usr/bin/chromium. Never a downloaded browser. */
export function findChromium(): string | undefined {
  const candidates = [process.env["CHROME_PATH"], "/usr/bin/chromium"].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
