/**
 * The resolution series the swing analysis follows. Each track is one text
 * carried from the 2018 session to 2019; the committee votes are context
 * rows (tallies only, no country record).
 */
export interface Track {
  id: string;
  label: string;
  /** For column groups. */
  short: string;
  /** Plenary votes with country records, in date order. */
  votes: readonly [string, string];
  /** Committee stage tallies shown beside them. */
  committee: readonly string[];
}

export const TRACKS: readonly Track[] = [
  {
    id: "criminal-purposes",
    label: "Criminal purposes (Russian-led, Third Committee)",
    short: "Criminal purposes",
    votes: ["a-res-73-187", "a-res-74-247"],
    committee: ["a-c-3-73-cybercrime-draft-2018", "a-c-3-74-l-11-rev-1"],
  },
  {
    id: "russian-security",
    label: "Information security, Russian text (First Committee)",
    short: "Russian text, First Committee",
    votes: ["a-res-73-27", "a-res-74-29"],
    committee: ["a-c-1-73-l-27-rev-1"],
  },
  {
    id: "us-security",
    label: "Responsible state behaviour, US text (First Committee)",
    short: "US text, First Committee",
    votes: ["a-res-73-266", "a-res-74-28"],
    committee: ["a-c-1-73-l-37"],
  },
];

/** The competing First Committee texts, Russian and US, voted in the same session. */
export const COMPETING_PAIRS: readonly { year: number; russian: string; us: string }[] = [
  { year: 2018, russian: "a-res-73-27", us: "a-res-73-266" },
  { year: 2019, russian: "a-res-74-29", us: "a-res-74-28" },
];

/** Default reference states for agreement; readers can pick others when JavaScript is on. */
export const DEFAULT_REFERENCES = ["RUS", "USA"] as const;

/** The matrix columns: every track's votes, track by track. */
export function matrixVoteIds(tracks: readonly Track[] = TRACKS): string[] {
  return tracks.flatMap((t) => [...t.votes]);
}
