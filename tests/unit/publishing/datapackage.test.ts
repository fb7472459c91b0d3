import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
// datapackage (Frictionless Data's JavaScript library) has no types; the test uses Package.load and Resource.read.
// @ts-expect-error -- untyped package
import * as datapackage from "datapackage";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { dataPackage, TABLES } from "../../../src/corpus/export/tables.ts";
import { toCsv } from "../../../src/corpus/export/csv.ts";

interface Resource {
  name: string;
  read(options: { cast: boolean }): Promise<unknown[][]>;
}
interface LoadedPackage {
  valid: boolean;
  errors: unknown[];
  resources: Resource[];
}
const { Package } = datapackage as { Package: { load(descriptor: string): Promise<LoadedPackage> } };

/** The Tabular Data Package profile (the specification's JSON Schema), as Frictionless Data's npm package ships it. */
const require = createRequire(import.meta.url);
const profile = JSON.parse(readFileSync(require.resolve("datapackage/lib/profiles/tabular-data-package.json"), "utf8")) as object;

/** The package and its CSVs in a folder, as /data/ serves them. */
function writePackage(corpus: Corpus, override: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-datapackage-"));
  writeFileSync(path.join(dir, "datapackage.json"), dataPackage(corpus, "https://atlas.example/"));
  for (const table of TABLES) writeFileSync(path.join(dir, `${table.name}.csv`), override[table.name] ?? table.csv(corpus));
  return dir;
}

async function readAll(dir: string): Promise<Map<string, number | Error>> {
  const pkg = await Package.load(path.join(dir, "datapackage.json"));
  const results = new Map<string, number | Error>();
  for (const resource of pkg.resources) {
    try {
      results.set(resource.name, (await resource.read({ cast: true })).length);
    } catch (error) {
      results.set(resource.name, error as Error);
    }
  }
  return results;
}

describe("/data/datapackage.json", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    const built = await loadCorpus(undefined, { texts: null });
    if (!built.corpus) throw new Error("content has errors");
    corpus = built.corpus;
  });

  it("validates against the Tabular Data Package profile", () => {
    // strict: false, for the profile's own annotation keywords (propertyOrder, context …); `textarea` is its editor hint.
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    const descriptor = JSON.parse(dataPackage(corpus, "https://atlas.example/")) as Record<string, unknown>;
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor["version"]).toBe(corpus.version);
    expect(descriptor["licenses"]).toEqual([expect.objectContaining({ name: "CC-BY-4.0" })]);
  });

  it("describes every CSV under /data/", () => {
    const endpoints = readdirSync("src/pages/data")
      .filter((file) => file.endsWith(".csv.ts"))
      .map((file) => file.slice(0, -".csv.ts".length))
      .sort();
    expect(TABLES.map((t) => t.name).sort()).toEqual(endpoints);
  });

  it("gives each CSV the header its Table Schema lists", () => {
    for (const table of TABLES) {
      const records: string[][] = parse(table.csv(corpus), { to_line: 1 });
      const [header] = records;
      expect(header, table.name).toEqual(table.fields.map((f) => f.name));
    }
  });

  it("loads in Frictionless Data's library, every row cast to its types and checked against its constraints", async () => {
    const results = await readAll(writePackage(corpus));
    for (const table of TABLES) {
      const records: string[][] = parse(table.csv(corpus), { from_line: 2 });
      const rows = records.length;
      expect(rows, table.name).toBeGreaterThan(0);
      expect(results.get(table.name), table.name).toBe(rows);
    }
  });

  it("fails a CSV whose values break its schema", async () => {
    const claims = TABLES.find((t) => t.name === "claims")?.csv(corpus) ?? "";
    const lines = claims.split("\r\n");
    // The paragraph column of the first claim: an integer, required.
    lines[1] = (lines[1] ?? "").replace(/,(\d{4}-\d{2}-\d{2}),\d+,/u, ",$1,three,");
    const results = await readAll(writePackage(corpus, { claims: lines.join("\r\n") }));
    expect(results.get("claims")).toBeInstanceOf(Error);
    expect(results.get("votes")).toBeTypeOf("number");
  });

  it("fails a value outside a field's allowed values", async () => {
    const votes = TABLES.find((t) => t.name === "votes")?.csv(corpus) ?? "";
    const broken = votes.replace(/,(yes|no|abstain)\r\n/u, ",maybe\r\n");
    expect(broken).not.toBe(votes);
    const results = await readAll(writePackage(corpus, { votes: broken }));
    expect(results.get("votes")).toBeInstanceOf(Error);
  });

  it("is the same file for the same content", () => {
    expect(dataPackage(corpus, "https://atlas.example/")).toBe(dataPackage(corpus, "https://atlas.example/"));
  });
});

describe("the CSV writer", () => {
  it("quotes what RFC 4180 says to, a lone line feed (a multi-line paraphrase) included, and ends records with CRLF", () => {
    const text = toCsv(["a", "b", "c"], [["one\ntwo", 'say "x"', "p, q"], [3, null, undefined]]);
    expect(text).toBe('a,b,c\r\n"one\ntwo","say ""x""","p, q"\r\n3,,\r\n');
    expect(parse(text, { from_line: 2 })).toEqual([["one\ntwo", 'say "x"', "p, q"], ["3", "", ""]]);
  });
});
