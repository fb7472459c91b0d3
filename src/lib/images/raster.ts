/**
 * SVG to PNG at build time with resvg (its binary ships inside the npm
 * package). Text is set in the fonts installed on the machine, never a
 * download: Debian's DejaVu (`fonts-dejavu-core`, which `.ci/run` installs
 * when it is missing). The charts ask for `system-ui` and the serif stack;
 * resvg maps the generic families to DejaVu.
 */
import { existsSync } from "node:fs";
import { renderAsync, Resvg } from "@resvg/resvg-js";

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

const options = (scale: number) => ({ font: FONTS, fitTo: { mode: "zoom" as const, value: scale }, background: "#fdfcf9" });

/** The PNG of an SVG, `scale` times its own width and height (2 for the chart downloads). */
export function svgToPng(svg: string, scale = 1): { png: Buffer; width: number; height: number } {
  checkFonts();
  const image = new Resvg(svg, options(scale)).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** The same PNG, rendered off the main thread (libuv's pool), so that several render at once. */
export async function svgToPngAsync(svg: string, scale = 1): Promise<Buffer> {
  checkFonts();
  return (await renderAsync(svg, options(scale))).asPng();
}
