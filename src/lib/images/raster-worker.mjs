// A worker thread of the raster pool (raster-pool.ts). Plain JavaScript
// because Node 20 starts a worker from a file it can run as it is, and the
// build has no TypeScript loader for it. Both halves of rasterising run
// here, resvg's render and its PNG encoding: the encoding is synchronous,
// and on the main thread it held up page rendering (7.4 s of a 10,000-claim
// build's main thread, profiled).
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

parentPort?.on("message", (/** @type {{ id: number, svg: string, options: object }} */ job) => {
  try {
    const png = new Resvg(job.svg, job.options).render().asPng();
    parentPort?.postMessage({ id: job.id, png });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
