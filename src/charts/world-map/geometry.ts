/**
 * The map's shapes, projected once per build: Natural Earth 1:110m country
 * outlines from world-atlas, Equal Earth projection, Antarctica left out.
 * Features are matched to member states by their ISO numeric id. States
 * whose shape is missing at this scale or too small to see get a marker and
 * are listed beside the map.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from "d3";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { round } from "../svg.ts";
import { iso3FromNumeric, ISO3_TO_NUMERIC } from "./iso-numeric.ts";
import { SMALL_STATE_POINTS } from "./small-state-points.ts";

export const MAP_WIDTH = 960;
/** Shapes smaller than this (square viewBox units) are too small to find. */
export const SMALL_AREA = 12;
const ANTARCTICA = "010";
const SOUTHERN_EDGE = -58;

export interface MapGeometry {
  width: number;
  height: number;
  /** Member state ISO3 → path data. */
  shapes: ReadonlyMap<string, string>;
  /** Territories and non-members drawn as blank context. */
  others: readonly { name: string; d: string }[];
  /** Marker position for every state too small to see. */
  markers: ReadonlyMap<string, readonly [number, number]>;
  small: ReadonlySet<string>;
}

let cached: MapGeometry | undefined;

export function mapGeometry(): MapGeometry {
  cached ??= buildGeometry();
  return cached;
}

function buildGeometry(): MapGeometry {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const sphere: GeoPermissibleObjects = { type: "Sphere" };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, sphere);
  const [, bottom] = projection([0, SOUTHERN_EDGE]) ?? [0, 0];
  const shapes = new Map<string, string>();
  const others: { name: string; d: string }[] = [];
  const markers = new Map<string, readonly [number, number]>();
  for (const f of collection.features) {
    if (f.id === ANTARCTICA) continue;
    const context = new CompactPath();
    geoPath(projection, context)(f);
    const iso3 = iso3FromNumeric(f.id);
    if (!iso3) {
      others.push({ name: f.properties.name, d: context.toString() });
      continue;
    }
    shapes.set(iso3, context.toString());
    if (geoPath(projection).area(f) < SMALL_AREA) markers.set(iso3, point(geoPath(projection).centroid(f)));
  }
  for (const [iso3, lonLat] of Object.entries(SMALL_STATE_POINTS)) {
    const projected = projection([lonLat[0], lonLat[1]]);
    if (projected && !shapes.has(iso3)) markers.set(iso3, point(projected));
  }
  const missing = Object.keys(ISO3_TO_NUMERIC).filter((iso3) => !shapes.has(iso3) && !markers.has(iso3));
  if (missing.length > 0) throw new Error(`The world map has neither a shape nor a marker for ${missing.join(", ")}`);
  others.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { width: MAP_WIDTH, height: Math.ceil(bottom), shapes, others, markers, small: new Set([...markers.keys()].sort()) };
}

function point([x, y]: [number, number]): readonly [number, number] {
  return [round(x), round(y)];
}

/**
 * A d3-geo path context that writes relative coordinates rounded to 0.1:
 * about half the size of d3's absolute output, and byte-stable.
 */
class CompactPath {
  #out: string[] = [];
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  #inLine = false;

  beginPath(): void {
    // Subpaths start with moveTo; nothing to reset.
  }

  moveTo(x: number, y: number): void {
    const [rx, ry] = [round(x), round(y)];
    this.#out.push(`m${pair(rx - this.#x, ry - this.#y)}`);
    [this.#x, this.#y, this.#startX, this.#startY] = [rx, ry, rx, ry];
    this.#inLine = false;
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [round(x), round(y)];
    if (rx === this.#x && ry === this.#y) return;
    // Repeated "l" commands may omit the letter (SVG implicit commands).
    const coordinates = pair(rx - this.#x, ry - this.#y);
    this.#out.push(this.#inLine ? (coordinates.startsWith("-") ? coordinates : ` ${coordinates}`) : `l${coordinates}`);
    [this.#x, this.#y] = [rx, ry];
    this.#inLine = true;
  }

  closePath(): void {
    this.#out.push("z");
    [this.#x, this.#y] = [this.#startX, this.#startY];
    this.#inLine = false;
  }

  arc(): void {
    // Only used for point radii; the map draws no GeoJSON points.
  }

  toString(): string {
    return this.#out.join("");
  }
}

/** "dx dy", the space dropped before a minus sign. */
function pair(dx: number, dy: number): string {
  const y = String(round(dy));
  return `${round(dx)}${y.startsWith("-") ? "" : " "}${y}`;
}
