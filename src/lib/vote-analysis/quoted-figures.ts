/**
 * Vote figures and voting stages named in a claim's words: "88-58, with 34
 * countries abstaining", "79 to 60 with 33 abstentions", "supported by 88
 * countries", "the UN 3rd committee". Only what the words say is read; a
 * figure is taken as a tally only when vote words stand near it, which keeps
 * dates ("10–14 February") and scores out.
 */

export interface QuotedFigures {
  yes: number;
  no?: number;
  abstain?: number;
  /** The words the figures were read from. */
  text: string;
}

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)";
const DASH = "(?:-|–|—|\\bto\\b)";
const NUMBER = "(\\d{1,3})";
const ABSTAIN = "(?:abstaining|abstentions?|abstained)";

const PATTERNS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => Omit<QuotedFigures, "text"> }[] = [
  {
    // 88 in favour, 55 against(, 29 abstentions)
    pattern: new RegExp(
      `${NUMBER}\\s+(?:votes?\\s+)?in\\s+favou?r,?\\s+(?:and\\s+|to\\s+)?${NUMBER}\\s+(?:votes?\\s+)?against(?:,?\\s+(?:and\\s+|with\\s+)?${NUMBER}\\s+${ABSTAIN})?`,
      "giu",
    ),
    read: (m) => ({ yes: Number(m[1]), no: Number(m[2]), ...(m[3] ? { abstain: Number(m[3]) } : {}) }),
  },
  {
    // 88-58-34, 88-58, with 34 countries abstaining, 88 votes to 58 …, 79 to 60 with 33 abstentions
    pattern: new RegExp(
      `(?<![\\d/.,])${NUMBER}(?:\\s+votes?)?\\s*${DASH}\\s*${NUMBER}(?:\\s*(?:-|–|—)\\s*${NUMBER})?(?![\\d/%])(?!\\s+${MONTH})(?:,?\\s+(?:and|with)\\s+${NUMBER}\\s+(?:countries\\s+|states\\s+|members\\s+)?${ABSTAIN})?`,
      "giu",
    ),
    read: (m) => ({ yes: Number(m[1]), no: Number(m[2]), ...((m[3] ?? m[4]) ? { abstain: Number(m[3] ?? m[4]) } : {}) }),
  },
  {
    // supported by 88 countries; 129 votes in favour
    pattern: new RegExp(
      `(?:(?:supported|backed)\\s+by\\s+${NUMBER}\\s+(?:countries|states|members|nations)|${NUMBER}\\s+(?:votes?\\s+|countries\\s+|states\\s+)?in\\s+favou?r)`,
      "giu",
    ),
    read: (m) => ({ yes: Number(m[1] ?? m[2]) }),
  },
];

const VOTE_WORDS = /\bvot|abstain|abstention|in favou?r|against|adopted|passed|approved|tally|supported|backed/iu;
const WINDOW = 80;

/** Every tally-like figure in the text, in order of appearance, each span read once. */
export function figuresIn(text: string): QuotedFigures[] {
  const taken: [number, number][] = [];
  const found: { at: number; figures: QuotedFigures }[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const figures = read(match);
      if (!plausible(figures)) continue;
      const around = text.slice(Math.max(0, start - WINDOW), end + WINDOW);
      if (!VOTE_WORDS.test(around)) continue;
      taken.push([start, end]);
      found.push({ at: start, figures: { ...figures, text: match[0] } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.figures);
}

function plausible(f: Omit<QuotedFigures, "text">): boolean {
  return f.yes > 0 && f.yes + (f.no ?? 0) + (f.abstain ?? 0) <= 193;
}

export type NamedStage = "ga-first-committee" | "ga-third-committee" | "committee" | "ga-plenary";

const STAGE_PATTERNS: readonly [NamedStage, RegExp][] = [
  ["ga-third-committee", /\b(?:third|3rd)\s+committee\b/iu],
  ["ga-first-committee", /\b(?:first|1st)\s+committee\b/iu],
  ["committee", /\b(?:U\.?N\.?|United Nations|General Assembly)\s+committee\b(?!\s+of\b)/iu],
  ["ga-plenary", /\bplenary\b|\bfinal vote\b|\bGeneral Assembly\s+(?:adopted|passed|approved)\b/iu],
];

/** The voting stages the words name: a main committee, an unnamed committee, or the plenary. */
export function stagesNamed(text: string): Set<NamedStage> {
  return new Set(STAGE_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage));
}

/** "88-58-34", "88-58", or "88 in favour". */
export function formatFigures(f: Pick<QuotedFigures, "yes" | "no" | "abstain">): string {
  if (f.no === undefined) return `${f.yes} in favour`;
  return `${f.yes}-${f.no}${f.abstain === undefined ? "" : `-${f.abstain}`}`;
}
