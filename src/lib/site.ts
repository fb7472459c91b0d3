/** Site-wide constants shared by the layout and the exports. */
export const SITE_NAME = "Cybercrime Treaty Atlas";

export const NAV = [
  { href: "/claims/", label: "Claims" },
  { href: "/sources/", label: "Sources" },
  { href: "/actors/", label: "Actors" },
  { href: "/instruments/", label: "Treaties" },
  { href: "/compare/", label: "Compare" },
  { href: "/votes/", label: "Votes" },
  { href: "/timeline/", label: "Timeline" },
  { href: "/search/", label: "Search" },
  { href: "/data/", label: "Data" },
] as const;

export const LICENCE = {
  label: "Corpus data under CC BY 4.0; quotes remain the property of their authors",
  href: "https://creativecommons.org/licenses/by/4.0/",
};

/** Every page forbids scripts from anywhere but this origin, and inline scripts altogether. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * HTTP headers for static hosts that read a `_headers` file (and for
 * scripts/serve-dist.mjs): the embed pages may be framed by any site.
 * `frame-ancestors` only counts in a header; browsers ignore it in a <meta>
 * policy, so it cannot sit in CONTENT_SECURITY_POLICY above.
 */
export const EMBED_HEADERS = ["/embed/*", "  Content-Security-Policy: frame-ancestors *", ""].join("\n");

export interface PageFooter {
  version: string;
  asOf: string;
}
