/**
 * Rasterising on worker threads, so that a build can draw its PNGs while
 * Astro renders pages on the main thread: at 10,000 claims the 754 PNGs of a
 * cold build took 22.8 s after the pages, and the pages leave most of the
 * second core idle. Each worker renders and encodes (raster-worker.mjs);
 * the options, and so the pixels, are the synchronous rasteriser's.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { rasterOptions } from "./raster.ts";

interface Job {
  id: number;
  svg: string;
  options: object;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}
type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

export class RasterPool {
  readonly #size: number;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  readonly #running = new Map<Worker, Job>();
  #next = 0;
  #closed = false;

  /** Workers start on the first job, at most `size` of them. */
  constructor(size = availableParallelism()) {
    this.#size = Math.max(1, size);
  }

  get size(): number {
    return this.#size;
  }

  /** The PNG of `svg` at `scale`, as `svgToPng` draws it. */
  render(svg: string, scale: number): Promise<Buffer> {
    if (this.#closed) return Promise.reject(new Error("the raster pool is closed"));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: (this.#next += 1), svg, options: rasterOptions(svg, scale), resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops the workers; jobs not yet finished fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error("the raster pool closed before this PNG was drawn"));
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? this.#spawn();
      if (!worker) return;
      const job = this.#queue.shift() as Job;
      this.#running.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, svg: job.svg, options: job.options });
    }
  }

  #spawn(): Worker | undefined {
    if (this.#workers.length >= this.#size) return undefined;
    const worker = new Worker(new URL("./raster-worker.mjs", import.meta.url));
    worker.on("message", (reply: Reply) => {
      const job = this.#running.get(worker);
      this.#running.delete(worker);
      if (job?.id === reply.id) {
        if ("error" in reply) job.reject(new Error(`resvg could not rasterise an SVG: ${reply.error}`));
        else job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      }
      // Only a worker with a job holds the process open: a build that fails elsewhere still exits.
      worker.unref();
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on("error", (error) => {
      const job = this.#running.get(worker);
      this.#running.delete(worker);
      job?.reject(error);
      this.#workers.splice(this.#workers.indexOf(worker), 1);
      this.#dispatch();
    });
    this.#workers.push(worker);
    return worker;
  }
}
