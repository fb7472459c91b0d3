/**
 * The pages that keep retired URLs working: one per retired permalink that a
 * server can answer. Event and dimension ids live in fragments (/timeline/#id,
 * /compare/#id), which never reach a server, so those pages carry anchor
 * aliases instead; but a dimension also has a page of its own, which moves.
 */
import { permalink, type Redirect } from "../corpus/index.ts";

export interface RedirectPage {
  /** The retired path, e.g. /claims/old-id/. */
  from: string;
  to: string;
}

export function redirectPages(redirects: readonly Redirect[]): RedirectPage[] {
  return redirects.flatMap((r) => [
    ...(r.fromUrl.includes("#") ? [] : [{ from: r.fromUrl, to: r.toUrl }]),
    ...(r.type === "dimensions" ? [{ from: permalink.dimensionPage(r.from), to: permalink.dimensionPage(r.to) }] : []),
  ]);
}
