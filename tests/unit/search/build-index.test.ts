import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/corpus/index.ts";
import { buildSearchIndex, initials } from "../../../src/lib/search/build-index.ts";
import { FIELD, FIELD_BITS, RECORD_TYPES } from "../../../src/lib/search/types.ts";
import { realIndex } from "./memory-index.ts";

/** token → [record, mask] pairs, decoded from the published postings. */
function decode(files: Awaited<ReturnType<typeof realIndex>>, token: string): [number, number][] {
  const shard = files.postings.find((p) => token in p.postings);
  let record = 0;
  return (shard?.postings[token] ?? []).map((value) => {
    record += Math.floor(value / 2 ** FIELD_BITS);
    return [record, value % 2 ** FIELD_BITS];
  });
}

describe("the search index", () => {
  it("holds every record of every type once, in type order, with its permalink", async () => {
    const files = await realIndex();
    const { corpus } = await loadCorpus();
    const docs = files.docs.flat();
    expect(docs).toHaveLength(files.manifest.records);
    const provisions = corpus?.instruments().reduce((n, i) => n + i.provisions.length, 0) ?? 0;
    const expected =
      (corpus?.claims().length ?? 0) +
      (corpus?.sources().length ?? 0) +
      (corpus?.actors().length ?? 0) +
      (corpus?.instruments().length ?? 0) +
      (corpus?.statusLists().length ?? 0) +
      (corpus?.votes().length ?? 0) +
      (corpus?.events().length ?? 0) +
      provisions +
      (corpus?.articles().length ?? 0);
    expect(docs).toHaveLength(expected);
    const order = docs.map((d) => RECORD_TYPES.indexOf(d.type));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(docs.find((d) => d.id === "a-res-74-247")?.url).toBe("/votes/a-res-74-247/");
    expect(docs.find((d) => d.id === "un-cybercrime-convention-status")?.url).toBe("/instruments/un-cybercrime-convention/status/");
    expect(docs.find((d) => d.type === "provision")?.url).toMatch(/^\/compare\/#[a-z0-9-]+--[a-z0-9-]+$/u);
    expect(docs.find((d) => d.id === "budapest-convention:32")?.url).toBe("/instruments/budapest-convention/articles/32/");
  });

  it("holds each article under its instrument and number, its heading as printed or marked as not confirmed", async () => {
    const files = await realIndex();
    const docs = files.docs.flat();
    const at = (id: string) => docs.findIndex((d) => d.id === id);
    const art32 = docs[at("budapest-convention:32")];
    expect(art32).toMatchObject({
      type: "article",
      title: "Budapest Convention, Art. 32: Trans-border access to stored computer data with consent or where publicly available",
    });
    expect(art32?.text).toContain("Chapter III: International co-operation");
    // The comparison rows that cite it are its description: the subject of an article whose heading is unknown.
    expect(art32?.text).toContain("Cited in the comparison for: Transborder access to data");
    expect(docs[at("un-cybercrime-convention:30")]?.title).toBe(
      "UN Convention against Cybercrime, Art. 30 (heading not confirmed)",
    );
    // A described subject is no heading: it is in the description, said to be a source's description.
    const art24 = docs[at("un-cybercrime-convention:24")];
    expect(art24?.title).toBe("UN Convention against Cybercrime, Art. 24 (heading not confirmed)");
    expect(art24?.text).toContain("a source describes it as: limits/safeguards on the exercise of procedural measures");
    // A heading in another language keeps its title; the atlas's English rendering is labelled as such.
    const art8 = docs[at("un-cybercrime-convention:8")];
    expect(art8?.title).toBe("UN Convention against Cybercrime, Art. 8: الاعتراض غير المشروع");
    expect(art8?.text).toContain("The atlas's English rendering of the heading: illegal/unlawful interception");
    // The instrument facet is the article's own instrument.
    const instrument = (record: number) => files.facets.instrument[record]?.map((i) => files.manifest.instruments[i]?.[0]);
    expect(instrument(at("budapest-second-protocol:6"))).toEqual(["budapest-second-protocol"]);
    expect(files.manifest.records).toBe(docs.length);
  });

  it("indexes article references as one token per article, and each article under its own number", async () => {
    const files = await realIndex();
    const docs = files.docs.flat();
    const ids = (token: string, field: number) =>
      decode(files, token)
        .filter(([, mask]) => mask & field)
        .map(([record]) => docs[record]?.id);
    // Its own: only the articles numbered 32.
    const own = ids("art=32", FIELD.title);
    expect(own).toContain("budapest-convention:32");
    expect(own.every((id) => /:32$/u.test(id ?? ""))).toBe(true);
    // Cited: the article's title, and the comparison cell whose note says "(Art. 32)".
    expect(ids("art:32", FIELD.title)).toContain("budapest-convention:32");
    expect(ids("art:32", FIELD.text)).toContain("transborder-access--budapest-convention");
    // Its instrument's other names find it: initials, the place it opened for signature.
    const un = files.manifest.instruments.findIndex(([id]) => id === "un-cybercrime-convention");
    expect(files.manifest.instrumentNames[un]).toMatch(/\bUNCC\b.*\bHanoi\b/u);
    expect(ids("uncc", FIELD.facet)).toContain("un-cybercrime-convention:24");
    expect(ids("uncc", FIELD.facet).every((id) => id?.startsWith("un-cybercrime-convention:"))).toBe(true);
    expect(initials("UN Convention against Cybercrime")).toBe("UNCC");
    expect(initials("Budapest Convention")).toBeUndefined();
  });

  it("is the same for the same corpus", async () => {
    const { corpus } = await loadCorpus();
    if (!corpus) throw new Error("no corpus");
    expect(JSON.stringify(buildSearchIndex(corpus))).toBe(JSON.stringify(buildSearchIndex(corpus)));
  });

  it("cuts a sorted vocabulary into postings files that hold exactly their range", async () => {
    const files = await realIndex();
    const { vocabulary, shardStarts } = files.manifest;
    expect(vocabulary).toEqual([...vocabulary].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(shardStarts[0]).toBe(0);
    files.postings.forEach((shard, i) => {
      // (Object key order puts number-like keys first, hence the sort.)
      expect(Object.keys(shard.postings).sort()).toEqual(vocabulary.slice(shardStarts[i], shardStarts[i + 1]).sort());
    });
  });

  it("carries with each token's postings the records a one-word query shows first", async () => {
    const files = await realIndex();
    const docs = files.docs.flat();
    const shard = files.postings.find((p) => "budapest" in p.postings);
    const titled = decode(files, "budapest")
      .filter(([, mask]) => mask & (FIELD.title | FIELD.alias))
      .map(([record]) => record);
    expect(titled.length).toBeGreaterThan(0);
    for (const record of titled.slice(0, 10)) expect(shard?.docs[record]).toEqual(docs[record]);
  });

  it("records in which field a token occurs", async () => {
    const files = await realIndex();
    const docs = files.docs.flat();
    const position = docs.findIndex((d) => d.id === "a-c-3-74-l-11-rev-1");
    const symbol = decode(files, "a/c.3/74/l.11").find(([record]) => record === position);
    expect((symbol?.[1] ?? 0) & FIELD.alias).toBeTruthy();
    const claim = docs.findIndex((d) => d.id === "stradner-golden-shield");
    const golden = decode(files, "golden").find(([record]) => record === claim);
    expect((golden?.[1] ?? 0) & (FIELD.title | FIELD.quote)).toBeTruthy();
  });

  it("gives each record one entry per facet column, in the manifest's terms", async () => {
    const files = await realIndex();
    for (const column of Object.values(files.facets)) expect(column).toHaveLength(files.manifest.records);
    const docs = files.docs.flat();
    const claim = docs.findIndex((d) => d.id === "stradner-golden-shield");
    expect(files.manifest.sources[(files.facets.source[claim] ?? 0) - 1]?.[0]).toBe("stradner-2022-the-hill");
    expect(files.facets.actor[claim]?.map((i) => files.manifest.actors[i]?.[0])).toEqual(["chn", "rus"]);
    expect(files.facets.year[claim]).toBe(2022);
  });
});
