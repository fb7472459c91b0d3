/**
 * Rebuilds over the previous output instead of emptying it first. Astro
 * empties outDir before every build, and on this project's 53,000 files (at
 * 10,000 claims) deleting them cost more than the build itself; Astro is told
 * not to (`vite.build.emptyOutDir: false`), and this module makes the result
 * the same as an emptied folder's: every file the build did not write is
 * deleted after it. A file counts as written when its modification time is
 * not older than the build's start, or when the build kept it on purpose
 * because its content was already right (the citation files).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Astro keeps a .git folder in outDir (a deploy checkout) when it empties it; so does this. */
const SKIP = new Set([".git"]);

/**
 * The build's start, in the file system's own clock: the modification time
 * of a file written now (the kernel stamps files with a coarse clock that
 * can lag `Date.now()` by a few milliseconds); and whether outDir held
 * nothing of an earlier build, in which case there is nothing stale to look
 * for afterwards (the walk stats every file: 2 s at 10,000 claims).
 */
export async function outputClock(outDir: string): Promise<{ since: number; empty: boolean }> {
  await mkdir(outDir, { recursive: true });
  const empty = (await readdir(outDir)).every((name) => SKIP.has(name));
  const marker = path.join(outDir, `.build-start-${process.pid}`);
  await writeFile(marker, "");
  const { mtimeMs } = await stat(marker);
  await rm(marker);
  return { since: mtimeMs, empty };
}

/**
 * Deletes every file under `outDir` older than `since` that is not in `kept`
 * (paths relative to outDir, with `/`), then every folder left empty; resolves
 * to the relative paths deleted.
 */
export async function removeStaleOutput(outDir: string, since: number, kept: ReadonlySet<string>): Promise<string[]> {
  if (!existsSync(outDir)) return [];
  const removed: string[] = [];
  const walk = async (relative: string): Promise<boolean> => {
    const entries = await readdir(path.join(outDir, relative), { withFileTypes: true });
    let left = entries.length;
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(outDir, child);
      if (!relative && SKIP.has(entry.name)) continue;
      if (entry.isDirectory()) {
        if (await walk(child)) {
          await rmdir(full);
          left -= 1;
        }
      } else if (!kept.has(child) && (await stat(full)).mtimeMs < since) {
        await rm(full);
        removed.push(child);
        left -= 1;
      }
    }
    return left === 0;
  };
  await walk("");
  return removed;
}

/**
 * Writes `body` to `file` unless the file already holds exactly it; returns
 * whether it wrote. Synchronous on purpose: 40,000 citation files written one
 * after another into their 10,000 folders took 1.1 s (CPU 1.1 s), and eight
 * at a time through the thread pool 2.1 to 2.4 s (CPU 3.3 s), because files
 * created at once in one folder wait on its lock (perf: rwsem_spin_on_owner
 * under openat).
 */
export function writeIfChanged(file: string, body: string | Buffer): boolean {
  let existing: Buffer | undefined;
  try {
    existing = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "EISDIR") throw error;
  }
  const next = typeof body === "string" ? Buffer.from(body) : body;
  if (existing?.equals(next)) return false;
  writeFileSync(file, next);
  return true;
}
