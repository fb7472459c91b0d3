/**
 * Content Markdown cannot inject HTML or script. The corpus REJECTS (it does
 * not sanitise) raw HTML and unsafe link URLs, with a diagnostic at the
 * offending place; these variants go beyond tests/fixtures/bad/raw-html and
 * javascript-link. Each case edits one line of the good fixture.
 *
 * Where a variant is accepted, the test pins down why that is safe: the HTML
 * the corpus renders holds no URL that a browser would resolve to a script.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus, type Diagnostic } from "../../../src/corpus/index.ts";
import { goodFiles } from "../../fixtures/harness.ts";

const SOURCE = "sources/first-source.md";
const PROSE = "The analyst reads a short text.";

/** The good fixture with one replacement in the first source; fails if the text to replace is missing. */
function edited(find: string, replace: string): Record<string, string> {
  const files = { ...goodFiles() };
  const text = files[SOURCE] ?? "";
  if (!text.includes(find)) throw new Error(`the good fixture no longer contains ${JSON.stringify(find)}`);
  files[SOURCE] = text.replace(find, replace);
  // Without the snapshot of published claims: an edited quote or paraphrase would also be a correction the log lacks.
  delete files["published-claims.json"];
  return files;
}

const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.code}`;

interface Rejected {
  name: string;
  find: string;
  replace: string;
  /** `file:line:col CODE` of every diagnostic, in order. */
  expected: string[];
}

const REJECTED: Rejected[] = [
  {
    name: "a data: URL in a link",
    find: PROSE,
    replace: "See [x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).",
    expected: ["content/sources/first-source.md:15:5 URL_UNSAFE"],
  },
  {
    name: "a data: URL in an image",
    find: PROSE,
    replace: "![x](data:image/svg+xml;base64,PHN2Zy8+)",
    expected: ["content/sources/first-source.md:15:1 URL_UNSAFE"],
  },
  {
    name: "a javascript: link in a verdict label",
    find: "([A/RES/74/247](https://undocs.org/A/RES/74/247))",
    replace: "([A/RES/74/247](javascript:alert(1)))",
    expected: ["content/sources/first-source.md:22:55 URL_UNSAFE"],
  },
  {
    name: "a javascript: autolink",
    find: PROSE,
    replace: "See <javascript:alert(1)>.",
    expected: ["content/sources/first-source.md:15:5 URL_UNSAFE"],
  },
  {
    name: "a javascript: reference definition",
    find: PROSE,
    replace: "See [x][r].\n\n[r]: javascript:alert(1)",
    expected: ["content/sources/first-source.md:17:1 URL_UNSAFE"],
  },
  {
    name: "a javascript: image",
    find: PROSE,
    replace: "![x](javascript:alert(1))",
    expected: ["content/sources/first-source.md:15:1 URL_UNSAFE"],
  },
  {
    name: "a javascript: URL in mixed case",
    find: PROSE,
    replace: "See [x](JaVaScRiPt:alert(1)).",
    expected: ["content/sources/first-source.md:15:5 URL_UNSAFE"],
  },
  {
    name: "a javascript: URL spelled with a character reference",
    find: PROSE,
    replace: "See [x](&#106;avascript:alert(1)).",
    expected: ["content/sources/first-source.md:15:5 URL_UNSAFE"],
  },
  {
    name: "a javascript: URL after a no-break space",
    find: PROSE,
    replace: "See [x](<\u00a0javascript:alert(1)>).",
    expected: ["content/sources/first-source.md:15:5 URL_UNSAFE"],
  },
  {
    name: "a vbscript: URL",
    find: PROSE,
    replace: "See [x](vbscript:msgbox(1)).",
    expected: ["content/sources/first-source.md:15:5 URL_UNSAFE"],
  },
  {
    name: "HTML in a claim quote",
    find: "> passed in a final vote on December 27",
    replace: "> passed <img src=x onerror=alert(1)> on December 27",
    expected: ["content/sources/first-source.md:20:10 RAW_HTML"],
  },
  {
    name: "HTML in a claim paraphrase",
    find: "The plenary adopted the resolution.",
    replace: "The plenary <b>adopted</b> it.",
    expected: ["content/sources/first-source.md:18:13 RAW_HTML", "content/sources/first-source.md:18:23 RAW_HTML"],
  },
  {
    name: "a script in a verdict label",
    find: "::verdict[The plenary",
    replace: "::verdict[<script>alert(1)</script> The plenary",
    expected: ["content/sources/first-source.md:22:11 RAW_HTML", "content/sources/first-source.md:22:27 RAW_HTML"],
  },
  {
    name: "an HTML comment block",
    find: PROSE,
    replace: "Text.\n\n<!-- hidden note -->",
    expected: ["content/sources/first-source.md:17:1 RAW_HTML"],
  },
  {
    name: "an inline HTML comment",
    find: PROSE,
    replace: "Text <!-- hidden --> more.",
    expected: ["content/sources/first-source.md:15:6 RAW_HTML"],
  },
  {
    name: "an HTML block with an event handler",
    find: PROSE,
    replace: '<div onmouseover="alert(1)">\n\nText.\n\n</div>',
    expected: ["content/sources/first-source.md:15:1 RAW_HTML", "content/sources/first-source.md:19:1 RAW_HTML"],
  },
  {
    name: "a raw <iframe>",
    find: PROSE,
    replace: '<iframe src="https://example.org/"></iframe>',
    expected: ["content/sources/first-source.md:15:1 RAW_HTML"],
  },
];

describe("content Markdown that could inject HTML or script is rejected", () => {
  for (const c of REJECTED) {
    it(`${c.name}: no corpus, a diagnostic at its place`, () => {
      const { corpus, diagnostics } = buildCorpus(edited(c.find, c.replace));
      expect(corpus).toBeNull();
      expect(diagnostics.map(at)).toEqual(c.expected);
    });
  }
});

/** Every href and src in an HTML string, entity-decoded as a browser would read them. */
function urlsIn(html: string): string[] {
  const decode = (v: string) =>
    v
      .replace(/&#x([0-9a-f]+);/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, "&");
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/gu)].map((m) => decode(m[1] ?? ""));
}

/** Every string in the published corpus data (the HTML fields among them). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The scheme a browser resolves a link to (WHATWG URL parsing strips tabs, newlines and leading controls). */
const schemeOf = (href: string) => new URL(href, "https://atlas.example/claims/x/").protocol;

describe("links a browser would read as javascript: after stripping whitespace are rejected", () => {
  // Markdown lets a link destination carry a tab or newline (as a character
  // reference, or inside <…>), or a leading control character. Browsers strip
  // those from a URL's scheme, so the corpus does too before checking it.
  const VARIANTS: { name: string; link: string }[] = [
    { name: "a tab as a character reference", link: "[x](java&#9;script:alert(1))" },
    { name: "a newline as a character reference", link: "[x](java&#10;script:alert(1))" },
    { name: "a literal tab inside <…>", link: "[x](<java\tscript:alert(1)>)" },
    { name: "a leading control character inside <…>", link: "[x](<\u0001javascript:alert(1)>)" },
  ];
  for (const c of VARIANTS) {
    it(`${c.name}: no corpus, a URL_UNSAFE diagnostic`, () => {
      const { corpus, diagnostics } = buildCorpus(edited(PROSE, `See ${c.link}.`));
      expect(corpus).toBeNull();
      expect(diagnostics.map((d) => d.code)).toEqual(["URL_UNSAFE"]);
    });
  }
});

describe("every HTML field of the good corpus is free of script", () => {
  it("holds no script element, event handler or script URL", () => {
    const { corpus } = buildCorpus(goodFiles());
    const values = strings(corpus?.data);
    expect(values.filter((v) => /<script|<iframe|<object|<embed|\son\w+=/iu.test(v))).toEqual([]);
    const urls = values.flatMap(urlsIn);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.map(schemeOf).filter((scheme) => !["https:", "http:", "mailto:"].includes(scheme))).toEqual([]);
  });
});
