/**
 * The choropleth: one path per member state, filled by position (colour plus
 * pattern), a ringed marker for each state too small to see, territories and
 * non-members blank. No text inside: the legend and the list of small states
 * are HTML beside it, so nothing shrinks on a phone.
 */
import type { Position } from "../../corpus/index.ts";
import { escapeXml, svgOpen, titleAndDesc } from "../svg.ts";
import { countPhrase, positionDefs, positionPaint, POSITION_ORDER } from "../positions/marks.ts";
import type { WorldMapData } from "./data.ts";
import type { MapGeometry } from "./geometry.ts";

const LABELS: Record<Position, string> = { yes: "Yes", no: "No", abstain: "Abstain", "non-voting": "Non-voting" };
const BORDER = `stroke="#fdfcf9" stroke-width="0.5"`;
/** Non-voting is light and outlined, as everywhere else. */
const OUTLINE = `stroke="#999999" stroke-width="0.8"`;

export function renderWorldMap(data: WorldMapData, geometry: MapGeometry, options: { id: string; title: string }): string {
  const { id, title } = options;
  const counts = POSITION_ORDER.map((p) => countPhrase(p, data.counts[p])).join(", ");
  const desc = `World map of the ${data.states.length} member states by their vote on ${data.symbol}: ${counts}. Hatched: no; dotted: abstain; light grey: non-voting. States too small to see are ringed markers and are listed below the map.`;
  const others = geometry.others.map(
    (o) =>
      `<path class="map-other" d="${o.d}" fill="currentColor" fill-opacity="0.07" ${BORDER}><title>${escapeXml(o.name)}: not a UN member state</title></path>`,
  );
  const shapes: string[] = [];
  const markers: string[] = [];
  for (const state of data.states) {
    const label = `<title>${escapeXml(`${state.name}: ${LABELS[state.position]}`)}</title>`;
    const attrs = `data-iso3="${state.iso3}" data-position="${state.position}"`;
    const d = geometry.shapes.get(state.iso3);
    if (d)
      shapes.push(
        `<path class="map-state" ${attrs} d="${d}" ${positionPaint(id, state.position)} ${state.position === "non-voting" ? OUTLINE : BORDER}>${label}</path>`,
      );
    const marker = geometry.markers.get(state.iso3);
    if (marker)
      markers.push(
        `<circle class="map-state map-marker" ${attrs} cx="${marker[0]}" cy="${marker[1]}" r="4.5" ${positionPaint(id, state.position)} stroke="currentColor" stroke-width="1">${label}</circle>`,
      );
  }
  return `${svgOpen(id, geometry.width, geometry.height, "world-map")}${titleAndDesc(id, title, desc)}${positionDefs(id, 6)}<g class="map-others">${others.join("")}</g><g class="map-states">${shapes.join("")}</g><g class="map-markers">${markers.join("")}</g></svg>`;
}
