/**
 * SVG to PNG at build time with resvg (its binary ships inside the npm
 * package). Text is set in the fonts installed on the machine, never a
 * download: Debian's DejaVu (`fonts-dejavu-core`, which `.ci/run` installs
 * when it is missing). The charts ask for `system-ui` and the serif stack;
 * resvg maps the generic families to DejaVu.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { viewBoxSize } from "../chart-exports/standalone.ts";

export const FONT_DIR = "/usr/share/fonts/truetype/dejavu";

const FONTS = {
  loadSystemFonts: false,
  fontDirs: [FONT_DIR],
  defaultFontFamily: "DejaVu Sans",
  sansSerifFamily: "DejaVu Sans",
  serifFamily: "DejaVu Serif",
  monospaceFamily: "DejaVu Sans Mono",
};

/** Fails with the fix rather than rendering boxes where the text should be. */
function checkFonts(): void {
  if (!existsSync(FONT_DIR)) throw new Error(`No fonts in ${FONT_DIR}: install them with "apt-get install -y fonts-dejavu-core"`);
}

/**
 * The longest side of a PNG, in pixels. Image viewers and browsers refuse or
 * shrink larger images, and a taller chart (the timeline of 10,000 claims:
 * 1,200 × 73,000 px at 2×, 4.7 s to draw) would cost seconds for a file
 * nobody can open; such a chart is drawn at the scale that fits.
 */
export const MAX_PNG_SIDE = 16_384;

/** resvg's options for `svg` at `scale`, the scale lowered to fit MAX_PNG_SIDE. */
export function rasterOptions(svg: string, scale: number) {
  checkFonts();
  const { width, height } = viewBoxSize(svg);
  const fit = Math.min(scale, MAX_PNG_SIDE / Math.max(1, width, height));
  return { font: FONTS, fitTo: { mode: "zoom" as const, value: fit }, background: "#fdfcf9" };
}

/** The PNG of an SVG, `scale` times its own width and height (2 for the chart downloads). */
export function svgToPng(svg: string, scale = 1): { png: Buffer; width: number; height: number } {
  const image = new Resvg(svg, rasterOptions(svg, scale)).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
