import type { AstroIntegration } from "astro";
import { formatDiagnostics, loadCorpus } from "../corpus/index.ts";

/**
 * Validates content before Astro renders anything, so a content error stops
 * the build with every problem listed as `content/file.md:LINE:COL …`.
 */
export default function corpusIntegration(): AstroIntegration {
  return {
    name: "atlas-corpus",
    hooks: {
      "astro:config:setup": async ({ logger }) => {
        const { corpus, diagnostics } = await loadCorpus();
        if (!corpus) {
          throw new Error(`The content has ${diagnostics.length} error(s):\n${formatDiagnostics(diagnostics)}`);
        }
        logger.info(`corpus ${corpus.version}: ${corpus.claims().length} claims, ${corpus.sources().length} sources`);
      },
    },
  };
}
