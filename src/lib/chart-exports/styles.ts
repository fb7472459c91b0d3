/**
 * The styles a chart needs outside the site, inlined into its standalone SVG:
 * the light theme's values of the rules the chart components set in the page
 * (src/charts/timeline/Timeline.astro, src/styles/site.css). The other charts
 * paint with presentation attributes and `currentColor` and need only the
 * text colour.
 */
const FG = "#1d1d1b";
const MUTED = "#555249";
const BG = "#fdfcf9";
const RULE = "#d8d4ca";
const LANES = { un: "#0072b2", coe: "#aa4499", regional: "#882255", national: "#666633", commentary: "#555249" };

export const STANDALONE_BASE_CSS = `svg{color:${FG}}text{font-family:system-ui,"DejaVu Sans",sans-serif}.export-title{font-weight:bold;fill:${FG}}.export-source{fill:${MUTED}}`;

export const TIMELINE_CSS = [
  `.tl-svg text{fill:${FG}}`,
  `.tl-grid{stroke:${RULE};stroke-width:1}`,
  `.tl-svg .tl-year{fill:${MUTED}}`,
  `.tl-lane-rule{stroke:${MUTED};stroke-width:1}`,
  `.tl-svg .tl-lane-title{font-weight:600}`,
  `.tl-svg .tl-empty{fill:${MUTED};font-style:italic}`,
  `.tl-axis,.tl-track{stroke-width:2}`,
  `.tl-leader{stroke:${MUTED};stroke-width:0.75}`,
  `.tl-mark{stroke:${BG};stroke-width:1.5}`,
  `.tl-mark-span{fill-opacity:0.45}`,
  `.tl-label{paint-order:stroke;stroke:${BG};stroke-width:4px;stroke-linejoin:round}`,
  ...Object.entries(LANES).map(
    ([lane, colour]) =>
      `.tl-lane-${lane}{stroke:${colour}}.tl-mark.tl-lane-${lane}{fill:${colour};stroke:${BG}}.tl-mark-span.tl-lane-${lane}{stroke:${colour}}`,
  ),
].join("");
