/**
 * Runs a build as a child process and measures it: wall time, CPU time, and
 * peak memory as the largest sum of resident set sizes over the whole process
 * tree (Astro, its worker threads share the process, esbuild runs beside it),
 * sampled from /proc every 100 ms. CPU time is reported beside wall time
 * because on a shared machine wall time mostly measures the neighbours, and
 * the kernel's share of it (system time) beside both, because deleting and
 * writing tens of thousands of files is kernel work that user time misses.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

export interface Measurement {
  seconds: number;
  /** User plus system CPU time of the process tree (sampled, so the last 100 ms of each process are missed). */
  cpuSeconds: number;
  /** The system (kernel) part of cpuSeconds. */
  systemSeconds: number;
  peakBytes: number;
  /** The machine's 1-minute load average when the build started and when it ended. */
  load: [number, number];
  status: number;
  /** The last lines of output, for a failed build. */
  tail: string;
}

/** Parent pid of every running process. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the parenthesised command (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(Number(entry), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

const TICKS_PER_SECOND = 100;

interface TreeSample {
  rss: number;
  /** CPU ticks by pid: user and system. */
  ticks: Map<number, [number, number]>;
}

function sampleTree(root: number): TreeSample {
  const map = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of map) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const sample: TreeSample = { rss: 0, ticks: new Map() };
  for (const pid of tree) {
    try {
      const kib = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      sample.rss += Number(kib ?? 0) * 1024;
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command.
      sample.ticks.set(pid, [Number(fields[11]), Number(fields[12])]);
    } catch {
      // Gone already.
    }
  }
  return sample;
}

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measurement> {
  // Every build starts with the disk at rest: a build writes tens of thousands of files, and the kernel writing
  // the previous build's out in the background slowed the next one by up to a quarter.
  spawnSync("sync");
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let peakBytes = 0;
    const ticks = new Map<number, [number, number]>();
    const loadBefore = loadavg()[0] ?? 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const sample = sampleTree(child.pid);
      peakBytes = Math.max(peakBytes, sample.rss);
      for (const [pid, t] of sample.ticks) ticks.set(pid, t);
    }, 100);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpuSeconds = [...ticks.values()].reduce((sum, [user, system]) => sum + user + system, 0) / TICKS_PER_SECOND;
      const systemSeconds = [...ticks.values()].reduce((sum, [, system]) => sum + system, 0) / TICKS_PER_SECOND;
      resolve({
        seconds,
        cpuSeconds,
        systemSeconds,
        peakBytes,
        load: [loadBefore, loadavg()[0] ?? 0],
        status: code ?? 1,
        tail: output.split("\n").slice(-25).join("\n"),
      });
    });
  });
}
