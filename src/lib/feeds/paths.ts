/** Where the Atom feeds are served: a public contract, listed in the README's route table. */
export const FEED_PATHS = {
  claims: "/feeds/claims.xml",
  timeline: "/feeds/timeline.xml",
  instrument: (id: string) => `/instruments/${id}/feed.xml`,
  actor: (id: string) => `/actors/${id}/feed.xml`,
} as const;

/** The site-wide feeds every page announces with `<link rel="alternate">`. */
export const SITE_FEEDS = [
  { path: FEED_PATHS.claims, title: "New and corrected claims" },
  { path: FEED_PATHS.timeline, title: "Timeline" },
] as const;
