/**
 * The corpus as search records: a compact, weighted field set per record
 * (title, other names and symbols, quote, a short description) and the facet
 * values it is filtered by. Only this text is indexed, so the index stays
 * small enough to load in pieces at 10,000 records.
 */
import { formatDate, signaturesBetween, statusCounts, type Article, type Corpus } from "../../corpus/index.ts";
import { authorLine, formatTally } from "../format.ts";
import { PROVISION_LABELS, VOTE_BODY_LABELS } from "../labels.ts";
import { articleLabel } from "../articles.ts";
import { ownArticleToken } from "./tokenize.ts";
import { RECORD_TYPES, type SearchDoc } from "./types.ts";

const DESCRIPTION_LENGTH = 300;

/** A record before its facet ids are turned into dictionary positions. */
export interface SearchRecord {
  doc: Omit<SearchDoc, "source" | "actors" | "instruments">;
  /** Tokens that name the record itself, indexed with its title: an article's own number (tokenize.ts, `ownArticleToken`). */
  keys?: string[];
  source?: string;
  actors: string[];
  instruments: string[];
}

/** Plain text of the sanitised HTML the corpus carries. */
export function plainText(html: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return html
    .replace(/<[^>]*>/gu, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/gu, " ")
    .trim();
}

/** At most `length` characters, cut at a word boundary. */
export function clip(text: string, length = DESCRIPTION_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/u, "")}…`;
}

/**
 * "Art. 32: Trans-border access to stored computer data …", with the heading as printed (in its
 * language); "Art. 30 (heading not confirmed)" when no source prints one.
 */
export function articleName(article: Article): string {
  const printed =
    article.heading !== undefined && article.confidence !== "secondary-described" && article.confidence !== "not-found";
  return printed ? `${articleLabel(article)}: ${article.heading}` : `${articleLabel(article)} (heading not confirmed)`;
}

/** Where a printed heading that is not the official text's comes from. */
const HEADING_SOURCES: Partial<Record<Article["confidence"], string>> = {
  translation: "Heading of an unofficial translation",
  "secondary-exact": "Heading as a secondary source prints it",
};

const compact = (values: (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => Boolean(v)))];
const sentence = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(". ");
/** The same, without a full stop after a part that ends with its own ("Offence of illicit [access]…"). */
const sentences = (...parts: (string | undefined)[]): string =>
  compact(parts).reduce((text, part) => (text ? `${text}${/[.…!?]$/u.test(text) ? "" : "."} ${part}` : part), "");

/** Every record of the corpus, grouped by type in RECORD_TYPES order. */
export function searchRecords(corpus: Corpus): SearchRecord[] {
  const records: SearchRecord[] = [];
  const dimensions = new Map(corpus.dimensions().map((d) => [d.id, d]));
  // A claim or event about a vote is found by the vote's symbol too.
  const symbols = new Map(corpus.votes().map((v) => [v.id, v.symbol]));
  const voteSymbols = (ids: readonly string[]) => {
    const found = compact(ids.map((id) => symbols.get(id)));
    return found.length > 0 ? { related: found } : {};
  };
  const viewpoints = new Map(corpus.sources().map((s) => [s.id, s.viewpoint]));
  const byType: Record<(typeof RECORD_TYPES)[number], () => void> = {
    instrument: () => {
      for (const i of corpus.instruments()) {
        const first = i.dates.find((d) => d.event === "adopted") ?? i.dates[0];
        records.push({
          doc: {
            id: i.id,
            type: "instrument",
            url: i.url,
            title: i.name,
            alias: compact([i.shortName, i.symbol]),
            text: clip(sentence(i.status.text, plainText(i.profileHtml))),
            ...(first ? { date: first.date } : {}),
          },
          actors: [i.organisation],
          instruments: compact([i.id, i.parent]),
        });
      }
      // Each status list is found as its instrument's status page: "who signed", "ratified", "Hanoi".
      for (const list of corpus.statusLists()) {
        const i = corpus.instrument(list.instrument);
        const counts = statusCounts(list);
        const place = i.dates.find((d) => d.event === "opened-for-signature")?.place;
        const hanoi = i.id === "un-cybercrime-convention" ? signaturesBetween(list, "2025-10-25", "2025-10-26").length : 0;
        records.push({
          doc: {
            id: `${i.id}-status`,
            type: "instrument",
            url: list.url,
            title: `${i.shortName}: who signed and ratified`,
            // The place it opened for signature ("Hanoi") finds the list, unless the instrument is named after it ("Budapest"):
            // the name and the symbol stay with the instrument itself.
            alias: compact([place && !i.shortName.includes(place) ? place : undefined, "status", "signatories", "parties"]),
            text: clip(
              sentence(
                `${counts.signatures} signed, ${counts.parties} ratified or acceded as of ${formatDate(list.asOf)}`,
                hanoi ? `${hanoi} signed the UN Convention at the Hanoi ceremony` : undefined,
                counts.reported ? `${counts.reported} ratifications reported, not confirmed` : undefined,
                plainText(list.introHtml),
              ),
            ),
            date: list.asOf,
          },
          actors: [i.organisation],
          instruments: [i.id],
        });
      }
    },
    vote: () => {
      for (const v of corpus.votes()) {
        const tally = v.tally ? `adopted ${formatTally(v.tally)}` : v.adoptedWithoutVote ? "adopted without a vote" : undefined;
        records.push({
          doc: {
            id: v.id,
            type: "vote",
            url: v.url,
            title: v.title,
            alias: [v.symbol],
            ...(v.draft ? { related: [v.draft] } : {}),
            text: clip(sentence(`${VOTE_BODY_LABELS[v.body]}, ${tally ?? ""}`.replace(/, $/u, ""), plainText(v.descriptionHtml))),
            date: v.date,
          },
          actors: [...v.sponsors],
          instruments: [...v.instruments],
        });
      }
    },
    actor: () => {
      for (const a of corpus.actors()) {
        records.push({
          doc: {
            id: a.id,
            type: "actor",
            url: a.url,
            title: a.name,
            alias: compact([a.shortName, a.iso3]),
            text: clip(sentence(a.role, a.region ? `${a.region} Group` : undefined, plainText(a.profileHtml))),
          },
          actors: [a.id],
          instruments: [],
        });
      }
    },
    source: () => {
      for (const s of corpus.sources()) {
        const firstBlock = s.reading.find((block) => block.type === "html");
        records.push({
          doc: {
            id: s.id,
            type: "source",
            url: s.url,
            title: s.title,
            text: clip(
              sentence(authorLine(s.authors), s.outlet, firstBlock?.type === "html" ? plainText(firstBlock.html) : undefined),
            ),
            ...(s.published ? { date: s.published } : {}),
            ...(s.viewpoint ? { viewpoint: s.viewpoint } : {}),
          },
          source: s.id,
          actors: compact(s.authors.map((author) => author.actor)),
          instruments: [],
        });
      }
    },
    claim: () => {
      for (const c of corpus.claims()) {
        const viewpoint = viewpoints.get(c.source);
        records.push({
          doc: {
            id: c.id,
            type: "claim",
            url: c.url,
            title: c.text,
            quote: c.quote,
            ...voteSymbols(c.votes),
            date: c.asOf,
            kind: c.kind,
            ...(c.verdict ? { verdict: c.verdict.status } : {}),
            ...(viewpoint ? { viewpoint } : {}),
          },
          source: c.source,
          actors: [...c.actors],
          instruments: [...c.instruments],
        });
      }
    },
    event: () => {
      for (const e of corpus.events()) {
        records.push({
          doc: { id: e.id, type: "event", url: e.url, title: e.title, ...voteSymbols(e.votes), text: clip(e.text), date: e.date },
          ...(e.sources[0] ? { source: e.sources[0] } : {}),
          actors: [...e.actors],
          instruments: [...e.instruments],
        });
      }
    },
    provision: () => {
      for (const i of corpus.instruments()) {
        for (const p of i.provisions) {
          const dimension = dimensions.get(p.dimension);
          const articles = p.articles.length > 0 ? ` (Art. ${p.articles.join(", ")})` : "";
          records.push({
            doc: {
              id: `${p.dimension}--${i.id}`,
              type: "provision",
              url: `/compare/#${p.dimension}--${i.id}`,
              title: `${i.shortName}: ${dimension?.title ?? p.dimension}`,
              text: clip(sentence(`${PROVISION_LABELS[p.value]}${articles}`, p.note)),
            },
            actors: [],
            instruments: [i.id],
          });
        }
      }
    },
    article: () => {
      for (const i of corpus.instruments()) {
        if (!corpus.hasArticleList(i.id)) continue;
        const chapters = new Map(corpus.articleList(i.id).chapters.map((c) => [c.key, c]));
        for (const a of corpus.articlesOf(i.id)) {
          const chapter = a.chapter === undefined ? undefined : chapters.get(a.chapter);
          // The comparison rows that cite it: the subject of an article whose heading is not known.
          const cited = compact(corpus.provisionsCiting(a.id).map(({ provision }) => dimensions.get(provision.dimension)?.title));
          const text = clip(
            sentences(
              chapter ? `Chapter ${chapter.key}${chapter.title ? `: ${chapter.title}` : ""}` : undefined,
              a.gloss ? `The atlas's English rendering of the heading: ${a.gloss}` : undefined,
              a.confidence === "secondary-described" && a.heading
                ? `No heading printed; a source describes it as: ${a.heading}`
                : undefined,
              HEADING_SOURCES[a.confidence],
              cited.length > 0 ? `Cited in the comparison for: ${cited.join(", ")}` : undefined,
            ),
          );
          records.push({
            doc: {
              id: a.id,
              type: "article",
              url: a.url,
              title: `${i.shortName}, ${articleName(a)}`,
              ...(text ? { text } : {}),
            },
            // (An unnumbered article has no reference a query could write.)
            ...(a.number === "unnumbered" ? {} : { keys: [ownArticleToken(a.number)] }),
            actors: [],
            instruments: [i.id],
          });
        }
      }
    },
  };
  for (const type of RECORD_TYPES) byType[type]();
  return records;
}
