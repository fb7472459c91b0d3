/**
 * The stages of one text: the committee vote on a draft and the plenary vote
 * that adopted it. Their tallies differ and are often confused, so pages
 * show them side by side.
 */
import type { Vote } from "../../corpus/index.ts";
import { yearOf } from "../../corpus/dates.ts";

type StageVote = Pick<Vote, "id" | "symbol" | "draft" | "title" | "body" | "date">;

/** Same text at another stage: the draft symbol links them, or the same title at the same session year. */
export function isOtherStage(a: StageVote, b: StageVote): boolean {
  if (a.id === b.id || (a.body === "ga-plenary") === (b.body === "ga-plenary")) return false;
  const [plenary, committee] = a.body === "ga-plenary" ? [a, b] : [b, a];
  if (plenary.draft !== undefined && plenary.draft === committee.symbol) return true;
  return plenary.title === committee.title && yearOf(plenary.date) === yearOf(committee.date);
}

/** The other stages of this vote's text, in date order. */
export function otherStages<V extends StageVote>(vote: StageVote, votes: readonly V[]): V[] {
  return votes.filter((other) => isOtherStage(vote, other)).sort((a, b) => a.date.localeCompare(b.date));
}
