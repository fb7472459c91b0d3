import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The shared folder (seeds, reference data) sits beside the checkout; SHARED_DIR overrides. */
export function sharedDir(): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  return process.env["SHARED_DIR"] ?? path.resolve(root, "../shared");
}

export function seedsDir(): string {
  return path.join(sharedDir(), "seeds");
}

export function referenceDir(): string {
  return path.join(sharedDir(), "reference");
}

export function hasShared(): boolean {
  return existsSync(seedsDir()) && existsSync(referenceDir());
}
