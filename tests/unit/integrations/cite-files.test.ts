import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../../src/corpus/index.ts";
import { citeFileAt, citeFiles, writeCiteFiles } from "../../../src/integrations/cite-files.ts";
import { CITE_FORMATS } from "../../../src/lib/cite.ts";
import { citationsFor } from "../../../src/lib/claim-view.ts";

const site = new URL("https://atlas.example");

async function realCorpus(): Promise<Corpus> {
  const { corpus } = await loadCorpus();
  if (!corpus) throw new Error("the real content does not build");
  return corpus;
}

describe("citation download files", () => {
  const out = mkdtempSync(path.join(tmpdir(), "atlas-cite-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes one file per claim and format, each the citation its claim page shows", async () => {
    const corpus = await realCorpus();
    const first = writeCiteFiles(corpus, site, out);
    expect(first.written).toBe(corpus.claims().length * CITE_FORMATS.length);
    expect(first.files.size).toBe(first.written);
    // Written again over the same output, nothing needs rewriting, and the same files are named.
    const again = writeCiteFiles(corpus, site, out);
    expect(again.written).toBe(0);
    expect([...again.files].sort()).toEqual([...first.files].sort());
    for (const claim of corpus.claims()) {
      const texts = citationsFor(corpus, claim, corpus.source(claim.source), site);
      const names = readdirSync(path.join(out, "claims", claim.id)).sort();
      expect(names).toEqual(CITE_FORMATS.map((f) => `cite.${f.id}`).sort());
      for (const format of CITE_FORMATS)
        expect(readFileSync(path.join(out, "claims", claim.id, `cite.${format.id}`), "utf8")).toBe(texts[format.id]);
    }
  });

  it("answers the dev server with the same files, and nothing for other paths", async () => {
    const corpus = await realCorpus();
    for (const file of citeFiles(corpus, site)) expect(citeFileAt(corpus, site, file.urlPath)).toEqual(file);
    const claim = corpus.claims()[0];
    if (!claim) throw new Error("no claims");
    expect(citeFileAt(corpus, site, `/claims/${claim.id}/cite.pdf`)).toBeUndefined();
    expect(citeFileAt(corpus, site, "/claims/no-such-claim/cite.bib")).toBeUndefined();
    expect(citeFileAt(corpus, site, `/claims/${claim.id}/`)).toBeUndefined();
  });
});
