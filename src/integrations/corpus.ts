import type { AstroIntegration } from "astro";
import { ContentError, formatDiagnostics, getCorpus } from "../corpus/index.ts";

/**
 * Validates content before Astro renders anything, so a content error stops
 * the build with every problem listed as `content/file.md:LINE:COL …`.
 */
export default function corpusIntegration(): AstroIntegration {
  return {
    name: "atlas-corpus",
    hooks: {
      "astro:config:setup": async ({ logger }) => {
        // The pages reuse this parse (getCorpus shares it across module instances).
        const corpus = await getCorpus().catch((error: unknown) => {
          if (!(error instanceof ContentError)) throw error;
          throw new Error(`The content has ${error.diagnostics.length} error(s):\n${formatDiagnostics(error.diagnostics)}`);
        });
        logger.info(`corpus ${corpus.version}: ${corpus.claims().length} claims, ${corpus.sources().length} sources`);
      },
    },
  };
}
