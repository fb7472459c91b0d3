import type { Actor, Article, ArticleList, Citation, Claim, CorpusData, Dimension, Instrument, Provision, Source, StatusEntry, StatusList, TimelineEvent, Vote } from "./schema/records.ts";
import { articleId, parseArticleRef } from "./schema/article.ts";
import type { Position } from "./schema/vote.ts";
import { UN_REGIONS } from "./schema/actor.ts";
import { compareDates } from "./dates.ts";

export type ClaimSubject = "actors" | "instruments" | "votes" | "dimensions" | "events";

/**
 * The immutable, typed corpus and the one query API pages use. Lookups by id
 * throw for an unknown id: a page asking for a record that does not exist is
 * a bug, not something to render around.
 */
export class Corpus {
  readonly #byId: {
    sources: Map<string, Source>;
    claims: Map<string, Claim>;
    actors: Map<string, Actor>;
    instruments: Map<string, Instrument>;
    votes: Map<string, Vote>;
    events: Map<string, TimelineEvent>;
    dimensions: Map<string, Dimension>;
    citations: Map<string, Citation>;
    statusLists: Map<string, StatusList>;
    articleLists: Map<string, ArticleList>;
    articles: Map<string, Article>;
  };
  #claimsByArticle: Map<string, Claim[]> | undefined;
  /** Claims by the records they name, built on first use: every actor, instrument and vote page asks. */
  readonly #about = new Map<ClaimSubject, Map<string, Claim[]>>();
  #asOf: string | undefined;

  constructor(readonly data: CorpusData) {
    deepFreeze(data);
    this.#byId = {
      sources: indexed(data.sources),
      claims: indexed(data.claims),
      actors: indexed(data.actors),
      instruments: indexed(data.instruments),
      votes: indexed(data.votes),
      events: indexed(data.events),
      dimensions: indexed(data.dimensions),
      citations: indexed(data.citations),
      statusLists: indexed(data.statusLists),
      articleLists: indexed(data.articleLists),
      articles: indexed(data.articles),
    };
  }

  get version(): string {
    return this.data.version;
  }

  sources(): readonly Source[] {
    return this.data.sources;
  }
  source(id: string): Source {
    return lookup(this.#byId.sources, id, "source");
  }

  claims(): readonly Claim[] {
    return this.data.claims;
  }
  claim(id: string): Claim {
    return lookup(this.#byId.claims, id, "claim");
  }
  hasClaim(id: string): boolean {
    return this.#byId.claims.has(id);
  }
  claimsOf(sourceId: string): Claim[] {
    return this.source(sourceId).claims.map((id) => this.claim(id));
  }
  /** Claims that name the record in the given attribute (an actor, an instrument, …). */
  claimsAbout(subject: ClaimSubject, id: string): Claim[] {
    let index = this.#about.get(subject);
    if (!index) {
      index = new Map();
      for (const claim of this.data.claims)
        for (const named of new Set(claim[subject])) {
          const list = index.get(named);
          if (list) list.push(claim);
          else index.set(named, [claim]);
        }
      this.#about.set(subject, index);
    }
    return [...(index.get(id) ?? [])];
  }

  actors(): readonly Actor[] {
    return this.data.actors;
  }
  actor(id: string): Actor {
    return lookup(this.#byId.actors, id, "actor");
  }
  hasActor(id: string): boolean {
    return this.#byId.actors.has(id);
  }
  states(): Actor[] {
    return this.data.actors.filter((actor) => actor.kind === "state");
  }
  stateByIso3(iso3: string): Actor {
    return this.actor(iso3.toLowerCase());
  }
  statesByRegion(): { region: (typeof UN_REGIONS)[number]; states: Actor[] }[] {
    return UN_REGIONS.map((region) => ({ region, states: this.states().filter((s) => s.region === region) }));
  }
  actorsByKind(): Map<Actor["kind"], Actor[]> {
    const groups = new Map<Actor["kind"], Actor[]>();
    for (const actor of this.data.actors) groups.set(actor.kind, [...(groups.get(actor.kind) ?? []), actor]);
    return groups;
  }

  instruments(): readonly Instrument[] {
    return this.data.instruments;
  }
  instrument(id: string): Instrument {
    return lookup(this.#byId.instruments, id, "instrument");
  }

  /** Every instrument's status list (who signed and joined it), by instrument id. */
  statusLists(): readonly StatusList[] {
    return this.data.statusLists;
  }
  hasStatusList(instrumentId: string): boolean {
    return this.#byId.statusLists.has(instrumentId);
  }
  statusList(instrumentId: string): StatusList {
    return lookup(this.#byId.statusLists, instrumentId, "status list");
  }
  /** A participant's row in every list that names it (a state by actor id, e.g. "fra", or "eu"), in instrument order. */
  statusOf(participant: string): { instrument: Instrument; list: StatusList; entry: StatusEntry }[] {
    return this.data.instruments.flatMap((instrument) => {
      const list = this.#byId.statusLists.get(instrument.id);
      const entry = list?.entries.find((e) => e.participant === participant);
      return list && entry ? [{ instrument, list, entry }] : [];
    });
  }

  /** Instruments' chapters and articles, where a list was compiled (content/articles/). */
  articleLists(): readonly ArticleList[] {
    return this.data.articleLists;
  }
  hasArticleList(instrumentId: string): boolean {
    return this.#byId.articleLists.has(instrumentId);
  }
  articleList(instrumentId: string): ArticleList {
    return lookup(this.#byId.articleLists, instrumentId, "article list");
  }
  articles(): readonly Article[] {
    return this.data.articles;
  }
  /** An instrument's articles in the order of its text; none when it has no list. */
  articlesOf(instrumentId: string): Article[] {
    return (this.#byId.articleLists.get(instrumentId)?.articles ?? []).map((id) => this.article(id));
  }
  /** By id `instrument:number`, e.g. "budapest-convention:32". */
  article(id: string): Article {
    return lookup(this.#byId.articles, id, "article");
  }
  hasArticle(id: string): boolean {
    return this.#byId.articles.has(id);
  }
  /**
   * An article number as a cell prints it ("32(b)"), resolved to the article
   * record and the locator inside it; null when the instrument lists no such
   * article (the build has reported it, unless the instrument has no list).
   */
  articleAt(instrumentId: string, written: string): { article: Article; locator: string } | null {
    const parsed = parseArticleRef(written);
    const article = parsed ? this.#byId.articles.get(articleId(instrumentId, parsed.number)) : undefined;
    return parsed && article ? { article, locator: parsed.locator } : null;
  }
  /** The comparison cells of an article's instrument that cite it, in dimension order, with the locators they give. */
  provisionsCiting(id: string): { provision: Provision; locators: string[] }[] {
    const article = this.article(id);
    const instrument = this.instrument(article.instrument);
    const order = new Map(this.data.dimensions.map((d, i) => [d.id, i]));
    return instrument.provisions
      .map((provision) => ({
        provision,
        locators: provision.articles.flatMap((written) => {
          const parsed = parseArticleRef(written);
          return parsed?.number === article.number ? [parsed.locator] : [];
        }),
      }))
      .filter((cited) => cited.locators.length > 0)
      .sort((a, b) => (order.get(a.provision.dimension) ?? 0) - (order.get(b.provision.dimension) ?? 0));
  }
  /** Claims that name the article in their `articles` attribute. */
  claimsAboutArticle(id: string): Claim[] {
    if (!this.#claimsByArticle) {
      this.#claimsByArticle = new Map();
      for (const claim of this.data.claims)
        for (const article of new Set(claim.articles.map((a) => a.article))) {
          const list = this.#claimsByArticle.get(article);
          if (list) list.push(claim);
          else this.#claimsByArticle.set(article, [claim]);
        }
    }
    return [...(this.#claimsByArticle.get(id) ?? [])];
  }

  votes(): readonly Vote[] {
    return this.data.votes;
  }
  vote(id: string): Vote {
    return lookup(this.#byId.votes, id, "vote");
  }
  /** Every vote with this state's recorded position (undefined where none was recorded). */
  votesOfState(iso3: string): { vote: Vote; position: Position | undefined }[] {
    return this.data.votes.map((vote) => ({ vote, position: vote.positions[iso3] }));
  }

  events(): readonly TimelineEvent[] {
    return this.data.events;
  }
  event(id: string): TimelineEvent {
    return lookup(this.#byId.events, id, "event");
  }

  dimensions(): readonly Dimension[] {
    return this.data.dimensions;
  }
  dimension(id: string): Dimension {
    return lookup(this.#byId.dimensions, id, "dimension");
  }

  /** Retired ids and their successors; each gets a redirect page. */
  redirects(): CorpusData["redirects"] {
    return this.data.redirects;
  }

  /** The corrections log, newest first. */
  corrections(): CorpusData["corrections"] {
    return this.data.corrections;
  }
  /** A claim's corrections, newest first (also those logged under an id it replaced). */
  correctionsOf(claimId: string): CorpusData["corrections"] {
    const former = new Set(this.data.redirects.filter((r) => r.type === "claims" && r.to === claimId).map((r) => r.from));
    return this.data.corrections.filter((c) => c.claim === claimId || (c.type === "claims" && c.to === claimId) || (c.claim !== undefined && former.has(c.claim)));
  }

  citations(): readonly Citation[] {
    return this.data.citations;
  }
  citation(id: string): Citation {
    return lookup(this.#byId.citations, id, "citation");
  }

  /** The latest date any record speaks for: the corpus is "as of" this day. */
  asOf(): string {
    this.#asOf ??= this.#latestDate();
    return this.#asOf;
  }

  #latestDate(): string {
    const dates = [
      ...this.data.sources.flatMap((s) => (s.published ? [s.published] : [])),
      ...this.data.votes.map((v) => v.date),
      ...this.data.events.map((e) => e.date),
      ...this.data.statusLists.map((l) => l.asOf),
      ...this.data.instruments.flatMap((i) => [
        i.status.asOf,
        ...i.dates.map((d) => d.date),
      ]),
    ];
    return dates.reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest), "1900");
  }

  /** What every page's footer shows. */
  footer(): { version: string; asOf: string } {
    return { version: this.version, asOf: this.asOf() };
  }

  /** The corpus in numbers, for the home page. */
  stats(): { label: string; count: number; href: string }[] {
    const factual = this.data.claims.filter((c) => c.kind === "fact").length;
    return [
      { label: "sources", count: this.data.sources.length, href: "/sources/" },
      { label: "claims", count: this.data.claims.length, href: "/claims/" },
      { label: "factual claims checked", count: factual, href: "/claims/" },
      { label: "actors", count: this.data.actors.length, href: "/actors/" },
      { label: "instruments", count: this.data.instruments.length, href: "/instruments/" },
      { label: "votes", count: this.data.votes.length, href: "/votes/" },
      { label: "events", count: this.data.events.length, href: "/timeline/" },
    ];
  }
}

function indexed<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function lookup<T>(map: Map<string, T>, id: string, type: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`No ${type} with id "${id}" in the corpus`);
  return found;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
