/**
 * Which pages get a link-preview image, and what each card shows. Claims
 * share their source's card: a card costs about 0.14 s to rasterise, so one
 * per claim would add some 23 minutes to a 10,000-claim build (README,
 * "Link previews"); a source's card names the source and counts its claims'
 * verdicts, and a claim page says its own verdict in its description.
 */
import type { Claim, Corpus, Instrument, Source, Vote } from "../../corpus/index.ts";
import { formatDate } from "../../corpus/dates.ts";
import { tallyBarData } from "../../charts/tally-bar/data.ts";
import { renderTallyBar } from "../../charts/tally-bar/render.ts";
import { byline, sourceDate } from "../format.ts";
import { VERDICT_LABELS } from "../labels.ts";
import { renderPreviewCard, type PreviewCard } from "./preview-card.ts";

/** The light theme's verdict colours (src/styles/site.css), white text on each at 4.5:1 or more. */
export const VERDICT_COLOURS: Readonly<Record<NonNullable<Claim["verdict"]>["status"], string>> = {
  consistent: "#00704f",
  inaccurate: "#b34700",
  outdated: "#8a5a00",
  unverifiable: "#5c5c5c",
};

export const previewUrl = {
  home: () => "/previews/home.png",
  source: (id: string) => `/previews/sources/${id}.png`,
  claim: (claim: Pick<Claim, "source">) => `/previews/sources/${claim.source}.png`,
  instrument: (id: string) => `/previews/instruments/${id}.png`,
  vote: (id: string) => `/previews/votes/${id}.png`,
};

const HOME_TITLE = "The fight over a global cybercrime treaty, every claim checked against the record";

/** What a page passes to its layout: the image and its alternative text (the card's kind and title). */
export const pagePreview = {
  home: () => ({ image: previewUrl.home(), alt: `Home: ${HOME_TITLE}` }),
  source: (source: Pick<Source, "id" | "title">) => ({ image: previewUrl.source(source.id), alt: `Source: ${source.title}` }),
  claim: (claim: Pick<Claim, "source">, source: Pick<Source, "title">) => ({
    image: previewUrl.claim(claim),
    alt: `Source: ${source.title}`,
  }),
  instrument: (instrument: Pick<Instrument, "id" | "name">) => ({
    image: previewUrl.instrument(instrument.id),
    alt: `Treaty: ${instrument.name}`,
  }),
  vote: (vote: Pick<Vote, "id" | "title">) => ({ image: previewUrl.vote(vote.id), alt: `Vote: ${vote.title}` }),
};

export interface PreviewFile {
  urlPath: string;
  /** Alt text for og:image:alt. */
  alt: string;
  svg: string;
}

function file(urlPath: string, card: PreviewCard): PreviewFile {
  return { urlPath, alt: `${card.kind}: ${card.title}`, svg: renderPreviewCard(card) };
}

function verdictLines(claims: readonly Claim[]): string[] {
  const counts = new Map<string, number>();
  for (const claim of claims) if (claim.verdict) counts.set(claim.verdict.status, (counts.get(claim.verdict.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${VERDICT_LABELS[status as keyof typeof VERDICT_LABELS].toLowerCase()}`);
  const checked = claims.filter((c) => c.verdict).length;
  return [
    `${claims.length} ${claims.length === 1 ? "claim" : "claims"} read, ${checked} checked against the record`,
    ...(parts.length ? [parts.join(" · ")] : []),
  ];
}

/** Every preview card of the site, in a stable order. */
export function* previewFiles(corpus: Corpus): Generator<PreviewFile> {
  const stats = corpus.stats();
  yield file(previewUrl.home(), {
    kind: "Home",
    title: HOME_TITLE,
    lines: [
      stats
        .slice(0, 3)
        .map((s) => `${s.count} ${s.label}`)
        .join(" · "),
      stats
        .slice(3)
        .map((s) => `${s.count} ${s.label}`)
        .join(" · "),
    ],
    footer: `Corpus ${corpus.version}, as of ${formatDate(corpus.asOf())}`,
  });
  for (const source of corpus.sources()) {
    const claims = corpus.claimsOf(source.id);
    const only = claims.length === 1 ? claims[0]?.verdict : undefined;
    yield file(previewUrl.source(source.id), {
      kind: "Source",
      title: source.title,
      ...(only ? { badge: { label: VERDICT_LABELS[only.status], colour: VERDICT_COLOURS[only.status] } } : {}),
      lines: verdictLines(claims),
      footer: `${byline(source)}, ${source.outlet}, ${sourceDate(source)}`,
    });
  }
  for (const instrument of corpus.instruments()) {
    yield file(previewUrl.instrument(instrument.id), {
      kind: "Treaty",
      title: instrument.name,
      lines: [`Status: ${instrument.status.text} (as of ${formatDate(instrument.status.asOf)})`],
      footer: instrument.symbol ? `${instrument.shortName}, ${instrument.symbol}` : instrument.shortName,
    });
  }
  for (const vote of corpus.votes()) {
    const data = tallyBarData(vote);
    yield file(previewUrl.vote(vote.id), {
      kind: "Vote",
      title: vote.title,
      ...(data
        ? { chart: renderTallyBar(data, { id: "preview-tally", title: `Tally of ${vote.symbol}` }) }
        : { lines: [vote.adoptedWithoutVote ? "Adopted without a vote" : "No recorded tally"] }),
      footer: `${vote.symbol}, ${formatDate(vote.date)}`,
    });
  }
}
