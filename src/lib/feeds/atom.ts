/**
 * A feed spec as Atom, written by the `feed` library. Dates are the records'
 * own (a day at midnight UTC; a month or a year at its first day), never the
 * clock: `updated` is always given, since the library would otherwise take
 * the time of the build.
 */
import { Feed } from "feed";
import { dateStart } from "../../corpus/dates.ts";
import { LICENCE, SITE_NAME } from "../site.ts";
import type { FeedSpec } from "./entries.ts";

export const ATOM_TYPE = "application/atom+xml";

const instant = (date: string): Date => new Date(`${dateStart(date)}T00:00:00Z`);

export function atomFeed(spec: FeedSpec, site: URL): string {
  const url = (path: string) => new URL(path, site).href;
  const feed = new Feed({
    id: url(spec.path),
    title: `${spec.title} · ${SITE_NAME}`,
    description: spec.subtitle,
    link: url(spec.alternate),
    feedLinks: { atom: url(spec.path) },
    updated: instant(spec.updated),
    generator: SITE_NAME,
    language: "en",
    author: { name: SITE_NAME, link: url("/") },
    copyright: LICENCE.label,
    favicon: url("/favicon.svg"),
  });
  for (const entry of spec.entries)
    feed.addItem({
      id: url(entry.idPath ?? entry.path),
      link: url(entry.path),
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      date: instant(entry.updated),
      published: instant(entry.published),
    });
  // The library ends without a newline; a file does.
  return `${feed.atom1()}\n`;
}

/** Titles and summaries are Atom `type="html"`: plain text must be escaped once for that. */
function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
