import type { VFile } from "vfile";
import { CODES, type Code } from "./codes.ts";

/** A point in a content file, 1-based, as editors and `file:line:col` links count. */
export interface Point {
  line: number;
  column: number;
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: "error";
  code: Code;
  message: string;
  hint: string;
}

/** Reports a problem on a file through unified's message channel, so it keeps its place. */
export function report(file: VFile, code: Code, message: string, place: Point | undefined): void {
  const msg = file.message(message, { place: place ?? { line: 1, column: 1 }, ruleId: code, source: "atlas" });
  msg.note = CODES[code];
}

/** A file's reported problems as diagnostics, in file order. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((msg) => {
    const code = (msg.ruleId ?? "FIELD_INVALID") as Code;
    return {
      file: file.path,
      line: msg.line ?? 1,
      column: msg.column ?? 1,
      severity: "error" as const,
      code,
      message: msg.reason,
      hint: CODES[code] ?? "",
    };
  });
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** `content/file.md:LINE:COL error CODE message. Hint: …` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} error ${d.code} ${d.message}. Hint: ${d.hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map(formatDiagnostic);
  const count = diagnostics.length;
  lines.push(`${count} error${count === 1 ? "" : "s"} in content`);
  return lines.join("\n");
}

/**
 * Thrown by the build when the content has errors; its message lists them all.
 * `loc` and `hint` (the first problem's) are what Astro's dev error overlay
 * shows as the file:line:col, the code frame around it, and the hint.
 */
export class ContentError extends Error {
  readonly loc: { file: string; line: number; column: number } | undefined;
  readonly hint: string | undefined;
  readonly title = "Content error";

  /** `contentDir`: the folder `content/…` paths stand for, so the overlay can open the file. */
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    contentDir?: string,
  ) {
    const first = diagnostics[0];
    const count = diagnostics.length;
    super(
      first
        ? `${first.file}:${first.line}:${first.column} ${first.code} ${first.message}${count > 1 ? ` (and ${count - 1} more)` : ""}\n\n${formatDiagnostics(diagnostics)}`
        : "Content errors",
    );
    this.name = "ContentError";
    this.hint = first ? `${first.code}: ${first.hint}` : undefined;
    this.loc =
      first && contentDir
        ? { file: `${contentDir}/${first.file.replace(/^content\//u, "")}`, line: first.line, column: first.column }
        : undefined;
  }
}
