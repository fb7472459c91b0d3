// A minimal static server for the built site, used by the browser tests and
// benchmarks: directory URLs serve index.html, unknown paths serve 404.html
// with status 404, and nothing is fetched from anywhere else. Headers come
// from the build's `_headers` file, as on a static host.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
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
  ".xml": "application/xml; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".ris": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * The `_headers` file static hosts read (written by the build): blocks of a
 * URL pattern (`*` matches anything) followed by indented `Name: value` lines.
 */
function readHeaderRules() {
  const file = path.join(root, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/u.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/gu, "\\$&")
          .replace(/\*/gu, ".*")}$`,
        "u",
      );
      rules.push({ pattern, headers: {} });
    } else {
      const at = line.indexOf(":");
      const rule = rules.at(-1);
      if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

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
  const extra = Object.assign({}, ...headerRules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));
  res.writeHead(status, { ...extra, "Content-Type": TYPES[path.extname(served)] ?? "application/octet-stream" });
  createReadStream(served).pipe(res);
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
