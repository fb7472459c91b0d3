// A minimal static server for the built site, used by the browser tests and
// benchmarks: directory URLs serve index.html, unknown paths serve 404.html
// with status 404, and nothing is fetched from anywhere else.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4321);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".ris": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const candidate = path.normalize(path.join(root, clean));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  if (existsSync(index)) return index;
  return undefined;
}

createServer((req, res) => {
  const url = req.url ?? "/";
  const pathname = url.split("?")[0] ?? "/";
  // Directory URLs without a trailing slash redirect, as static hosts do.
  if (!pathname.endsWith("/") && !path.extname(pathname) && existsSync(path.join(root, pathname, "index.html"))) {
    res.writeHead(301, { Location: `${pathname}/` });
    res.end();
    return;
  }
  const file = resolveFile(url);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, "404.html");
  res.writeHead(status, { "Content-Type": TYPES[path.extname(served)] ?? "application/octet-stream" });
  createReadStream(served).pipe(res);
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
