/**
 * The corrections log: content/corrections.yaml records, with a date and a
 * note, every change to a published claim's verdict, paraphrase or quote, and
 * every renamed or retired id. The build checks it against
 * content/published-claims.json, a snapshot of each published claim's verdict
 * and of hashes of its paraphrase and quote (refreshed by `npm run
 * permalinks`): a claim that differs from its snapshot needs a correction
 * entry, or the build fails at the claim.
 */
import { createHash } from "node:crypto";
import { VFile } from "vfile";
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { dateProblem } from "./dates.ts";
import { report } from "./diagnostics.ts";
import type { ContentFiles } from "./load.ts";
import type { PermalinkType, Redirect } from "./permalinks.ts";
import type { Claim, Correction } from "./schema/records.ts";
import { VERDICT_STATUSES } from "./schema/source.ts";

export const CORRECTIONS_FILE = "corrections.yaml";
export const CLAIMS_SNAPSHOT_FILE = "published-claims.json";

export const CORRECTED_FIELDS = ["verdict", "paraphrase", "quote", "id"] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

const FIELDS = new Set(["date", "claim", "type", "from", "to", "changed", "verdict", "note"]);

/** What the snapshot keeps of a published claim: its verdict, and hashes of the words that may change. */
export interface ClaimSnapshot {
  verdict: string | null;
  paraphrase: string;
  quote: string;
}

const hash = (text: string) => createHash("sha256").update(text.replace(/\s+/gu, " ").trim()).digest("hex").slice(0, 16);

export function snapshotOf(claim: Pick<Claim, "verdict" | "text" | "quote">): ClaimSnapshot {
  return { verdict: claim.verdict?.status ?? null, paraphrase: hash(claim.text), quote: hash(claim.quote) };
}

/** One claim per line, in id order, so a correction is a one-line diff. */
export function formatClaimsSnapshot(claims: readonly Pick<Claim, "id" | "verdict" | "text" | "quote">[]): string {
  const lines = [...claims]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((claim) => `    ${JSON.stringify(claim.id)}: ${JSON.stringify(snapshotOf(claim))}`);
  return `{\n  "claims": {\n${lines.join(",\n")}\n  }\n}\n`;
}

/** Which of a claim's fields differ from its snapshot. */
export function changedFields(snapshot: ClaimSnapshot, claim: Pick<Claim, "verdict" | "text" | "quote">): CorrectedField[] {
  const now = snapshotOf(claim);
  return (["verdict", "paraphrase", "quote"] as const).filter((field) => snapshot[field] !== now[field]);
}

interface CheckInput {
  claims: readonly Claim[];
  redirects: readonly Redirect[];
  /** Claim ids written in content, valid or not: an entry for a claim that failed validation is not an error of its own. */
  declared?: ReadonlySet<string>;
}

/** Reads and checks the log; problems are reported on the returned files (the log's, and the claims' source files). */
export function checkCorrections(files: ContentFiles, input: CheckInput): { corrections: Correction[]; vfiles: VFile[] } {
  const vfiles: VFile[] = [];
  const corrections = readLog(files, input, vfiles);
  const snapshotText = files[CLAIMS_SNAPSHOT_FILE];
  if (snapshotText === undefined) return { corrections, vfiles };
  const snapshotFile = new VFile({ path: `content/${CLAIMS_SNAPSHOT_FILE}`, value: snapshotText });
  vfiles.push(snapshotFile);
  let snapshot: Record<string, ClaimSnapshot> = {};
  try {
    snapshot = (JSON.parse(snapshotText) as { claims?: Record<string, ClaimSnapshot> }).claims ?? {};
  } catch (error) {
    report(snapshotFile, "FIELD_INVALID", `not valid JSON: ${(error as Error).message}`, { line: 1, column: 1 });
  }
  const byFile = new Map<string, VFile>();
  for (const claim of input.claims) {
    // A renamed claim is compared under its old id too: renaming does not hide a change.
    const published = snapshot[claim.id] ?? input.redirects.filter((r) => r.type === "claims" && r.to === claim.id).map((r) => snapshot[r.from]).find(Boolean);
    if (!published) continue;
    const own = corrections.filter((c) => c.claim === claim.id);
    const missing = changedFields(published, claim).filter((field) =>
      field === "verdict"
        ? !own.some((c) => c.verdict?.from === published.verdict && c.verdict?.to === (claim.verdict?.status ?? null))
        : !own.some((c) => c.changed.includes(field)),
    );
    if (missing.length === 0) continue;
    const path = claim.origin.file;
    const file = byFile.get(path) ?? new VFile({ path, value: files[path.replace(/^content\//u, "")] ?? "" });
    if (!byFile.has(path)) vfiles.push(file);
    byFile.set(path, file);
    const what = missing.map((field) => (field === "verdict" ? `verdict (${published.verdict ?? "none"} → ${claim.verdict?.status ?? "none"})` : field)).join(", ");
    report(file, "CORRECTION_MISSING", `published claim "${claim.id}" changed its ${what} without an entry in content/${CORRECTIONS_FILE}`, {
      line: claim.origin.line,
      column: 1,
    });
  }
  return { corrections, vfiles };
}

function readLog(files: ContentFiles, input: CheckInput, vfiles: VFile[]): Correction[] {
  const text = files[CORRECTIONS_FILE];
  if (text === undefined) return [];
  const file = new VFile({ path: `content/${CORRECTIONS_FILE}`, value: text });
  vfiles.push(file);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const pos = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const at = (node: YamlNode | null | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 1, column: 1 } : pos(offset);
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    report(file, "YAML_SYNTAX", `YAML syntax error: ${error?.message.split("\n")[0] ?? ""}`, error ? pos(error.pos[0]) : undefined);
    return [];
  }
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) {
    report(file, "CORRECTION_INVALID", "the log is a list of corrections, each starting with `- date:`", at(root));
    return [];
  }
  const claimIds = new Set(input.claims.map((c) => c.id));
  const corrections: Correction[] = [];
  for (const item of root.items) {
    const place = at(item);
    if (!isMap(item)) {
      report(file, "CORRECTION_INVALID", "a correction is a mapping of fields (date, claim, changed, note …)", place);
      continue;
    }
    const fieldAt = (key: string): { line: number; column: number } => {
      const pair = item.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      return at(pair?.value ?? item);
    };
    const value = item.toJSON() as Record<string, unknown>;
    const problems: [string, { line: number; column: number }][] = [];
    for (const key of Object.keys(value)) if (!FIELDS.has(key)) problems.push([`unknown field "${key}" (a correction has ${[...FIELDS].join(", ")})`, fieldAt(key)]);
    const rawDate = value["date"];
    // YAML reads an unquoted full date as a Date.
    const date = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : typeof rawDate === "string" || typeof rawDate === "number" ? String(rawDate) : "";
    const dateIssue = value["date"] === undefined ? "a correction needs `date: YYYY-MM-DD`, the day it was made" : dateProblem(date) ?? (date.length === 10 ? null : "a correction is dated to the day (YYYY-MM-DD)");
    if (dateIssue) problems.push([dateIssue, fieldAt("date")]);
    const changed = Array.isArray(value["changed"]) ? value["changed"].map(String) : [];
    if (changed.length === 0 || changed.some((field) => !(CORRECTED_FIELDS as readonly string[]).includes(field)))
      problems.push([`\`changed\` lists what changed: one or more of ${CORRECTED_FIELDS.join(", ")}`, fieldAt("changed")]);
    const note = typeof value["note"] === "string" ? value["note"].trim() : "";
    if (note === "") problems.push(["a correction needs a `note` saying what was wrong and what changed", fieldAt("note")]);
    const claim = typeof value["claim"] === "string" ? value["claim"] : undefined;
    const type = typeof value["type"] === "string" ? value["type"] : claim ? "claims" : undefined;
    const from = typeof value["from"] === "string" ? value["from"] : undefined;
    const to = typeof value["to"] === "string" ? value["to"] : undefined;
    if (changed.includes("id")) {
      const redirect = input.redirects.find((r) => r.type === type && r.from === from && r.to === to);
      if (!redirect) problems.push([`an id change names a redirect in content/redirects.yaml: \`type\`, \`from\` (the retired id) and \`to\``, fieldAt("from")]);
    }
    const retired = (id: string) => input.redirects.some((r) => r.type === "claims" && r.from === id);
    if (claim !== undefined && !claimIds.has(claim) && !input.declared?.has(claim) && !retired(claim)) problems.push([`no claim with id "${claim}"`, fieldAt("claim")]);
    if (claim === undefined && !changed.includes("id")) problems.push(["a correction names the `claim` it corrects", place]);
    let verdict: Correction["verdict"];
    if (changed.includes("verdict")) {
      const v = value["verdict"] as { from?: unknown; to?: unknown } | undefined;
      const ok = (s: unknown) => s === null || (VERDICT_STATUSES as readonly unknown[]).includes(s);
      if (!v || !ok(v.from ?? null) || !ok(v.to ?? null) || v.from === v.to)
        problems.push([`a verdict change gives \`verdict: { from: …, to: … }\` with two of ${VERDICT_STATUSES.join(", ")}`, fieldAt("verdict")]);
      else verdict = { from: (v.from ?? null) as Verdict, to: (v.to ?? null) as Verdict };
    }
    for (const [message, where] of problems) report(file, "CORRECTION_INVALID", message, where);
    if (problems.length > 0) continue;
    corrections.push({
      date,
      ...(claim ? { claim } : {}),
      ...(type ? { type: type as PermalinkType } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      changed: changed as CorrectedField[],
      ...(verdict ? { verdict } : {}),
      note,
      origin: { file: file.path, line: place.line },
    });
  }
  // Newest first, as the page and the feeds show them; a stable order for equal dates.
  return corrections.sort((a, b) => b.date.localeCompare(a.date) || a.origin.line - b.origin.line);
}

type Verdict = (typeof VERDICT_STATUSES)[number] | null;
