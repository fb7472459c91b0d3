/**
 * Helpers every chart renderer shares. Renderers build SVG as strings from
 * d3's pure generators (scales, shapes, geo paths), so the same data always
 * gives byte-identical SVG, with no DOM at build time.
 */

/** Escapes text and attribute values. */
export function escapeXml(value: string | number): string {
  return String(value).replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;").replace(/'/gu, "&#39;");
}

/** Rounds coordinates so output is stable and compact. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Rounds every number inside an SVG path string (d3-geo emits long floats). */
export function roundPath(d: string | null | undefined, digits = 1): string {
  return (d ?? "").replace(/-?\d+\.\d+/gu, (n) => String(round(Number(n), digits)));
}

/** `<title>` and `<desc>` for an accessible, self-describing SVG. */
export function titleAndDesc(id: string, title: string, desc: string): string {
  return `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title><desc id="${escapeXml(id)}-desc">${escapeXml(desc)}</desc>`;
}

/** The opening tag of a chart SVG, labelled by its title and description. */
export function svgOpen(id: string, width: number, height: number, extraClass = ""): string {
  const cls = extraClass ? ` class="${escapeXml(extraClass)}"` : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(id)}"${cls} viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc">`;
}
