/** The benchmark's table: each size, the atlas search against Pagefind and plain fuse.js, and the budgets at 10,000. */
import type { Figures } from "./search-measure.ts";

export interface SizeResult {
  claims: number;
  records: number;
  /** The machine's 1-minute load average before and after measuring this size. */
  load: [number, number];
  atlas: Figures;
  /** Pagefind over the same site, in the same browser session. */
  pagefind: Figures;
  /** Plain fuse.js over full texts. */
  baseline: Figures;
}

/** Budgets at 10,000 records (issue 8). */
export const BUDGETS = { p95: 30, gzipKiB: 300, longestTask: 50 } as const;

const kib = (bytes: number) => bytes / 1024;
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

const ROWS: { label: string; value: (f: Figures) => number; digits?: number }[] = [
  { label: "first keystroke → first result (ms)", value: (f) => f.firstResult },
  { label: "transferred before it, gzip -9 (KiB)", value: (f) => kib(f.gzip) },
  { label: "  brotli -11 (KiB)", value: (f) => kib(f.brotli) },
  { label: "  uncompressed (KiB)", value: (f) => kib(f.raw) },
  { label: "  files", value: (f) => f.requests, digits: 0 },
  { label: "per keystroke p50 (ms)", value: (f) => f.p50 },
  { label: "per keystroke p95 (ms)", value: (f) => f.p95 },
  { label: "per keystroke max (ms)", value: (f) => f.max },
  { label: "  keystrokes that fetched a file", value: (f) => f.fetchingKeystrokes, digits: 0 },
  { label: "  files fetched while typing", value: (f) => f.fetches, digits: 0 },
  { label: "  one file's fetch, p50 (ms)", value: (f) => f.fetchP50 },
  { label: "  one file's fetch, p95 (ms)", value: (f) => f.fetchP95 },
  { label: "  typed again, p50 (ms)", value: (f) => f.again?.p50 ?? NaN },
  { label: "  typed again, p95 (ms)", value: (f) => f.again?.p95 ?? NaN },
  { label: "longest main-thread task typing (ms)", value: (f) => f.longestTask },
  { label: "  on CPU (ms)", value: (f) => f.longestTaskCpu },
  { label: "  tasks > 50 ms (Long Tasks API)", value: (f) => f.longTasks, digits: 0 },
  { label: "longest task loading the page (ms)", value: (f) => f.longestLoadTask },
  { label: "  on CPU (ms)", value: (f) => f.longestLoadTaskCpu },
  { label: "longest worker task (ms)", value: (f) => f.longestWorkerTask },
  { label: "  on CPU (ms)", value: (f) => f.longestWorkerTaskCpu },
];

export function table(results: SizeResult[]): string {
  const head = [
    "metric",
    ...results.flatMap((r) => [`atlas @${r.claims}`, `Pagefind @${r.claims}`, "÷ atlas", `fuse.js @${r.claims}`, "÷ atlas"]),
  ];
  const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${fixed(b / a)}×` : "–");
  const rows = ROWS.map(({ label, value, digits }) => [
    label,
    ...results.flatMap((r) => {
      const a = value(r.atlas);
      const p = value(r.pagefind);
      const b = value(r.baseline);
      return [fixed(a, digits), fixed(p, digits), ratio(a, p), fixed(b, digits), ratio(a, b)];
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  const sizes = results
    .map((r) => `${r.claims} claims = ${r.records} search records, load average ${fixed(r.load[0])} → ${fixed(r.load[1])}`)
    .join("; ");
  return [
    line(head),
    line(head.map((_, i) => "-".repeat(widths[i] ?? 0))),
    ...rows.map(line),
    "",
    `(${sizes}; ÷ atlas = the peer's figure divided by the atlas's)`,
  ].join("\n");
}

/** Each budget at the largest size: the figure, the limit, and whether it holds. */
export function budgetLines(result: SizeResult): string[] {
  const { atlas, pagefind } = result;
  const check = (label: string, value: number, limit: number, unit: string) =>
    `${value <= limit ? "PASS" : "FAIL"}  ${label}: ${fixed(value)} ${unit} (budget ≤ ${limit} ${unit})`;
  return [
    check("p95 per keystroke", atlas.p95, BUDGETS.p95, "ms"),
    check("transferred before the first result (gzip)", kib(atlas.gzip), BUDGETS.gzipKiB, "KiB"),
    check("p95 per keystroke against Pagefind's in the same run", atlas.p95, Number(fixed(pagefind.p95)), "ms"),
    check(
      "transferred before the first result (gzip) against Pagefind's in the same run",
      kib(atlas.gzip),
      Number(fixed(kib(pagefind.gzip))),
      "KiB",
    ),
    `${atlas.longTasks === 0 ? "PASS" : "FAIL"}  main-thread tasks over ${BUDGETS.longestTask} ms while typing, as the browser's Long Tasks API reports them: ${atlas.longTasks} (budget 0)`,
    check("longest main-thread task while typing, from the trace", atlas.longestTask, BUDGETS.longestTask, "ms"),
    check("longest main-thread task while typing, on CPU", atlas.longestTaskCpu, BUDGETS.longestTask, "ms"),
    check("longest main-thread task loading /search/", atlas.longestLoadTask, BUDGETS.longestTask, "ms"),
    check("longest main-thread task loading /search/, on CPU", atlas.longestLoadTaskCpu, BUDGETS.longestTask, "ms"),
  ];
}
