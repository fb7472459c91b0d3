import { formatDate, type Source } from "../corpus/index.ts";

/** A source's date as shown; a source whose page shows no date says so rather than guess one. */
export function sourceDate(source: Pick<Source, "published">): string {
  return source.published ? formatDate(source.published) : "date not shown";
}

/** "Joyce Hakmeh and Allison Peters"; "Unknown author" when the text names none. */
export function authorLine(authors: Source["authors"]): string {
  const names = authors.map((a) => a.name);
  if (names.length === 0) return "Unknown author";
  if (names.length === 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** Who a source is by: its authors, or, for a statement or report that names none, who speaks in it. */
export function byline(source: Pick<Source, "authors" | "speaker">): string {
  if (source.authors.length > 0 || !source.speaker) return authorLine(source.authors);
  return source.speaker;
}

export function formatTally(tally: { yes: number; no: number; abstain: number | null }): string {
  return `${tally.yes}-${tally.no}${tally.abstain === null ? "" : `-${tally.abstain}`}`;
}
