import type { z } from "astro/zod";
import type { VFile } from "vfile";
import type { Code } from "../codes.ts";
import { report, type Point } from "../diagnostics.ts";
import type { IssueParams } from "../schema/common.ts";
import type { PathSegment } from "./frontmatter.ts";

export interface ValidationTarget {
  file: VFile;
  placeOf: (path: readonly PathSegment[]) => Point;
  /** "field" for YAML, "attribute" for directive attributes, "column" for table rows. */
  noun: "field" | "attribute" | "column";
  /** Prefix for messages, e.g. `claim "x"`. */
  subject?: string;
}

/**
 * Runs a zod schema and turns each issue into a diagnostic with a code, a
 * plain-English message and the position of the offending field.
 */
export function validate<S extends z.ZodTypeAny>(schema: S, data: unknown, target: ValidationTarget): z.output<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.output<S>;
  for (const issue of result.error.issues) {
    const path = issue.path;
    const name = describePath(path);
    const subject = target.subject ? `${target.subject}: ` : "";
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const code: Code = target.noun === "attribute" ? "ATTRIBUTE_UNKNOWN" : "FIELD_UNKNOWN";
        const full = describePath([...path, key]);
        report(target.file, code, `${subject}unknown ${target.noun} \`${full}\``, target.placeOf([...path, key]));
      }
      continue;
    }
    if (issue.code === "invalid_type" && issue.received === "undefined") {
      report(target.file, "FIELD_MISSING", `${subject}missing required ${target.noun} \`${name}\``, target.placeOf(path));
      continue;
    }
    if (issue.code === "custom") {
      const params = issue.params as IssueParams | undefined;
      const code: Code = params?.code ?? "FIELD_INVALID";
      report(target.file, code, `${subject}${target.noun} \`${name}\`: ${issue.message}`, target.placeOf(path));
      continue;
    }
    report(target.file, "FIELD_INVALID", `${subject}${target.noun} \`${name}\`: ${describeIssue(issue)}`, target.placeOf(path));
  }
  return null;
}

function describePath(path: readonly PathSegment[]): string {
  return path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case "invalid_enum_value":
      return `expected one of ${issue.options.join(", ")}, got "${String(issue.received)}"`;
    case "invalid_type":
      return `expected ${issue.expected}, got ${issue.received}`;
    case "invalid_literal":
      return `expected ${JSON.stringify(issue.expected)}`;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}
