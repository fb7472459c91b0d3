/**
 * Every built page carries the Content-Security-Policy ahead of anything it
 * governs, and nothing in it would need 'unsafe-inline': no inline script
 * (JSON-LD data excepted), no event handler attribute, no inline style, no
 * script URL. The browser sweep (every-page.spec.ts) would see a violation as
 * a console error; this names the element.
 */
import { expect, test } from "@playwright/test";
import { Parser, StaticConfigLoader, type HtmlElement } from "html-validate";
import { openPage } from "../helpers.ts";
import { readPage, shard } from "./built-site.ts";
import { pagesUnder } from "./templates.ts";

const SHARDS = 2;

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/u))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name?.toLowerCase() ?? "", values]),
  );
}

/** Why a policy would let injected or foreign script run, if it would. */
export function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const d = directives(policy);
  const scripts = d.get("script-src") ?? d.get("default-src");
  if (!scripts) problems.push("no script-src or default-src");
  for (const value of scripts ?? []) {
    if (value !== "'self'" && !value.startsWith("'sha") && !value.startsWith("'nonce-"))
      problems.push(`script-src allows ${value}`);
  }
  if (d.get("default-src")?.join(" ") !== "'self'") problems.push("default-src is not 'self'");
  if (d.get("object-src")?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  if (!d.has("base-uri")) problems.push("no base-uri");
  for (const [name, values] of d) {
    for (const value of values) if (/^(https?:|\*|\/\/)/u.test(value)) problems.push(`${name} allows another origin: ${value}`);
  }
  return problems;
}

function describe(element: HtmlElement): string {
  return `<${element.tagName}> at ${element.location.line}:${element.location.column}`;
}

/** What in one page would need 'unsafe-inline' or escape the policy, each with the element's place. */
export function pageProblems(parser: Parser, html: string, file: string): string[] {
  const dom = parser.parseHtml({ data: html, filename: file, line: 1, column: 1, offset: 0 });
  const problems: string[] = [];
  const headElements = dom.querySelector("head")?.childElements ?? [];
  const csp = dom.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
  if (csp.length !== 1) problems.push(`${csp.length} Content-Security-Policy meta elements`);
  // The policy only covers what comes after it: nothing that loads anything may precede it.
  else if (headElements.slice(0, headElements.indexOf(csp[0] as HtmlElement)).some((e) => e.tagName !== "meta")) {
    problems.push("an element other than <meta> precedes the policy in <head>");
  }
  for (const meta of csp) problems.push(...policyProblems(meta.getAttributeValue("content") ?? ""));
  for (const script of dom.querySelectorAll("script")) {
    if (script.getAttributeValue("type") === "application/ld+json") {
      try {
        JSON.parse(script.textContent);
      } catch {
        problems.push(`${describe(script)}: JSON-LD that does not parse`);
      }
    } else if (!script.hasAttribute("src")) problems.push(`${describe(script)}: inline script`);
  }
  for (const element of dom.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (/^on/iu.test(attribute.key)) problems.push(`${describe(element)}: event handler attribute ${attribute.key}`);
      if (attribute.key === "style") problems.push(`${describe(element)}: inline style attribute`);
      const value = typeof attribute.value === "string" ? attribute.value : "";
      if (/^\s*(javascript|vbscript|data):/iu.test(value) && attribute.key !== "content") {
        problems.push(`${describe(element)}: ${attribute.key}="${value.slice(0, 40)}"`);
      }
    }
    if (element.tagName === "style") problems.push(`${describe(element)}: inline <style> element`);
  }
  return problems;
}

const newParser = async () => new Parser(await new StaticConfigLoader().getConfigFor("page.html"));

shard(pagesUnder("csp"), SHARDS).forEach((pages, i) => {
  test(`every page has the policy before anything it governs, and no inline script, handler or style, shard ${i + 1}/${SHARDS} (${pages.length} pages)`, async () => {
    test.setTimeout(5 * 60_000);
    const parser = await newParser();
    const problems = pages.flatMap((page) => pageProblems(parser, readPage(page), page.file).map((p) => `${page.url}: ${p}`));
    expect(problems).toEqual([]);
  });
});

test("the page check names each inline script, handler, style and script URL", async () => {
  const policy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";
  const html = [
    `<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/a.css"><meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script></head><body>',
    '<script>alert(1)</script><img src="/x.svg" alt="" onerror="alert(1)"><p style="color:red">x</p><style>p{}</style>',
    '<a href="javascript:alert(1)">x</a></body></html>',
  ].join("\n");
  expect(pageProblems(await newParser(), html, "bad.html")).toEqual([
    "an element other than <meta> precedes the policy in <head>",
    "<script> at 3:2: inline script",
    "<img> at 3:27: event handler attribute onerror",
    "<p> at 3:71: inline style attribute",
    "<style> at 3:97: inline <style> element",
    '<a> at 4:2: href="javascript:alert(1)"',
  ]);
});

test("the policy check rejects what it must", () => {
  expect(policyProblems("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'")).toEqual([]);
  expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'")).toEqual([
    "script-src allows 'unsafe-inline'",
  ]);
  expect(policyProblems("default-src 'self' https://cdn.example; object-src 'none'; base-uri 'self'")).toEqual([
    "script-src allows https://cdn.example",
    "default-src is not 'self'",
    "default-src allows another origin: https://cdn.example",
  ]);
});

test("the browser enforces the policy: an injected inline script does not run", async ({ browser }) => {
  const { page, close } = await openPage(browser, "/");
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "document.documentElement.dataset['injected'] = 'ran'";
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return document.documentElement.dataset["injected"] ?? "blocked";
  });
  expect(ran).toBe("blocked");
  await close();
});
