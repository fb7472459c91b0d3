/**
 * The status map: one path per member state, filled by its standing under
 * the instrument in the treaty-status blues of DESIGN.md, each with a second
 * channel (solid, hatch, dashed outline, cross-hatch, light), so the map
 * reads in greyscale and print and is never mistaken for a vote map.
 */
import { escapeXml, svgOpen, titleAndDesc } from "../svg.ts";
import type { MapGeometry } from "../world-map/geometry.ts";
import { STATUS_MARK_LABELS, STATUS_MARK_ORDER, type StatusMapData, type StatusMark } from "./data.ts";

export const STATUS_COLOURS: Readonly<Record<StatusMark, string>> = {
  party: "#0072B2",
  signatory: "#56B4E9",
  reported: "#56B4E9",
  withdrawn: "#CC79A7",
  neither: "#999999",
};

const BORDER = `stroke="#fdfcf9" stroke-width="0.5"`;

export function statusDefs(prefix: string, s = 6): string {
  const hatch =
    `<pattern id="${prefix}-signatory" width="${s}" height="${s}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${s}" height="${s}" fill="${STATUS_COLOURS.signatory}"/>` +
    `<line x1="${s / 2}" y1="0" x2="${s / 2}" y2="${s}" stroke="#ffffff" stroke-width="${s / 3}"/></pattern>`;
  const cross =
    `<pattern id="${prefix}-withdrawn" width="${s}" height="${s}" patternUnits="userSpaceOnUse">` +
    `<rect width="${s}" height="${s}" fill="${STATUS_COLOURS.withdrawn}"/>` +
    `<path d="M0 0L${s} ${s}M${s} 0L0 ${s}" stroke="#ffffff" stroke-width="1"/></pattern>`;
  return `<defs>${hatch}${cross}</defs>`;
}

/** Paint attributes for a mark (fill and, where the mark is an outline, its stroke). */
export function statusPaint(prefix: string, mark: StatusMark): string {
  switch (mark) {
    case "party":
      return `fill="${STATUS_COLOURS.party}" ${BORDER}`;
    case "signatory":
      return `fill="url(#${prefix}-signatory)" ${BORDER}`;
    case "reported":
      return `fill="${STATUS_COLOURS.reported}" fill-opacity="0.25" stroke="${STATUS_COLOURS.reported}" stroke-width="1.2" stroke-dasharray="3 2"`;
    case "withdrawn":
      return `fill="url(#${prefix}-withdrawn)" ${BORDER}`;
    case "neither":
      return `fill="${STATUS_COLOURS.neither}" fill-opacity="0.2" stroke="#999999" stroke-width="0.6"`;
  }
}

export function renderStatusMap(data: StatusMapData, geometry: MapGeometry, options: { id: string; title: string }): string {
  const { id, title } = options;
  const counts = STATUS_MARK_ORDER.filter((m) => data.counts[m] > 0)
    .map((m) => `${data.counts[m]} ${STATUS_MARK_LABELS[m].toLowerCase()}`)
    .join(", ");
  const desc = `World map of the ${data.states.length} UN member states by their standing under the ${data.instrument}: ${counts}. Solid dark blue: party; hatched light blue: signatory; dashed outline: reported, not confirmed; light grey: neither. States too small to see are ringed markers and are listed below the map.`;
  const others = geometry.others.map(
    (o) =>
      `<path class="map-other" d="${o.d}" fill="currentColor" fill-opacity="0.07" ${BORDER}><title>${escapeXml(o.name)}: not a UN member state</title></path>`,
  );
  const shapes: string[] = [];
  const markers: string[] = [];
  for (const state of data.states) {
    const label = `<title>${escapeXml(`${state.name}: ${STATUS_MARK_LABELS[state.mark]}`)}</title>`;
    const attrs = `data-iso3="${state.iso3}" data-status="${state.mark}"`;
    const d = geometry.shapes.get(state.iso3);
    if (d) shapes.push(`<path class="map-state" ${attrs} d="${d}" ${statusPaint(id, state.mark)}>${label}</path>`);
    const marker = geometry.markers.get(state.iso3);
    if (marker)
      markers.push(
        `<circle class="map-state map-marker" ${attrs} cx="${marker[0]}" cy="${marker[1]}" r="4.5" ${statusPaint(id, state.mark).replace(/stroke="[^"]*"|stroke-width="[^"]*"/gu, "")} stroke="currentColor" stroke-width="1">${label}</circle>`,
      );
  }
  return `${svgOpen(id, geometry.width, geometry.height, "world-map")}${titleAndDesc(id, title, desc)}${statusDefs(id)}<g class="map-others">${others.join("")}</g><g class="map-states">${shapes.join("")}</g><g class="map-markers">${markers.join("")}</g></svg>`;
}

/** A small legend swatch as SVG, the same paint as on the map. */
export function statusSwatch(prefix: string, mark: StatusMark): string {
  return `<svg class="swatch" viewBox="0 0 16 12" width="16" height="12" aria-hidden="true">${statusDefs(`${prefix}-${mark}`)}<rect x="1" y="1" width="14" height="10" ${statusPaint(`${prefix}-${mark}`, mark)}/></svg>`;
}
