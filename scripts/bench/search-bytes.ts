/**
 * What a file costs on the wire when served compressed. serve-dist sends
 * files as they are, so the benchmark compresses each transferred file
 * itself: gzip -9 and brotli -11, as a host serving precompressed files would.
 * A file that is gzip already (Pagefind writes its index and WebAssembly that
 * way, and its script decompresses them) is sent as it is, in every column.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const cache = new Map<string, Promise<Sizes>>();

/** The file serve-dist answers a URL with (directory URLs serve index.html; the query string is ignored). */
export function fileOf(dist: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.join(dist, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
  return existsSync(file) ? file : path.join(dist, "404.html");
}

export function compressedSize(dist: string, url: string): Promise<Sizes> {
  const file = fileOf(dist, url);
  let sizes = cache.get(file);
  if (!sizes) {
    sizes = readFile(file).then((bytes) =>
      bytes[0] === 0x1f && bytes[1] === 0x8b
        ? { raw: bytes.length, gzip: bytes.length, brotli: bytes.length }
        : {
            raw: bytes.length,
            gzip: gzipSync(bytes, { level: 9 }).length,
            brotli: brotliCompressSync(bytes, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
            }).length,
          },
    );
    cache.set(file, sizes);
  }
  return sizes;
}
