import { describe, expect, it } from "vitest";
import { highlight, snippet } from "../../../src/lib/search/highlight.ts";

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: { text: string; mark: boolean }[]) => segments.map((s) => s.text).join("");

describe("highlighting", () => {
  it("marks the words whose tokens the query matched, keeping the text as written", () => {
    const segments = highlight("China runs the Golden Shield Project.", new Set(["golden", "shield"]));
    expect(marked(segments)).toEqual(["Golden Shield"]);
    expect(joined(segments)).toBe("China runs the Golden Shield Project.");
  });

  it("marks the part of a document symbol a shorter symbol matched", () => {
    expect(marked(highlight("Resolution A/RES/74/247 passed", new Set(["74/247"])))).toEqual(["74/247"]);
    expect(marked(highlight("A/C.3/74/L.11/Rev.1", new Set(["a/c.3/74/l.11"])))).toEqual(["A/C.3/74/L.11"]);
  });

  it("marks a reference to an article the query named, whole, and no other", () => {
    const segments = highlight("Covered (Art. 32(b)); see also Art. 3 and Arts 31, 32.", new Set(["art:32"]));
    expect(marked(segments)).toEqual(["Art. 32(b)", "Arts 31, 32"]);
    expect(joined(segments)).toBe("Covered (Art. 32(b)); see also Art. 3 and Arts 31, 32.");
  });

  it("leaves markup in the text as text", () => {
    const segments = highlight("<img src=x onerror=alert(1)> budapest", new Set(["budapest"]));
    expect(joined(segments)).toBe("<img src=x onerror=alert(1)> budapest");
  });

  it("cuts a long text around the first match, with ellipses where it was cut", () => {
    const text = `${"word ".repeat(80)}the Budapest Convention ${"more ".repeat(80)}`.trim();
    const segments = snippet(text, new Set(["budapest"]), 120);
    expect(segments[0]?.text).toBe("…");
    expect(segments.at(-1)?.text).toBe("…");
    expect(marked(segments)).toEqual(["Budapest"]);
    expect(joined(segments).length).toBeLessThanOrEqual(124);
  });
});
