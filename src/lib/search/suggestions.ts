/**
 * What the empty search page offers: queries drawn from the corpus (the
 * records most claims are about), one spelt with a typo to show it is
 * forgiven, and a few filtered views.
 */
import type { ClaimSubject, Corpus } from "../../corpus/index.ts";
import type { SearchState } from "./types.ts";

export interface Suggestion {
  label: string;
  state: SearchState;
}

function mostClaimedAbout<T extends { id: string }>(corpus: Corpus, subject: ClaimSubject, records: readonly T[]): T | undefined {
  let best: { record: T; count: number } | undefined;
  for (const record of records) {
    const count = corpus.claimsAbout(subject, record.id).length;
    if (!best || count > best.count) best = { record, count };
  }
  return best?.record;
}

/** "Budapest" → "Budpest": one letter dropped from the middle. */
function misspelt(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at) + word.slice(at + 1);
}

export function suggestedQueries(corpus: Corpus): Suggestion[] {
  const plain = (q: string): Suggestion => ({ label: q, state: { q, filters: {} } });
  const instrument = mostClaimedAbout(corpus, "instruments", corpus.instruments());
  const vote = mostClaimedAbout(corpus, "votes", corpus.votes());
  const state = mostClaimedAbout(corpus, "actors", corpus.states());
  const body = mostClaimedAbout(
    corpus,
    "actors",
    corpus.actors().filter((a) => a.kind !== "state"),
  );
  const dimension = mostClaimedAbout(corpus, "dimensions", corpus.dimensions());
  const word = instrument?.shortName.split(" ")[0];
  return [
    ...(instrument ? [plain(instrument.shortName)] : []),
    ...(vote ? [plain(vote.symbol)] : []),
    ...(state ? [plain(state.name)] : []),
    ...(body ? [plain(body.shortName ?? body.name)] : []),
    ...(dimension ? [plain(dimension.title)] : []),
    ...(word && word.length >= 6 ? [plain(misspelt(word))] : []),
  ];
}

/** The symbol of the vote most claims are about, to show that symbols work. */
export function exampleSymbol(corpus: Corpus): string {
  return mostClaimedAbout(corpus, "votes", corpus.votes())?.symbol ?? "A/RES/74/247";
}

export function suggestedViews(corpus: Corpus): Suggestion[] {
  const views: Suggestion[] = [{ label: "All votes", state: { q: "", filters: { type: "vote" } } }];
  if (corpus.claims().some((c) => c.verdict?.status === "inaccurate")) {
    views.push({ label: "Claims found inaccurate", state: { q: "", filters: { type: "claim", verdict: "inaccurate" } } });
  }
  views.push({ label: "Predictions", state: { q: "", filters: { type: "claim", kind: "prediction" } } });
  return views;
}
