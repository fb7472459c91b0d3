/**
 * Every chart a reader can take away, each at one path: the same path names
 * its embed page (/embed/<path>/) and its files (/charts/<path>.svg, .png,
 * .csv). The pages, the embed route and the build's file writer all read
 * this one list, so a chart gets its downloads by being listed here.
 */
import type { Corpus, Vote } from "../../corpus/index.ts";
import { countryPathData } from "../../charts/country-path/data.ts";
import { MARK_LABELS, renderCountryPath, treatyStatusText } from "../../charts/country-path/render.ts";
import { regionChartData, regionGroupName } from "../../charts/region-chart/data.ts";
import { renderRegionGroup } from "../../charts/region-chart/render.ts";
import { tallyBarData } from "../../charts/tally-bar/data.ts";
import { renderTallyBar } from "../../charts/tally-bar/render.ts";
import { statusMapData } from "../../charts/status-map/data.ts";
import { renderStatusMap } from "../../charts/status-map/render.ts";
import { statusStepsData } from "../../charts/status-steps/data.ts";
import { renderStatusSteps } from "../../charts/status-steps/render.ts";
import { renderSwingMatrix } from "../../charts/swing-matrix/render.ts";
import { positionMatrix } from "../vote-analysis/matrix.ts";
import { matrixVoteIds, TRACKS } from "../vote-analysis/series.ts";
import { timelineItems } from "../../charts/timeline/data.ts";
import { timelineCharts } from "../../charts/timeline/periods.ts";
import { worldMapData } from "../../charts/world-map/data.ts";
import { mapGeometry } from "../../charts/world-map/geometry.ts";
import { renderWorldMap } from "../../charts/world-map/render.ts";
import { TIMELINE_CSS } from "./styles.ts";

export interface ChartExport {
  /** e.g. `votes/a-res-74-247/map`: no leading or trailing slash. */
  path: string;
  title: string;
  /** The source line, as under the chart on its page. */
  source: string;
  /** The page the chart sits on, e.g. /votes/a-res-74-247/. */
  page: string;
  /** The chart's SVGs, drawn one under the other. */
  parts: string[];
  /** Styles the parts need beyond colour (see styles.ts). */
  css?: string;
  /** What the chart shows, in words: the embed's alternative text. */
  summary: string;
  csv: { header: string[]; rows: (string | number)[][] };
}

export const chartUrl = {
  embed: (path: string) => `/embed/${path}/`,
  file: (path: string, ext: "svg" | "png" | "csv") => `/charts/${path}.${ext}`,
};

/** The source line of a vote's charts: the positions' citations, then the symbol. */
export function voteSourceLine(corpus: Corpus, vote: Vote): string {
  const cites = [...new Set(vote.positionsCites.length > 0 ? vote.positionsCites : vote.cites)].map((id) => corpus.citation(id));
  return `Source: ${cites.map((c) => c.publisher ?? c.title).join("; ")}; ${vote.symbol}.`;
}

const descOf = (svg: string): string =>
  /<desc[^>]*>([^<]*)<\/desc>/u.exec(svg)?.[1]?.replace(/&#39;/gu, "'").replace(/&amp;/gu, "&") ?? "";

function voteCharts(corpus: Corpus, vote: Vote): ChartExport[] {
  const charts: ChartExport[] = [];
  const source = voteSourceLine(corpus, vote);
  const tally = tallyBarData(vote);
  if (tally && !vote.adoptedWithoutVote) {
    const svg = renderTallyBar(tally, { id: `tally-${vote.id}`, title: `Tally of ${vote.symbol}` });
    charts.push({
      path: `votes/${vote.id}/tally`,
      title: `Tally of ${vote.symbol}: ${vote.title}`,
      source,
      page: vote.url,
      parts: [svg],
      summary: descOf(svg),
      csv: {
        header: ["vote", "position", "states"],
        rows: [
          ...tally.segments.map((s) => [vote.symbol, s.position, s.count]),
          ...(tally.notReported > 0 ? [[vote.symbol, "not-reported", tally.notReported]] : []),
        ],
      },
    });
  }
  const states = corpus.states();
  const geometry = mapGeometry();
  const map = worldMapData(vote, states, geometry.small);
  if (map) {
    const svg = renderWorldMap(map, geometry, { id: `map-${vote.id}`, title: `How the member states voted on ${vote.symbol}` });
    const rows = states
      .flatMap((s) =>
        s.iso3 && vote.positions[s.iso3] ? [[vote.symbol, s.iso3.toUpperCase(), s.name, vote.positions[s.iso3] ?? ""]] : [],
      )
      .sort((a, b) => String(a[2]).localeCompare(String(b[2]), "en"));
    charts.push({
      path: `votes/${vote.id}/map`,
      title: `How the member states voted on ${vote.symbol}`,
      source: `${source} Map: Natural Earth 1:110m via world-atlas.`,
      page: vote.url,
      parts: [svg],
      summary: descOf(svg),
      csv: { header: ["vote", "iso3", "state", "position"], rows },
    });
  }
  const groups = regionChartData(vote, states);
  if (groups) {
    const parts = groups.map((group) =>
      renderRegionGroup(group, {
        id: `regions-${vote.id}-${group.region.toLowerCase().replace(/[^a-z]+/gu, "-")}`,
        symbol: vote.symbol,
      }),
    );
    charts.push({
      path: `votes/${vote.id}/regions`,
      title: `${vote.symbol} by UN regional group`,
      source,
      page: vote.url,
      parts,
      summary: parts.map(descOf).join(" "),
      csv: {
        header: ["vote", "regional_group", "iso3", "state", "position"],
        rows: groups.flatMap((g) =>
          g.cells.map((c) => [vote.symbol, regionGroupName(g.region), c.iso3.toUpperCase(), c.name, c.position]),
        ),
      },
    });
  }
  return charts;
}

function stateCharts(corpus: Corpus): ChartExport[] {
  return corpus.states().flatMap((actor) => {
    const withLists = corpus
      .instruments()
      .flatMap((instrument) =>
        corpus.hasStatusList(instrument.id) ? [{ instrument, list: corpus.statusList(instrument.id) }] : [],
      );
    const data = countryPathData(actor, corpus.votes(), withLists);
    if (!data) return [];
    const svg = renderCountryPath(data, { id: `country-path-${actor.id}` });
    return [
      {
        path: `actors/${actor.id}/path`,
        title: `${actor.name}: path through the record`,
        source: "Source: UN voting records and the treaty depositaries, as cited on each vote's and treaty's page.",
        page: actor.url,
        parts: [svg],
        summary: descOf(svg),
        csv: {
          header: ["state", "record", "date", "value"],
          rows: [
            ...data.votes.map((v) => [actor.name, v.symbol, v.date, MARK_LABELS[v.mark]]),
            ...data.treaties.map((t) => [actor.name, t.shortName, t.ratified ?? t.signed ?? "", treatyStatusText(t)]),
          ],
        },
      },
    ];
  });
}

/** Each status list's map and step chart, as on /instruments/<id>/status/. */
function statusCharts(corpus: Corpus): ChartExport[] {
  return corpus.statusLists().flatMap((list) => {
    const instrument = corpus.instrument(list.instrument);
    const cites = [...new Set(list.cites)].map((id) => corpus.citation(id));
    const source = `Source: ${cites.map((c) => c.publisher ?? c.title).join("; ")}, as of ${list.asOf}.`;
    const geometry = mapGeometry();
    const map = statusMapData(list, instrument.shortName, corpus.actors(), geometry.small);
    const mapTitle = `Standing of the UN member states under the ${instrument.shortName}`;
    const mapSvg = renderStatusMap(map, geometry, { id: `status-map-${list.id}`, title: mapTitle });
    const opened = ["opened-for-signature", "adopted", "signed"]
      .map((e) => instrument.dates.find((d) => d.event === e))
      .find((d) => d !== undefined);
    const steps = statusStepsData(list, instrument.shortName);
    const stepsTitle = `Signatures and ratifications of the ${instrument.shortName} over time`;
    const stepsSvg = renderStatusSteps(steps, {
      id: `status-steps-${list.id}`,
      title: stepsTitle,
      start: opened?.date ?? list.asOf,
    });
    return [
      {
        path: `instruments/${list.id}/status-map`,
        title: mapTitle,
        source,
        page: list.url,
        parts: [mapSvg],
        summary: descOf(mapSvg),
        csv: {
          header: ["instrument", "iso3", "state", "standing"],
          rows: [
            ...map.states.map((st) => [instrument.shortName, st.iso3.toUpperCase(), st.name, st.mark]),
            ...map.others.map((o) => [instrument.shortName, "", o.name, o.mark]),
          ],
        },
      },
      {
        path: `instruments/${list.id}/status-steps`,
        title: stepsTitle,
        source,
        page: list.url,
        parts: [stepsSvg],
        summary: descOf(stepsSvg),
        csv: {
          header: ["instrument", "series", "day", "total", "acts"],
          rows: steps.series.flatMap((series) =>
            series.steps.map((step) => [
              instrument.shortName,
              series.key,
              step.day,
              step.total,
              step.acts.map((a) => `${a.participant} ${a.date}`).join("; "),
            ]),
          ),
        },
      },
    ];
  });
}

function swingMatrixChart(corpus: Corpus): ChartExport {
  const votes = matrixVoteIds().map((id) => corpus.vote(id));
  const rows = positionMatrix(corpus.states(), votes, TRACKS);
  const title = "Every member state's position on each resolution of the series";
  const svg = renderSwingMatrix(rows, votes, { id: "swing-matrix-export", title });
  return {
    path: "votes/compare/matrix",
    title,
    source: "Source: Voeten UN General Assembly voting data (plenary country rows).",
    page: "/votes/compare/",
    parts: [svg],
    summary: descOf(svg),
    csv: {
      header: ["iso3", "state", "regional_group", ...votes.map((v) => v.symbol)],
      rows: rows.map((r) => [r.iso3.toUpperCase(), r.name, r.region, ...r.positions.map((p) => p ?? "")]),
    },
  };
}

function timelineChart(corpus: Corpus): ChartExport {
  const items = timelineItems(corpus.data);
  const title = "Timeline of the cybercrime treaty dispute";
  const wide = timelineCharts(items, { idPrefix: "timeline-export", title, zoom: true }).wide[0]?.svg ?? "";
  return {
    path: "timeline/all",
    title,
    source:
      "Source: the Atlas corpus (events, UN General Assembly votes, treaty dates from the treaty offices and depositaries).",
    page: "/timeline/",
    parts: [wide],
    css: TIMELINE_CSS,
    summary: descOf(wide),
    csv: { header: ["id", "date", "lane", "title"], rows: items.map((i) => [i.id, i.date, i.lane, i.title]) },
  };
}

let cached: { corpus: Corpus; charts: ChartExport[] } | undefined;

/** Every chart with downloads, in a stable order (computed once per corpus). */
export function chartExports(corpus: Corpus): ChartExport[] {
  if (cached?.corpus !== corpus)
    cached = {
      corpus,
      charts: [
        ...corpus.votes().flatMap((v) => voteCharts(corpus, v)),
        swingMatrixChart(corpus),
        ...statusCharts(corpus),
        ...stateCharts(corpus),
        timelineChart(corpus),
      ],
    };
  return cached.charts;
}

export function chartExport(corpus: Corpus, path: string): ChartExport | undefined {
  return chartExports(corpus).find((chart) => chart.path === path);
}
