/**
 * Every diagnostic code the content checker can report, with the hint shown
 * beside it. The authors' guide (content/README.md) documents each one with a
 * bad example and its fix; a test keeps the two in step.
 */
export const CODES = {
  YAML_SYNTAX: "Fix the YAML: indent with spaces, quote values that contain `: ` or start with a special character.",
  FRONTMATTER_MISSING: "Start the file with a `---` block of YAML fields, as in the authors' guide.",
  FIELD_MISSING: "Add the field; the authors' guide lists the required fields of each record type.",
  FIELD_INVALID: "Correct the value; the message says what is expected.",
  FIELD_UNKNOWN: "Remove the field or fix its spelling; the authors' guide lists the fields each record type accepts.",
  DATE_INVALID: "Write a real date as YYYY-MM-DD, or YYYY-MM / YYYY when only that is known.",
  DATE_NOT_SHOWN: "Give `published` only when the page itself shows a date; otherwise add `publishedNote` saying what the page shows instead (a dateline without a year, \"last week\").",
  ID_INVALID: "Use lowercase letters, digits and single hyphens, e.g. `russia-moves-talks-to-new-york`.",
  ID_DUPLICATE: "Ids are unique per record type; rename one of them (and add a redirect if it was published).",
  REF_UNKNOWN: "Check the id's spelling, or create the record it points to.",
  ARTICLE_UNKNOWN: "Write the article as its number with paragraph and letter locators (`32(b)`, `29(1)`), and add the article's row to the instrument's list in content/articles/<instrument-id>.md if it is missing.",
  ARTICLE_PROMOTED: "Only a heading read in the official text (`confidence: primary`) may be `verified: yes`; keep the source's confidence, set `verified` to `no` and say why in `note`.",
  ISO3_UNKNOWN: "Use the ISO 3166-1 alpha-3 code of a UN member state, as listed in content/actors/un-member-states.md.",
  TALLY_MISMATCH: "Make the positions table and the tally agree; both come from the cited record.",
  POSITION_DUPLICATE: "List each state once in the table.",
  PARTICIPANT_UNKNOWN: "Use an actor id: a state's lowercase ISO3 (`fra`) or an organisation such as `eu`.",
  PARTICIPANT_DUPLICATE: "List each participant once per status list; put later acts (ratification, withdrawal) in the same row.",
  STATUS_DATE_OUT_OF_RANGE: "A signature or ratification falls between the instrument's opening for signature and the list's `asOf`; check the date, or move `asOf` forward.",
  STATUS_KIND_UNKNOWN: "Use one of: signature, ratification, acceptance, approval, accession, reported, invited.",
  STATUS_LIST_INCOMPLETE: "Give the list `asOf: YYYY-MM-DD` (the day its source speaks for) and `cites: [...]` in the frontmatter.",
  POSITIONS_INCOMPLETE: "A recorded vote's positions table lists every UN member state; leave the table out if no country record exists.",
  POSITIONS_WITHOUT_TALLY: "A vote without a recorded tally cannot have country positions; check `modality`.",
  TALLY_WITHOUT_VOTE: "A vote adopted without a vote has no tally; remove `tally` or set `modality: recorded`.",
  TALLY_MISSING: "A recorded vote needs `tally: { yes, no, abstain, nonVoting }`.",
  CLAIM_NO_QUOTE: "Add one blockquote line `> …` with the exact words from the source.",
  CLAIM_MULTIPLE_QUOTES: "A claim has exactly one quote; split it into two claims if both passages matter.",
  CLAIM_NO_LOCATOR: "Add `para=N`, the paragraph where the quote starts (`npm run paragraphs -- <text file>` prints the numbering).",
  CLAIM_EMPTY: "Write the paraphrase, in your own words, before the quote.",
  QUOTE_NOT_FOUND: "Copy the quote exactly as the text prints it (the diff shows what differs); only line breaks and runs of spaces may differ.",
  QUOTE_LOCATOR_MISMATCH: "Set `para` to the paragraph where the quote starts; `npm run paragraphs -- <text file>` prints the numbering.",
  TEXT_MISSING: "Put the text file in the texts folder (ATLAS_TEXTS_DIR), or correct the file name in `text`.",
  TEXT_HASH_MISMATCH: "This is not the text the quotes were taken from: restore that copy, or, for a new copy, recheck every quote and set `sha256` to what `sha256sum` prints.",
  QUOTE_TOO_LONG: "Shorten the quote to at most 25 words; the paraphrase carries the rest.",
  CLAIM_NO_VERDICT: "Add `::verdict[What the record says.]{status=consistent cites=\"…\"}` to every factual claim.",
  VERDICT_INVALID: "Give `status` (consistent, inaccurate, outdated, unverifiable), `since` for outdated, and `cites` for all but unverifiable.",
  VERDICT_MISPLACED: "Put `::verdict` inside a `:::claim` container, after the quote.",
  REVISES_UNKNOWN: "Point `revises` at an existing source id.",
  REVISION_INVALID: "A claim's `revises` must name a claim of the source this source revises, with `change=kept` or `change=changed`.",
  DIRECTIVE_UNKNOWN: "Use one of the directives this file type accepts (see the authors' guide); write a literal colon as `\\:`.",
  ATTRIBUTE_UNKNOWN: "Remove the attribute or fix its spelling; the authors' guide lists each directive's attributes.",
  DIRECTIVE_UNCLOSED: "Close the container with a line holding only `:::`.",
  TABLE_INVALID: "Use the table header shown in the authors' guide, one record per row.",
  RAW_HTML: "Write Markdown instead: links as [text](https://…), emphasis with *…*; the site never passes authored HTML through.",
  URL_UNSAFE: "Links must be http(s), mailto or site-relative URLs.",
  FILE_UNEXPECTED: "Put content files in one of the folders the authors' guide lists, with a `.md` extension.",
  CITATION_MISSING: "Add `cites` (citation ids), or `verified: false` with a `note` saying why it could not be checked.",
  PERMALINK_REMOVED: "Restore the id, or add `old-id: new-id` to content/redirects.yaml so the published URL keeps working.",
  REDIRECT_INVALID: "A redirect maps a retired id to an existing id of the same type.",
  CORRECTION_MISSING: "Add an entry to content/corrections.yaml (date, claim, changed, note; `verdict: { from, to }` for a verdict), then run `npm run permalinks`.",
  CORRECTION_INVALID: "Give each correction `date: YYYY-MM-DD`, the `claim` it corrects, `changed: [verdict|paraphrase|quote|id]` and a `note`, as in the authors' guide.",
} as const;

export type Code = keyof typeof CODES;

export function hintFor(code: Code): string {
  return CODES[code];
}
