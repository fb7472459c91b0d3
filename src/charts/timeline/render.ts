/**
 * Draws the two timeline layouts as deterministic SVG strings. Layers go
 * grid, leaders, markers, labels, so a leader line that passes under another
 * label is masked by that label's halo. Every drawn part of an item carries
 * data-item, which the page script uses to filter and highlight.
 */
import { formatDate } from "../../corpus/dates.ts";
import type { TimelineItem } from "./data.ts";
import type { HorizontalLayout } from "./layout-horizontal.ts";
import type { VerticalLayout } from "./layout-vertical.ts";
import { escapeXml, round, svgOpen, titleAndDesc } from "../svg.ts";

export interface ChartText {
  id: string;
  title: string;
  desc: string;
}

const MARK_RADIUS = 4.5;
const BAR = 7;

function tooltip(item: TimelineItem): string {
  return `<title>${escapeXml(`${formatDate(item.date)}: ${item.title}`)}</title>`;
}

function data(item: TimelineItem): string {
  return `data-item="${escapeXml(item.id)}"`;
}

export function renderHorizontal(layout: HorizontalLayout, text: ChartText): string {
  const { width, height, fontSize } = layout;
  const top = layout.lanes[0]?.top ?? 0;
  const grid = layout.ticks.map((t) => {
    const line = `<line class="tl-grid" x1="${round(t.x)}" x2="${round(t.x)}" y1="${top - 16}" y2="${round(height - 8)}"/>`;
    return t.label
      ? `${line}<text class="tl-year" x="${round(t.label.box.x)}" y="${round(t.label.baseline)}">${t.year}</text>`
      : line;
  });
  const lanes = layout.lanes.map(
    (l) =>
      `<g class="tl-lane" data-lane="${l.lane}"><line class="tl-lane-rule" x1="0" x2="${width}" y1="${round(l.top)}" y2="${round(l.top)}"/>` +
      `<text class="tl-lane-title" x="${round(l.titleBox.x)}" y="${round(l.titleBaseline)}">${escapeXml(l.title)}</text>` +
      `<line class="tl-axis tl-lane-${l.lane}" x1="8" x2="${width - 8}" y1="${round(l.axisY)}" y2="${round(l.axisY)}"/>` +
      (l.empty
        ? `<text class="tl-empty" x="${round(l.empty.box.x)}" y="${round(l.empty.baseline)}">${escapeXml(l.empty.text)}</text>`
        : "") +
      "</g>",
  );
  const leaders = layout.labels.map(
    (p) =>
      `<line class="tl-leader" ${data(p.item)} x1="${round(p.leaderX)}" x2="${round(p.leaderX)}" y1="${round(p.axisY)}" y2="${round(p.baseline - fontSize * 0.4)}"/>`,
  );
  const marks = layout.labels.map((p) => {
    const cls = `tl-mark tl-lane-${p.item.lane}`;
    if (p.x2 === p.x1)
      return `<circle class="${cls}" ${data(p.item)} cx="${round(p.x1)}" cy="${round(p.axisY)}" r="${MARK_RADIUS}">${tooltip(p.item)}</circle>`;
    return `<rect class="${cls} tl-mark-span" ${data(p.item)} x="${round(p.x1)}" y="${round(p.axisY - BAR / 2)}" width="${round(Math.max(p.x2 - p.x1, 5))}" height="${BAR}" rx="${BAR / 2}">${tooltip(p.item)}</rect>`;
  });
  const labels = layout.labels.map((p) => {
    const anchor = p.anchor === "end" ? ' text-anchor="end"' : "";
    // One line keeps the short form: at 10,000 claims the timeline page is near its weight budget.
    if (p.lines.length === 1)
      return `<text class="tl-label" ${data(p.item)} x="${round(p.textX)}" y="${round(p.baseline)}"${anchor}>${escapeXml(p.lines[0] ?? "")}${tooltip(p.item)}</text>`;
    const lines = p.lines.map(
      (line, i) => `<tspan x="${round(p.textX)}" y="${round(p.baselines[i] ?? p.baseline)}">${escapeXml(line)}</tspan>`,
    );
    return `<text class="tl-label" ${data(p.item)}${anchor}>${lines.join("")}${tooltip(p.item)}</text>`;
  });
  return [
    svgOpen(text.id, width, height, "tl-svg tl-svg-h"),
    titleAndDesc(text.id, text.title, text.desc),
    `<g font-size="${fontSize}">`,
    `<g class="tl-grid-layer">${grid.join("")}</g>`,
    `<g class="tl-lanes">${lanes.join("")}</g>`,
    `<g class="tl-leaders">${leaders.join("")}</g>`,
    `<g class="tl-marks">${marks.join("")}</g>`,
    `<g class="tl-labels">${labels.join("")}</g>`,
    "</g></svg>",
  ].join("\n");
}

export function renderVertical(layout: VerticalLayout, text: ChartText): string {
  const { width, height, fontSize } = layout;
  const years = layout.years.map(
    (y) =>
      `<line class="tl-grid" x1="0" x2="${width}" y1="${round(y.top)}" y2="${round(y.top)}"/>` +
      `<text class="tl-year" x="${round(y.box.x)}" y="${round(y.baseline)}">${y.year}</text>`,
  );
  const legend = layout.legend.map(
    (l) =>
      `<g class="tl-lane" data-lane="${l.lane}"><line class="tl-track tl-lane-${l.lane}" x1="${l.trackX}" x2="${l.trackX}" y1="${round(l.y)}" y2="${round(height - 4)}"/>` +
      `<line class="tl-track tl-lane-${l.lane}" x1="${l.trackX}" x2="${round(l.box.x - 4)}" y1="${round(l.y)}" y2="${round(l.y)}"/>` +
      `<text class="tl-lane-title" x="${round(l.box.x)}" y="${round(l.baseline)}">${escapeXml(l.title)}</text></g>`,
  );
  const leaders = layout.labels.map(
    (p) =>
      `<line class="tl-leader" ${data(p.item)} x1="${p.trackX}" x2="${round(p.textX - 3)}" y1="${round((p.y1 + p.y2) / 2)}" y2="${round(p.box.y + layout.lineHeight / 2)}"/>`,
  );
  const marks = layout.labels.map((p) => {
    const cls = `tl-mark tl-lane-${p.item.lane}`;
    if (p.y2 === p.y1)
      return `<circle class="${cls}" ${data(p.item)} cx="${p.trackX}" cy="${round(p.y1)}" r="${MARK_RADIUS}">${tooltip(p.item)}</circle>`;
    return `<rect class="${cls} tl-mark-span" ${data(p.item)} x="${round(p.trackX - BAR / 2)}" y="${round(p.y1)}" width="${BAR}" height="${round(Math.max(p.y2 - p.y1, 5))}" rx="${BAR / 2}">${tooltip(p.item)}</rect>`;
  });
  const labels = layout.labels.map((p) => {
    const lines = p.lines.map(
      (line, i) => `<tspan x="${round(p.textX)}" y="${round(p.baselines[i] ?? 0)}">${escapeXml(line)}</tspan>`,
    );
    return `<text class="tl-label" ${data(p.item)}>${lines.join("")}${tooltip(p.item)}</text>`;
  });
  return [
    svgOpen(text.id, width, height, "tl-svg tl-svg-v"),
    titleAndDesc(text.id, text.title, text.desc),
    `<g font-size="${fontSize}">`,
    `<g class="tl-grid-layer">${years.join("")}</g>`,
    `<g class="tl-lanes">${legend.join("")}</g>`,
    `<g class="tl-leaders">${leaders.join("")}</g>`,
    `<g class="tl-marks">${marks.join("")}</g>`,
    `<g class="tl-labels">${labels.join("")}</g>`,
    "</g></svg>",
  ].join("\n");
}
