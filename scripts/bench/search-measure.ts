/**
 * Measures one search page in headless Chromium: the first query typed on a
 * fresh page (time to the first result, and what was transferred until it
 * appeared), then a fixed list of queries typed one key at a time (latency
 * from each keydown to the results of that keystroke being in the DOM), with
 * a Chromium trace for the longest main-thread task.
 *
 * Page contract: `#search-input`, and `[data-search-results]` whose
 * data-query is the query its content answers, results being `a[data-result]`.
 */
import type { Browser, Page } from "@playwright/test";
import { compressedSize } from "./search-bytes.ts";

export interface Figures {
  /** From the first keydown to the first result in the DOM, ms (median of runs). */
  firstResult: number;
  /** Transferred before the first result: files, and their sizes raw, gzip -9 and brotli -11 (bytes). */
  requests: number;
  raw: number;
  gzip: number;
  brotli: number;
  /** Per-keystroke latency over the query list, ms. */
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  /** Keystrokes (of those measured) during which an index file was requested; files fetched while typing, and how long one took (ms). */
  fetchingKeystrokes: number;
  fetches: number;
  fetchP50: number;
  fetchP95: number;
  /** The same list typed again on the same page (index pieces already fetched), when measured. */
  again?: { p50: number; p95: number };
  /**
   * Longest task on the page's main thread while typing (trace), wall clock
   * and on-CPU (thread time: what the task itself cost, without the time a
   * busy machine kept the thread waiting), and the tasks over 50 ms the Long
   * Tasks API reported while typing.
   */
  longestTask: number;
  longestTaskCpu: number;
  longTasks: number;
  /** The same while the page loaded, before the first keystroke: its first layout, not the search. */
  longestLoadTask: number;
  longestLoadTaskCpu: number;
  /** The same for worker threads, ms (0 when there is none). */
  longestWorkerTask: number;
  longestWorkerTaskCpu: number;
}

interface BenchWindow {
  __bench: { keys: number[]; renders: { q: string; t: number }[]; firstResult: number | null; longTasks: number[] };
}

/** Runs in the page: records keydowns, each newly rendered query, the first result and long tasks. */
function instrument(): void {
  const bench: BenchWindow["__bench"] = { keys: [], renders: [], firstResult: null, longTasks: [] };
  (window as unknown as BenchWindow).__bench = bench;
  document.addEventListener("keydown", () => bench.keys.push(performance.now()), true);
  const results = document.querySelector<HTMLElement>("[data-search-results]");
  if (!results) throw new Error("no [data-search-results] on the page");
  let last = results.dataset["query"];
  new MutationObserver(() => {
    const now = performance.now();
    if (results.dataset["query"] !== last) bench.renders.push({ q: (last = results.dataset["query"]) ?? "", t: now });
    if (bench.firstResult === null && results.querySelector("a[data-result]")) bench.firstResult = now;
  }).observe(results, { attributes: true, childList: true, subtree: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => bench.longTasks.push(e.duration))).observe({
    type: "longtask",
    buffered: true,
  });
}

const bench = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** First query on a fresh page: time to first result and the files that finished loading before it. */
async function firstQuery(browser: Browser, url: string, dist: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: { url: string; end: number }[] = [];
  // Worker requests are reported on the context.
  context.on("requestfinished", (request) => {
    const timing = request.timing();
    finished.push({ url: request.url(), end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : Date.now() });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(instrument);
  await page.click("#search-input");
  await page.keyboard.type(query);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstResult !== null, undefined, {
    timeout: 120_000,
  });
  const { keys, firstResult } = await bench(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const firstAt = origin + (firstResult ?? 0);
  const urls = [...new Set(finished.filter((f) => f.end <= firstAt).map((f) => f.url))];
  const sizes = await Promise.all(urls.map((u) => compressedSize(dist, u)));
  await context.close();
  return {
    firstResult: (firstResult ?? NaN) - (keys[0] ?? NaN),
    requests: urls.length,
    raw: sizes.reduce((n, s) => n + s.raw, 0),
    gzip: sizes.reduce((n, s) => n + s.gzip, 0),
    brotli: sizes.reduce((n, s) => n + s.brotli, 0),
  };
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  ts: number;
  args?: { name?: string; data?: { url?: string; message?: string }; beginData?: { url?: string } };
}

/**
 * The trace's events, one per line as Chromium writes them, read line by line:
 * a trace of a few minutes of typing (Pagefind's, above all) is larger than
 * the longest string Node can hold (512 MiB), so it is never decoded whole.
 * Only the events read here are kept.
 */
function* eventsOf(trace: Buffer): Generator<TraceEvent> {
  const wanted = /"(?:ph":"M"|name":"(?:RunTask|ThreadControllerImpl::RunTask|TimeStamp)"|url":)/u;
  for (let start = 0; start < trace.length;) {
    const end = trace.indexOf(10, start);
    const line = trace
      .toString("utf8", start, end === -1 ? trace.length : end)
      .trim()
      .replace(/,$/u, "");
    start = end === -1 ? trace.length : end + 1;
    if (line.startsWith("{") && line.endsWith("}") && wanted.test(line)) yield JSON.parse(line) as TraceEvent;
  }
}

/** Written into the trace (console.timeStamp) when typing starts: tasks before it belong to the page load. */
const TYPING_MARK = "atlas-bench-typing";

type Longest = { wall: number; cpu: number };

/**
 * Longest top-level task on the page's main thread and on its workers, ms.
 * Headless Chromium runs other renderers (its own WebUI pages), so only the
 * process that parsed a page of `origin` counts.
 */
function longestTasks(trace: Buffer, origin: string): { load: Longest; main: Longest; worker: Longest } {
  const traceEvents = [...eventsOf(trace)];
  const threads = new Map<string, string>();
  for (const e of traceEvents) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const ours = new Set(
    traceEvents
      .filter(
        (e) =>
          (e.args?.beginData?.url ?? e.args?.data?.url ?? "").startsWith(origin) &&
          threads.get(`${e.pid}:${e.tid}`) === "CrRendererMain",
      )
      .map((e) => e.pid),
  );
  const typing = traceEvents.find((e) => e.name === "TimeStamp" && e.args?.data?.message === TYPING_MARK)?.ts;
  if (typing === undefined) throw new Error(`the trace has no "${TYPING_MARK}" mark`);
  const longest = { load: { wall: 0, cpu: 0 }, main: { wall: 0, cpu: 0 }, worker: { wall: 0, cpu: 0 } };
  for (const e of traceEvents) {
    if (
      !ours.has(e.pid) ||
      e.ph !== "X" ||
      (e.name !== "RunTask" && e.name !== "ThreadControllerImpl::RunTask") ||
      e.dur === undefined
    )
      continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? "";
    const main = e.ts + e.dur <= typing ? longest.load : longest.main;
    const kind = thread === "CrRendererMain" ? main : /Worker/u.test(thread) ? longest.worker : undefined;
    if (!kind) continue;
    kind.wall = Math.max(kind.wall, e.dur / 1000);
    kind.cpu = Math.max(kind.cpu, (e.tdur ?? 0) / 1000);
  }
  return longest;
}

/** The query list typed one key at a time, each key waiting for its own results. */
async function typingSession(browser: Browser, url: string, queries: readonly string[], twice: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(instrument);
  await page.evaluate((mark) => console.timeStamp(mark), TYPING_MARK);
  await page.click("#search-input");
  // Index files fetched while typing (JSON only: the page, scripts and styles are loaded by then), how long
  // each took, and how many keystrokes had to wait for one.
  let keystroke = -1;
  let count = 0;
  const fetchedDuring = new Set<number>();
  const fetchTimes: number[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(".json")) fetchedDuring.add(keystroke);
  });
  context.on("requestfinished", (request) => {
    const timing = request.timing();
    if (new URL(request.url()).pathname.endsWith(".json") && timing.responseEnd >= 0) fetchTimes.push(timing.responseEnd);
  });
  const rendered = (value: string) =>
    page.waitForFunction((v) => document.querySelector<HTMLElement>("[data-search-results]")?.dataset["query"] === v, value, {
      timeout: 120_000,
      polling: 5,
    });
  let fetching = 0;
  const typeAll = async () => {
    const latencies: number[] = [];
    for (const query of queries) {
      await page.fill("#search-input", "");
      await rendered("");
      for (let i = 1; i <= query.length; i += 1) {
        const value = query.slice(0, i);
        const before = (await bench(page)).keys.length;
        keystroke = count++;
        await page.keyboard.type(query[i - 1] ?? "");
        await rendered(value);
        keystroke = -1;
        // Keystrokes that leave fewer than two characters search nothing, in both approaches.
        if (value.trim().length < 2) continue;
        if (fetchedDuring.has(count - 1)) fetching += 1;
        const { keys, renders } = await bench(page);
        latencies.push((renders.at(-1)?.t ?? NaN) - (keys[before] ?? NaN));
      }
    }
    return latencies;
  };
  const latencies = await typeAll();
  const firstPass = { fetching, fetchTimes: [...fetchTimes] };
  const again = twice ? await typeAll() : undefined;
  const { longTasks } = await bench(page);
  const trace = await browser.stopTracing();
  await context.close();
  const tasks = longestTasks(trace, new URL(url).origin);
  return {
    keystrokes: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    fetchingKeystrokes: firstPass.fetching,
    fetches: firstPass.fetchTimes.length,
    fetchP50: percentile(firstPass.fetchTimes, 50),
    fetchP95: percentile(firstPass.fetchTimes, 95),
    ...(again ? { again: { p50: percentile(again, 50), p95: percentile(again, 95) } } : {}),
    longestTask: tasks.main.wall,
    longestTaskCpu: tasks.main.cpu,
    longestLoadTask: tasks.load.wall,
    longestLoadTaskCpu: tasks.load.cpu,
    longTasks: longTasks.length,
    longestWorkerTask: tasks.worker.wall,
    longestWorkerTaskCpu: tasks.worker.cpu,
  };
}

/** `twice`: type the list a second time on the same page, to separate fetching from the rest. */
export async function measure(
  browser: Browser,
  url: string,
  dist: string,
  first: string,
  queries: readonly string[],
  runs = 3,
  twice = false,
): Promise<Figures> {
  const firsts = [];
  for (let run = 0; run < runs; run += 1) firsts.push(await firstQuery(browser, url, dist, first));
  firsts.sort((a, b) => a.firstResult - b.firstResult);
  const median = firsts[Math.floor(firsts.length / 2)] ?? firsts[0];
  if (!median) throw new Error("no run");
  return { ...median, ...(await typingSession(browser, url, queries, twice)) };
}
