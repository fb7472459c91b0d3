import { describe, expect, it } from "vitest";
import { allowedTypos, distanceWithin, prefixDistanceWithin } from "../../../src/lib/search/fuzzy.ts";
import { expandTerm, numberForms, shardOf } from "../../../src/lib/search/vocabulary.ts";

describe("typo tolerance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(distanceWithin("sheild", "shield", 2)).toBe(1);
    expect(distanceWithin("budpest", "budapest", 2)).toBe(1);
    expect(distanceWithin("kitten", "sitting", 3)).toBe(3);
  });

  it("gives up beyond the limit", () => {
    expect(distanceWithin("treaty", "convention", 2)).toBe(3);
    expect(distanceWithin("abc", "abcdef", 1)).toBe(2);
  });

  it("allows no typo in short words or numbers, one from four letters, two from eight", () => {
    expect(allowedTypos("law")).toBe(0);
    expect(allowedTypos("2019")).toBe(0);
    expect(allowedTypos("putn")).toBe(1);
    expect(allowedTypos("sovreignty")).toBe(2);
  });

  it("compares a word being typed with the start of longer words", () => {
    expect(prefixDistanceWithin("budpe", "budapest", 1)).toBe(1);
    expect(prefixDistanceWithin("budpe", "bureau", 1)).toBe(2);
  });

  it("expands a term to itself, the words it begins, its other number, and typos only when nothing else matched", () => {
    const vocabulary = ["budapest", "bureau", "group", "groups", "internal", "internet", "shield"].sort();
    const tokens = (text: string, prefix = false) =>
      expandTerm({ text, symbol: false, prefix }, vocabulary)
        .map((e) => e.token)
        .sort();
    expect(tokens("bu", true)).toEqual(["budapest", "bureau"]);
    expect(tokens("groups")).toEqual(["group", "groups"]);
    expect(tokens("sheild")).toEqual(["shield"]);
    expect(tokens("internet")).toEqual(["internet"]);
    expect(numberForms("parties")).toEqual(["party"]);
  });

  it("expands an article reference to the article itself and to what cites it", () => {
    const vocabulary = ["art:2", "art:24", "art:240", "art=2", "art=24", "article"].sort();
    const tokens = (text: string, prefix = false) =>
      expandTerm({ text, symbol: true, prefix }, vocabulary)
        .map((e) => e.token)
        .sort();
    expect(tokens("art:24")).toEqual(["art:24", "art=24"]);
    expect(tokens("art:2")).toEqual(["art:2", "art=2"]);
    // "art" being typed still becomes "article", however many article tokens sort in between.
    const typed = expandTerm({ text: "art", symbol: false, prefix: true }, vocabulary).map((e) => e.token);
    expect(typed).toEqual(["article"]);
  });

  it("finds the postings file of a vocabulary position", () => {
    expect([0, 4, 5, 9, 10].map((p) => shardOf(p, [0, 5, 10]))).toEqual([0, 0, 1, 1, 2]);
  });
});
