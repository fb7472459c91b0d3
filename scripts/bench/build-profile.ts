/**
 * Summarises a V8 CPU profile (node --cpu-prof) of a build: where the time
 * goes, by function (self time) and by module (inclusive time: a module
 * counts once per sample in which it is anywhere on the stack).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `src/corpus/load.ts`, `node_modules/micromark`, or `node:internal` for the rest. */
function moduleOf(url: string, root: string): string {
  if (url === "") return "(native)";
  const file = url.replace(/^file:\/\//u, "").split("?")[0] ?? url;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(file);
  if (inModules) return `node_modules/${inModules[1]}`;
  if (file.startsWith(root)) return path.relative(root, file);
  return file.startsWith("node:") ? "node:internal" : file;
}

export function summariseProfile(file: string, root: string, top = 20): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfTime) {
    total += micros;
    const frame = nodes.get(id)?.callFrame;
    const name = `${frame?.functionName || "(anonymous)"} ${moduleOf(frame?.url ?? "", root)}:${(frame?.lineNumber ?? 0) + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const module = moduleOf(nodes.get(at)?.callFrame.url ?? "", root);
      if (!seen.has(module)) {
        seen.add(module);
        byModule.set(module, (byModule.get(module) ?? 0) + micros);
      }
    }
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, micros]) =>
          `  ${(micros / 1e6).toFixed(1).padStart(7)} s ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`,
      );
  return [
    `profile ${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled`,
    "by function (self time):",
    ...rows(byFunction),
    "by module (inclusive):",
    ...rows(byModule),
  ].join("\n");
}

/** The largest profile in a folder: the main thread's (worker threads write their own, smaller ones). */
export function mainProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  return files.map((f) => path.join(dir, f)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
}
