/**
 * Permalinks are a public contract: every id ever published stays reachable.
 * content/published-ids.json lists them (updated by `npm run permalinks`,
 * never shrunk); content/redirects.yaml maps a retired id to its successor.
 * An id that disappears without a redirect is an error, so the build fails.
 */
import { VFile } from "vfile";
import { parse as parseYaml } from "yaml";
import { report } from "./diagnostics.ts";
import type { ContentFiles } from "./load.ts";
import type { CorpusData } from "./schema/records.ts";
import { permalink } from "./urls.ts";

export const PUBLISHED_FILE = "published-ids.json";
export const REDIRECTS_FILE = "redirects.yaml";

export const PERMALINK_TYPES = ["claims", "sources", "actors", "instruments", "votes", "events", "dimensions", "articles"] as const;
export type PermalinkType = (typeof PERMALINK_TYPES)[number];

const URL_OF: Record<PermalinkType, (id: string) => string> = {
  claims: permalink.claim,
  sources: permalink.source,
  actors: permalink.actor,
  instruments: permalink.instrument,
  votes: permalink.vote,
  events: permalink.event,
  dimensions: permalink.dimension,
  articles: permalink.article,
};

export interface Redirect {
  type: PermalinkType;
  from: string;
  to: string;
  fromUrl: string;
  toUrl: string;
}

export type PublishedIds = Record<PermalinkType, string[]>;

export function currentIds(data: Pick<CorpusData, PermalinkType>): PublishedIds {
  return Object.fromEntries(PERMALINK_TYPES.map((type) => [type, data[type].map((r) => r.id).sort()])) as PublishedIds;
}

/** The manifest after publishing the current ids: nothing is ever removed. */
export function mergeManifest(previous: Partial<PublishedIds>, current: PublishedIds): PublishedIds {
  return Object.fromEntries(
    PERMALINK_TYPES.map((type) => [type, [...new Set([...(previous[type] ?? []), ...current[type]])].sort()]),
  ) as PublishedIds;
}

/** One id per line, so adding a record is a one-line diff. */
export function formatManifest(manifest: PublishedIds): string {
  const body = PERMALINK_TYPES.map(
    (type) => `  "${type}": [\n${manifest[type].map((id) => `    ${JSON.stringify(id)}`).join(",\n")}\n  ]`,
  );
  return `{\n${body.join(",\n")}\n}\n`;
}

/** Checks the manifest and redirects; problems are reported on the returned files. */
export function checkPermalinks(
  files: ContentFiles,
  data: Pick<CorpusData, PermalinkType>,
  /** Ids whose records failed validation: already reported where they are written, so not "removed" too. */
  declared: Partial<Record<PermalinkType, ReadonlySet<string>>> = {},
): { redirects: Redirect[]; vfiles: VFile[] } {
  const vfiles: VFile[] = [];
  const ids = currentIds(data);
  const exists = (type: PermalinkType, id: string) => ids[type].includes(id);
  const stillDeclared = (type: PermalinkType, id: string) => declared[type]?.has(id) ?? false;
  const redirects: Redirect[] = [];

  const redirectsText = files[REDIRECTS_FILE];
  if (redirectsText !== undefined) {
    const file = new VFile({ path: `content/${REDIRECTS_FILE}`, value: redirectsText });
    vfiles.push(file);
    const lineOf = (needle: string) => lineContaining(redirectsText, needle);
    let parsed: unknown;
    try {
      parsed = parseYaml(redirectsText) ?? {};
    } catch (error) {
      report(file, "YAML_SYNTAX", `YAML syntax error: ${(error as Error).message.split("\n")[0] ?? ""}`, { line: 1, column: 1 });
      parsed = {};
    }
    for (const [type, map] of Object.entries(parsed as Record<string, unknown>)) {
      if (!(PERMALINK_TYPES as readonly string[]).includes(type) || typeof map !== "object" || map === null) {
        report(
          file,
          "REDIRECT_INVALID",
          `"${type}" is not a record type with permalinks (${PERMALINK_TYPES.join(", ")})`,
          lineOf(`${type}:`),
        );
        continue;
      }
      const kind = type as PermalinkType;
      for (const [from, to] of Object.entries(map as Record<string, unknown>)) {
        const place = lineOf(`${from}:`);
        if (typeof to !== "string" || !exists(kind, to)) {
          report(file, "REDIRECT_INVALID", `redirect ${type} "${from}" points to "${String(to)}", which does not exist`, place);
        } else if (exists(kind, from)) {
          report(file, "REDIRECT_INVALID", `redirect ${type} "${from}" retires an id that still exists`, place);
        } else {
          redirects.push({ type: kind, from, to, fromUrl: URL_OF[kind](from), toUrl: URL_OF[kind](to) });
        }
      }
    }
  }

  const manifestText = files[PUBLISHED_FILE];
  if (manifestText !== undefined) {
    const file = new VFile({ path: `content/${PUBLISHED_FILE}`, value: manifestText });
    vfiles.push(file);
    let manifest: Partial<PublishedIds> = {};
    try {
      manifest = JSON.parse(manifestText) as Partial<PublishedIds>;
    } catch (error) {
      report(file, "FIELD_INVALID", `not valid JSON: ${(error as Error).message}`, { line: 1, column: 1 });
    }
    for (const type of PERMALINK_TYPES) {
      for (const id of manifest[type] ?? []) {
        if (exists(type, id) || stillDeclared(type, id) || redirects.some((r) => r.type === type && r.from === id)) continue;
        report(
          file,
          "PERMALINK_REMOVED",
          `published ${type.replace(/s$/u, "")} id "${id}" (${URL_OF[type](id)}) no longer exists and has no redirect`,
          lineContaining(manifestText, JSON.stringify(id)),
        );
      }
    }
  }
  return { redirects, vfiles };
}

function lineContaining(text: string, needle: string): { line: number; column: number } {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  return index === -1 ? { line: 1, column: 1 } : { line: index + 1, column: (lines[index]?.indexOf(needle) ?? 0) + 1 };
}
