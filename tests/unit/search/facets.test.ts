import { describe, expect, it } from "vitest";
import { applyFilters, countFacets, MAX_VALUES, resolveFilters } from "../../../src/lib/search/facets.ts";
import { VIEWPOINT_LABELS } from "../../../src/lib/labels.ts";
import { realIndex } from "./memory-index.ts";

describe("facets", () => {
  it("lists the most frequent values of a long group, and always the selected one", async () => {
    const { manifest, facets } = await realIndex();
    const all = Array.from({ length: manifest.records }, (_, i) => i);
    const actors = countFacets(all, facets, new Map(), manifest, {}).find((g) => g.group === "actor");
    expect(actors?.distinct).toBeGreaterThan(MAX_VALUES);
    expect(actors?.values).toHaveLength(MAX_VALUES);
    const counts = actors?.values.map((v) => v.count) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const rare = [...manifest.actors].reverse().find(([id]) => !actors?.values.some((v) => v.value === id))?.[0] ?? "";
    const filters = { actor: rare };
    const selected = countFacets(all, facets, resolveFilters(filters, manifest), manifest, filters).find(
      (g) => g.group === "actor",
    );
    expect(selected?.values.filter((v) => v.selected).map((v) => v.value)).toEqual([rare]);
  });

  it("keeps types, kinds and verdicts in their fixed order and years newest first", async () => {
    const { manifest, facets } = await realIndex();
    const all = Array.from({ length: manifest.records }, (_, i) => i);
    const groups = countFacets(all, facets, new Map(), manifest, {});
    expect(groups.find((g) => g.group === "type")?.values.map((v) => v.value)).toEqual([
      "instrument",
      "vote",
      "actor",
      "source",
      "claim",
      "event",
      "provision",
      "article",
    ]);
    expect(groups.find((g) => g.group === "kind")?.values.map((v) => v.value)).toEqual([
      "fact",
      "assessment",
      "recommendation",
      "prediction",
    ]);
    const years = groups.find((g) => g.group === "year")?.values.map((v) => Number(v.value)) ?? [];
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("matches nothing for an unknown filter value", async () => {
    const { manifest, facets } = await realIndex();
    const all = Array.from({ length: manifest.records }, (_, i) => i);
    for (const filters of [{ actor: "atlantis" }, { type: "poem" }, { year: "soon" }, { viewpoint: "martian" }]) {
      expect(applyFilters(all, facets, resolveFilters(filters, manifest))).toEqual([]);
    }
  });

  it("filters sources and their claims by viewpoint, in the labels' fixed order", async () => {
    const { manifest, facets, docs: shards } = await realIndex();
    const docs = shards.flat();
    const all = Array.from({ length: manifest.records }, (_, i) => i);
    const group = countFacets(all, facets, new Map(), manifest, {}).find((g) => g.group === "viewpoint");
    const order = Object.keys(VIEWPOINT_LABELS);
    const listed = group?.values.map((v) => v.value) ?? [];
    expect(listed.length).toBeGreaterThanOrEqual(6);
    expect(listed).toEqual([...listed].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const filters = { viewpoint: "civil-society" };
    const matched = applyFilters(all, facets, resolveFilters(filters, manifest));
    expect(matched.length).toBe(group?.values.find((v) => v.value === "civil-society")?.count);
    for (const record of matched) {
      expect(["source", "claim"]).toContain(docs[record]?.type);
      expect(docs[record]?.viewpoint).toBe("civil-society");
    }
  });
});
