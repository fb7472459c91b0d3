/**
 * Retired ids keep their timeline anchors. A renamed event was cited as
 * /timeline/#<old id>, and a fragment cannot be redirected by a server, so
 * the item that replaced it answers to the old id as an alias anchor. The
 * same holds for the derived anchors of renamed votes, sources and
 * instruments (#vote-<old id> and so on).
 */
import type { Redirect } from "../../corpus/index.ts";
import { MILESTONE_EVENTS, type TimelineItem } from "./data.ts";

const DERIVED_PREFIX: Partial<Record<Redirect["type"], string>> = {
  votes: "vote-",
  sources: "source-",
  instruments: "instrument-",
};

export function withRetiredIds(
  items: readonly TimelineItem[],
  redirects: readonly Pick<Redirect, "type" | "from" | "to">[],
): TimelineItem[] {
  const extra = new Map<string, string[]>();
  const add = (itemId: string, alias: string): void => {
    extra.set(itemId, [...(extra.get(itemId) ?? []), alias]);
  };
  for (const { type, from, to } of redirects) {
    if (type === "events") {
      if (items.some((item) => item.id === to)) add(to, from);
      continue;
    }
    const prefix = DERIVED_PREFIX[type];
    if (!prefix) continue;
    // Votes and sources have one anchor (vote-<id>); an instrument one per milestone (instrument-<id>-<milestone>[-<date>]).
    const current = `${prefix}${to}`;
    const isCurrent = (anchor: string): boolean =>
      type === "instruments"
        ? MILESTONE_EVENTS.some(
            (event) =>
              anchor === `${current}-${event}` || new RegExp(`^${current}-${event}-\\d{4}(-\\d{2}){0,2}$`, "u").test(anchor),
          )
        : anchor === current;
    for (const item of items) {
      for (const anchor of [item.id, ...item.aliases])
        if (isCurrent(anchor)) add(item.id, `${prefix}${from}${anchor.slice(current.length)}`);
    }
  }
  return items.map((item) =>
    extra.has(item.id) ? { ...item, aliases: [...item.aliases, ...(extra.get(item.id) ?? [])] } : item,
  );
}
