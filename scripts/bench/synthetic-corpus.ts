/**
 * Synthetic corpora shaped like the real one, for the search and build
 * benchmarks: the same file types and record mix, scaled by claim count,
 * generated deterministically from a seed so runs are comparable.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentFiles } from "../../src/corpus/index.ts";

const WORDS = (
  "cybercrime treaty convention budapest russia china united states council europe general assembly committee resolution vote " +
  "sovereignty internet human rights safeguards data protection mutual legal assistance extradition jurisdiction offences " +
  "interception preservation production order service provider consensus majority vienna new york negotiation draft protocol " +
  "ratification signature accession parties open free secure information security surveillance dissent extremism content " +
  "criminal purposes ad hoc expert group working group member states authoritarian democratic cooperation capacity building"
).split(" ");
const KINDS = ["fact", "assessment", "recommendation", "prediction"] as const;
const VERDICTS = ["consistent", "inaccurate", "unverifiable"] as const;
const POSITIONS = ["yes", "no", "abstain", "non-voting"] as const;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSize {
  claims: number;
  /** Claims per source (the real corpus has about 27). */
  claimsPerSource?: number;
  seed?: number;
}

/** The 193 member-state table of the real corpus, reused so positions resolve. */
async function statesTable(contentDir: string): Promise<{ file: string; iso3: string[] }> {
  const file = await readFile(path.join(contentDir, "actors/un-member-states.md"), "utf8");
  const iso3 = [...file.matchAll(/^\| ([A-Z]{3}) \|/gmu)].map((m) => m[1] ?? "");
  return { file, iso3 };
}

export async function syntheticCorpus(size: SyntheticSize, realContentDir: string): Promise<ContentFiles> {
  const random = prng(size.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const files: Record<string, string> = {};
  const states = await statesTable(realContentDir);
  files["actors/un-member-states.md"] = states.file.replace(/^cites:.*$/mu, "cites: [synthetic-record]");
  files["citations/synthetic.md"] = `---\ncitations:\n  - id: synthetic-record\n    kind: dataset\n    title: Synthetic record\n    url: https://example.org/record\n---\n`;

  const orgs = Array.from({ length: Math.max(10, Math.round(size.claims / 100)) }, (_, i) => `org-${i}`);
  for (const id of orgs) {
    files[`actors/${id}.md`] = `---\nname: Organisation ${id} ${words(2)}\nkind: organisation\n---\n\n${words(30)}.\n`;
  }
  const dimensions = Array.from({ length: 36 }, (_, i) => `dimension-${i}`);
  files["dimensions/all.md"] = `---\ntitle: All dimensions\norder: 1\n---\n\n${dimensions.map((id) => `:::dimension[${words(2)}]{#${id}}\n${words(15)}.\n:::\n`).join("\n")}`;
  const instruments = Array.from({ length: 9 }, (_, i) => `instrument-${i}`);
  for (const id of instruments) {
    const provisions = dimensions.map((d) => `  ${d}:\n    value: ${pick(["covered", "partly", "not-covered", "unknown"])}\n    articles: ["${1 + Math.floor(random() * 60)}"]\n    note: ${words(10)}.`).join("\n");
    files[`instruments/${id}.md`] =
      `---\nname: Convention ${id} ${words(3)}\nshortName: ${id}\nkind: convention\norganisation: ${orgs[0]}\ntextUrl: https://example.org/${id}\n` +
      `dates:\n  - event: adopted\n    date: ${2000 + Math.floor(random() * 24)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}\n    cites: [synthetic-record]\n` +
      `status:\n  text: In force\n  asOf: 2026-01-01\n  cites: [synthetic-record]\nprovisions:\n${provisions}\n---\n\n${words(60)}.\n`;    // Every cell's article (1–60) is a record, as the build requires.
    files[`articles/${id}.md`] =
      `---\ncites: [synthetic-record]\nchapters:\n  - key: I\n    title: General provisions\n---\n\nArticles of ${id}.\n\n` +
      `| article | chapter | section | heading | language | gloss | confidence | verified | cites | note |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n` +
      Array.from({ length: 60 }, (_, n) => `| ${n + 1} | I |  | Article ${n + 1} | en |  | primary | yes | synthetic-record |  |\n`).join("");
  }
  const voteCount = Math.max(6, Math.round(size.claims / 500));
  const votes = Array.from({ length: voteCount }, (_, i) => `a-res-${70 + (i % 10)}-${100 + i}`);
  votes.forEach((id, i) => {
    const positions = states.iso3.map((iso3) => [iso3, pick(POSITIONS)] as const);
    const count = (p: string) => positions.filter(([, q]) => q === p).length;
    files[`votes/${id}.md`] =
      `---\nsymbol: A/RES/${70 + (i % 10)}/${100 + i}\ntitle: ${words(8)}\nbody: ga-plenary\ndate: 20${10 + (i % 15)}-12-1${i % 9}\nmodality: recorded\n` +
      `tally: { yes: ${count("yes")}, no: ${count("no")}, abstain: ${count("abstain")}, nonVoting: ${count("non-voting")} }\ncites: [synthetic-record]\n---\n\n${words(40)}.\n\n` +
      `:::positions{cites="synthetic-record"}\n| state | vote |\n| --- | --- |\n${positions.map(([s, p]) => `| ${s} | ${p} |`).join("\n")}\n:::\n`;
  });
  const perSource = size.claimsPerSource ?? 25;
  const sourceCount = Math.ceil(size.claims / perSource);
  let claimNo = 0;
  const events: string[] = [];
  for (let s = 0; s < sourceCount; s += 1) {
    const sourceId = `source-${s}`;
    const year = 2010 + (s % 16);
    const claims: string[] = [];
    for (let c = 0; c < perSource && claimNo < size.claims; c += 1, claimNo += 1) {
      const kind = pick(KINDS);
      const actors = [pick(states.iso3).toLowerCase(), pick(orgs)].join(" ");
      const verdict = kind === "fact" ? `\n::verdict[${words(12)}.]{status=${pick(VERDICTS)} cites="synthetic-record"}\n` : "";
      claims.push(
        `:::claim{#claim-${claimNo} kind=${kind} para=${1 + c} as-of=${year}-0${1 + (c % 9)} actors="${actors}" instruments="${pick(instruments)}" votes="${pick(votes)}" dimensions="${pick(dimensions)}"}\n` +
          `${words(25)}.\n\n> ${words(18)}\n${verdict}:::\n`,
      );
    }
    files[`sources/${sourceId}.md`] =
      `---\ntitle: ${words(7)}\nauthors:\n  - name: Author ${s}\n    affiliation: Institute ${s % 40}\noutlet: Outlet ${s % 30}\npublished: ${year}-0${1 + (s % 9)}\n` +
      `url: https://example.org/source-${s}\nkind: analysis\nlanguage: en\nlicence: Synthetic text\n---\n\n${words(50)}.\n\n${claims.join("\n")}`;
    events.push(`:::event[${words(6)}]{#event-${s} date=${year}-0${1 + (s % 9)} lane=${pick(["un", "coe", "regional", "national", "commentary"])} sources="${sourceId}"}\n${words(20)}.\n:::\n`);
  }
  files["events/all.md"] = `---\nperiod: all\n---\n\n${events.join("\n")}`;
  return files;
}

export async function writeContent(files: ContentFiles, dir: string): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(dir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}
