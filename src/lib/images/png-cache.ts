/**
 * Rasterised PNGs kept between builds, keyed by a hash of what makes them:
 * the SVG, the scale and the rasteriser's version. Rasterising was half of a
 * build of the real content (profiled: 11.7 of 24.4 s), and an unchanged
 * chart or card gives the same SVG, so a rebuild reads its PNG back instead.
 * Misses are drawn by the rasteriser it is given: in a build, the raster
 * pool's worker threads (raster-pool.ts), which use every core where Astro's
 * page rendering uses one.
 * Entries the last build did not use are deleted, so the cache holds one
 * build's images at most.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** Draws the PNG of an SVG at a scale (RasterPool.render, in a build). */
export type Rasterise = (svg: string, scale: number) => Promise<Buffer>;

const RESVG_VERSION = (createRequire(import.meta.url)("@resvg/resvg-js/package.json") as { version: string }).version;

export class PngCache {
  readonly #dir: string | undefined;
  readonly #rasterise: Rasterise;
  readonly #used = new Set<string>();
  hits = 0;
  misses = 0;

  /** `dir` undefined: nothing is kept (every PNG is rendered). */
  constructor(dir: string | undefined, rasterise: Rasterise) {
    this.#dir = dir;
    this.#rasterise = rasterise;
  }

  static key(svg: string, scale: number): string {
    return createHash("sha256").update(`resvg ${RESVG_VERSION} scale ${scale}\n`).update(svg).digest("hex");
  }

  async png(svg: string, scale: number): Promise<Buffer> {
    const key = PngCache.key(svg, scale);
    this.#used.add(`${key}.png`);
    const file = this.#dir ? path.join(this.#dir, `${key}.png`) : undefined;
    if (file) {
      const kept = await readFile(file).catch(() => undefined);
      if (kept) {
        this.hits += 1;
        return kept;
      }
    }
    this.misses += 1;
    const png = await this.#rasterise(svg, scale);
    if (file && this.#dir) {
      await mkdir(this.#dir, { recursive: true });
      // Written under a temporary name first, so that a build stopped half-way leaves no truncated PNG to reuse.
      await writeFile(`${file}.${process.pid}.tmp`, png);
      await rename(`${file}.${process.pid}.tmp`, file);
    }
    return png;
  }

  /** Deletes the entries this build did not use. */
  async prune(): Promise<number> {
    if (!this.#dir) return 0;
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    const stale = names.filter((name) => !this.#used.has(name));
    await Promise.all(stale.map((name) => rm(path.join(this.#dir ?? "", name), { force: true })));
    return stale.length;
  }
}
