/**
 * A claim about a vote, checked against the record of that vote: do the
 * figures it quotes match this tally, another vote's tally, or none? Does it
 * speak of another stage (the committee vote on a plenary page)? The result
 * is shown beside the claim, so a reader sees the discrepancy where it is.
 */
import type { Claim, Tally, Vote } from "../../corpus/index.ts";
import { formatDate } from "../../corpus/dates.ts";
import { formatTally } from "../format.ts";
import { VOTE_BODY_LABELS } from "../labels.ts";
import { figuresIn, formatFigures, stagesNamed, type NamedStage, type QuotedFigures } from "./quoted-figures.ts";
import { otherStages } from "./stages.ts";

export type VoteRef = Pick<Vote, "id" | "symbol" | "url" | "body" | "date" | "tally" | "title" | "draft">;
type ClaimWords = Pick<Claim, "id" | "quote" | "text">;

export interface FigureCheck {
  figures: Omit<QuotedFigures, "text">;
  /** Where the claim gives these figures. */
  where: ("quote" | "paraphrase")[];
  verdict: "matches" | "other-vote" | "no-match";
  /** The votes whose tally these figures are (never this vote when the verdict is other-vote). */
  matching: VoteRef[];
}

export interface StageCheck {
  /** The stage the claim names instead of this vote's. */
  named: NamedStage;
  /** The vote at that stage of the same text, when the record has it. */
  stages: VoteRef[];
}

export interface ClaimRecordCheck {
  claimId: string;
  figures: FigureCheck[];
  stage: StageCheck | null;
  discrepancy: boolean;
}

export function matchesTally(figures: Omit<QuotedFigures, "text">, tally: Tally | null): boolean {
  if (!tally) return false;
  if (figures.yes !== tally.yes) return false;
  if (figures.no !== undefined && figures.no !== tally.no) return false;
  // A part the record does not give cannot contradict the quote.
  return figures.abstain === undefined || tally.abstain === null || figures.abstain === tally.abstain;
}

export function checkClaimAgainstVote(claim: ClaimWords, vote: VoteRef, votes: readonly VoteRef[]): ClaimRecordCheck {
  const figures = collectFigures(claim).map(({ figures: f, where }): FigureCheck => {
    if (matchesTally(f, vote.tally)) return { figures: f, where, verdict: "matches", matching: [vote] };
    const matching = votes.filter((other) => other.id !== vote.id && matchesTally(f, other.tally));
    return { figures: f, where, verdict: matching.length > 0 ? "other-vote" : "no-match", matching };
  });
  const stage = stageCheck(`${claim.quote} ${claim.text}`, vote, votes);
  return { claimId: claim.id, figures, stage, discrepancy: stage !== null || figures.some((f) => f.verdict !== "matches") };
}

/** Figures from the quote and the paraphrase, each distinct tally once. */
function collectFigures(claim: ClaimWords): { figures: Omit<QuotedFigures, "text">; where: ("quote" | "paraphrase")[] }[] {
  const seen = new Map<string, { figures: Omit<QuotedFigures, "text">; where: ("quote" | "paraphrase")[] }>();
  for (const [where, words] of [
    ["quote", claim.quote],
    ["paraphrase", claim.text],
  ] as const)
    for (const { text: _text, ...f } of figuresIn(words)) {
      const key = formatFigures(f);
      const entry = seen.get(key) ?? { figures: f, where: [] };
      if (!entry.where.includes(where)) entry.where.push(where);
      seen.set(key, entry);
    }
  return [...seen.values()];
}

function stageCheck(words: string, vote: VoteRef, votes: readonly VoteRef[]): StageCheck | null {
  const named = stagesNamed(words);
  const isPlenary = vote.body === "ga-plenary";
  // Naming this stage (or, on a committee page, "a committee") is consistent whatever else is named.
  if (named.has(vote.body) || (!isPlenary && named.has("committee"))) return null;
  const [other] = named;
  if (!other) return null;
  const stages = otherStages(vote, votes).filter((s) => (other === "committee" ? s.body !== "ga-plenary" : s.body === other));
  return { named: other, stages };
}

/** Plain text or a link: what the page renders beside the claim. */
export type Segment = string | { href: string; text: string };

const STAGE_WORDS: Record<NamedStage, string> = {
  "ga-first-committee": "First Committee",
  "ga-third-committee": "Third Committee",
  committee: "committee",
  "ga-plenary": "plenary",
};

function tallyOf(vote: VoteRef): string {
  return vote.tally ? formatTally(vote.tally) : "adopted without a vote";
}

function refSegments(vote: VoteRef): Segment[] {
  return [{ href: vote.url, text: vote.symbol }, ` (${VOTE_BODY_LABELS[vote.body]}, ${formatDate(vote.date)}: ${tallyOf(vote)})`];
}

/** One sentence per finding, in words a reader can check against the page. */
export function describeCheck(check: ClaimRecordCheck, vote: VoteRef): Segment[][] {
  const sentences: Segment[][] = check.figures.map((f) => {
    const where =
      f.where.length === 2
        ? "The quote and the paraphrase give"
        : f.where[0] === "quote"
          ? "The quote gives"
          : "The paraphrase gives";
    const figures = formatFigures(f.figures);
    if (f.verdict === "matches") return [`${where} ${figures}, which matches this vote's record (${tallyOf(vote)}).`];
    if (f.verdict === "no-match")
      return [`${where} ${figures}, which matches no vote in the record; this vote was ${tallyOf(vote)}.`];
    return [
      `${where} ${figures}: that is the tally of `,
      ...f.matching.flatMap((m, i) => [...(i > 0 ? [" or "] : []), ...refSegments(m)]),
      `, not of this vote (${tallyOf(vote)}).`,
    ];
  });
  if (check.stage) {
    const stage = STAGE_WORDS[check.stage.named];
    const thisStage = vote.body === "ga-plenary" ? "the plenary vote" : `the ${VOTE_BODY_LABELS[vote.body]} vote`;
    sentences.push([
      `The claim speaks of the ${stage} vote`,
      ...(check.stage.stages.length > 0
        ? [", recorded as ", ...check.stage.stages.flatMap((s, i) => [...(i > 0 ? [" and "] : []), ...refSegments(s)])]
        : []),
      `; this page is ${thisStage} (${tallyOf(vote)}).`,
    ]);
  }
  return sentences;
}
