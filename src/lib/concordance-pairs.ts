/**
 * The pairs of instruments that get a concordance page: the six pairs the
 * comparison already has (in their order), then every other pair whose
 * concordance has a row, oldest instrument first.
 */
import { concordance, type Corpus } from "../corpus/index.ts";
import { PAIRS } from "./compare/pairs.ts";

export function concordancePagePairs(corpus: Corpus): [string, string][] {
  const ids = corpus.instruments().map((i) => i.id);
  const exists = (id: string) => ids.includes(id);
  const pairs: [string, string][] = PAIRS.filter(([a, b]) => exists(a) && exists(b)).map(([a, b]) => [a, b]);
  const taken = new Set(pairs.map(([a, b]) => [a, b].sort().join("|")));
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => {
      if (!taken.has([a, b].sort().join("|")) && concordance(corpus, a, b).length > 0) pairs.push([a, b]);
    }),
  );
  return pairs;
}
