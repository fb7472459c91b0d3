import { describe, expect, it } from "vitest";
import { SearchEngine } from "../../../src/lib/search/engine.ts";
import { memoryLoader, realEngine, realIndex, request } from "./memory-index.ts";

describe("the search engine", () => {
  it("loads the manifest, then only the postings and records a query needs; the facet columns on demand", async () => {
    const requests: string[] = [];
    const engine = await realEngine(requests);
    const response = await engine.search(request("Golden Shield", {}, 5));
    expect(response?.hits[0]?.id).toBe("stradner-golden-shield");
    expect(requests[0]).toBe("index.json");
    expect(requests).not.toContain("facets.json");
    const files = await realIndex();
    expect(requests.filter((r) => r.startsWith("docs/")).length).toBeLessThan(files.docs.length);
    await engine.search(request("Golden Shield", { type: "claim" }, 5));
    expect(requests).toContain("facets.json");
    expect(requests.filter((r) => r === "index.json")).toHaveLength(1);
  });

  it("shows a one-word query's first results from the postings file alone", async () => {
    const files = await realIndex();
    // Docs files that never arrive: the first results must not need one.
    const engine = new SearchEngine({ ...memoryLoader(files), docs: () => new Promise(() => undefined) });
    const stuck = new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 5000));
    for (const q of ["bud", "budapest", "Golden", "russia", "A/RES/74/247"]) {
      const response = await Promise.race([engine.search(request(q, {}, 10)), stuck]);
      expect(response === "stuck" ? "waited for a docs file" : response?.hits.length, q).toBeGreaterThan(0);
    }
  });

  it("answers no query with the empty state, one letter with a hint", async () => {
    const engine = await realEngine();
    expect((await engine.search(request("")))?.status).toBe("empty");
    expect((await engine.search(request("b")))?.status).toBe("too-short");
    expect((await engine.search(request("the of")))?.total).toBe(0);
  });

  it("counts facets over all matches, each group ignoring its own filter", async () => {
    const engine = await realEngine();
    await engine.facets();
    const all = await engine.search(request("budapest"));
    const types = all?.facets?.find((f) => f.group === "type")?.values ?? [];
    expect(types.reduce((n, v) => n + v.count, 0)).toBe(all?.total);
    const claims = await engine.search(request("budapest", { type: "claim" }));
    expect(claims?.total).toBe(types.find((v) => v.value === "claim")?.count);
    // The type group still offers the other types, with the same counts.
    expect(claims?.facets?.find((f) => f.group === "type")?.values.map((v) => v.count)).toEqual(types.map((v) => v.count));
    expect(claims?.facets?.find((f) => f.group === "type")?.values.find((v) => v.value === "claim")?.selected).toBe(true);
    expect(claims?.active).toEqual([{ group: "type", value: "claim", label: "Type: Claims" }]);
  });

  it("offers, for no results, to drop each filter with the count that gives", async () => {
    const engine = await realEngine();
    const response = await engine.search(request("Golden Shield", { type: "vote", year: "2022" }));
    expect(response?.total).toBe(0);
    expect(response?.relax).toEqual([
      { group: "type", value: "vote", label: "Type: Votes", total: 2 },
      { group: "year", value: "2022", label: "Year: 2022", total: 0 },
    ]);
  });

  it("browses by filters alone", async () => {
    const engine = await realEngine();
    const response = await engine.search(request("", { type: "vote" }, 50));
    const files = await realIndex();
    expect(response?.total).toBe(files.docs.flat().filter((d) => d.type === "vote").length);
    expect(response?.hits.every((h) => h.type === "vote")).toBe(true);
  });

  it("keeps the first results in place when more are asked for", async () => {
    const engine = await realEngine();
    const twenty = await engine.search(request("russia", {}, 20));
    const forty = await engine.search(request("russia", {}, 40));
    expect(forty?.hits.slice(0, 20).map((h) => h.id)).toEqual(twenty?.hits.map((h) => h.id));
    expect(forty?.hits).toHaveLength(40);
  });

  it("shows an article as an article, its reference marked, its instrument as the filter", async () => {
    const engine = await realEngine();
    const hit = (await engine.search(request("Budapest Art. 32(b)")))?.hits[0];
    expect(hit).toMatchObject({
      id: "budapest-convention:32",
      type: "article",
      label: "Article",
      url: "/instruments/budapest-convention/articles/32/",
    });
    expect(hit?.title.filter((s) => s.mark).map((s) => s.text)).toEqual(["Budapest", "Art. 32"]);
    const filtered = await engine.search(request("", { type: "article", instrument: "un-cybercrime-convention" }, 100));
    expect(filtered?.hits.length).toBeGreaterThan(0);
    expect(filtered?.hits.every((h) => h.type === "article" && h.id.startsWith("un-cybercrime-convention:"))).toBe(true);
    expect(filtered?.active.map((f) => f.label)).toEqual(["Type: Treaty articles", "Treaty: UN Convention against Cybercrime"]);
  });

  it("abandons a search a newer one replaced", async () => {
    const engine = new SearchEngine(memoryLoader(await realIndex()));
    expect(await engine.search(request("budapest"), () => false)).toBeNull();
  });

  it("returns the query as given, and hits whose highlights are plain text", async () => {
    const engine = await realEngine();
    const q = "<img src=x onerror=alert(1)> budapest";
    const response = await engine.search(request(q));
    expect(response?.state.q).toBe(q);
    expect(response?.total).toBe(0);
    const hit = (await engine.search(request("Golden Sheild")))?.hits[0];
    expect(hit?.label).toBe("Claim · Fact · Consistent with the record");
    expect(hit?.title.filter((s) => s.mark).map((s) => s.text)).toEqual(["Golden Shield"]);
    expect(hit?.meta.map((s) => s.text).join("")).toContain("Biden must rally");
  });
});
