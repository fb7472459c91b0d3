import { describe, expect, it } from "vitest";
import { abbreviate, textWidth, truncate, wrap } from "../../../../src/charts/timeline/labels.ts";

describe("chart label text", () => {
  it("abbreviates the bodies a reader knows by their short names", () => {
    expect(abbreviate("General Assembly sets up the Ad Hoc Committee to draft a cybercrime convention")).toBe(
      "GA sets up the AHC to draft a cybercrime convention",
    );
    expect(abbreviate("Council of Europe adopts the Second Additional Protocol")).toBe("CoE adopts the Second Protocol");
  });

  it("truncates at a word boundary and marks the cut", () => {
    expect(truncate("Short title", 20)).toBe("Short title");
    expect(truncate("Budapest Convention opens for signature", 24)).toBe("Budapest Convention…");
    expect(truncate("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
    expect(truncate("GA adopts a joint US and Russian ICT resolution", 28).length).toBeLessThanOrEqual(28);
  });

  it("drops punctuation left dangling by a cut", () => {
    expect(truncate("Hanoi, Viet Nam, signing", 12)).toBe("Hanoi, Viet…");
    expect(truncate("Peru accedes; the 64th party", 15)).toBe("Peru accedes…");
  });

  it("wraps into lines no longer than the limit and never drops or cuts a word", () => {
    const title = "Russia's draft convention on information crimes issued as a UN document";
    const lines = wrap(title, 24);
    expect(lines).toEqual(["Russia's draft", "convention on", "information crimes", "issued as a UN document"]);
    expect(lines.join(" ")).toBe(title);
    for (const line of wrap("General Assembly adopts Russia's first resolution on information security", 27))
      expect(line.length).toBeLessThanOrEqual(27);
    expect(wrap("One line", 27)).toEqual(["One line"]);
    // A word longer than a line keeps a line of its own, whole.
    expect(wrap("Supercalifragilisticexpialidocious treaty", 10)).toEqual(["Supercalifragilisticexpialidocious", "treaty"]);
  });

  it("estimates width from the character count and the font size", () => {
    expect(textWidth("2019", 10)).toBeCloseTo(4 * 10 * 0.62);
    expect(textWidth("", 13)).toBe(0);
  });
});
