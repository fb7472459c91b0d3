/**
 * The comparison as the pages show it: dimensions grouped into rows, one
 * cell per instrument, the claims that discuss each row. Built from plain
 * records so tests can feed it fixtures as well as the real corpus.
 */
import type { Claim, Dimension, Instrument, Provision } from "../../corpus/index.ts";
import { cellId, compareKey, keysDiffer } from "./keys.ts";

/**
 * Claims listed under a row of a comparison table; the rest are on the
 * dimension's page. Every row lists all of its claims on every comparison
 * page, so without a cap the pages grow with the corpus (about 730 KiB
 * compressed each at 10,000 claims, over the 200 KiB page budget).
 */
export const ROW_CLAIMS_SHOWN = 5;

export interface ComparisonInput {
  dimensions: readonly Dimension[];
  instruments: readonly Instrument[];
  claims: readonly Claim[];
}

export interface Cell {
  /** `<dimension>--<instrument>`, the cell's element id and permalink fragment. */
  id: string;
  dimension: string;
  instrument: string;
  /** null only when the corpus has no provision for the pair (a content gap the tests forbid). */
  provision: Provision | null;
  value: Provision["value"];
  key: string;
}

export interface Row {
  dimension: Dimension;
  cells: Cell[];
  claims: Claim[];
}

export interface Group {
  id: string;
  title: string;
  rows: Row[];
}

export interface Comparison {
  instruments: Instrument[];
  groups: Group[];
}

export function buildComparison(input: ComparisonInput, instrumentIds?: readonly string[]): Comparison {
  const instruments = instrumentIds ? instrumentIds.map((id) => findOrThrow(input.instruments, id)) : [...input.instruments];
  const dimensions = [...input.dimensions].sort((a, b) => a.groupOrder - b.groupOrder || a.order - b.order);
  // Claims by dimension, in corpus order: one pass over the claims rather than one per row.
  const claimsOn = new Map<string, Claim[]>();
  for (const claim of input.claims)
    for (const id of new Set(claim.dimensions)) {
      const list = claimsOn.get(id);
      if (list) list.push(claim);
      else claimsOn.set(id, [claim]);
    }
  const groups: Group[] = [];
  for (const dimension of dimensions) {
    let group = groups.at(-1);
    if (!group || group.id !== dimension.group) {
      group = { id: dimension.group, title: dimension.groupTitle, rows: [] };
      groups.push(group);
    }
    group.rows.push({
      dimension,
      cells: instruments.map((instrument) => cellOf(dimension.id, instrument)),
      claims: claimsOn.get(dimension.id) ?? [],
    });
  }
  return { instruments, groups };
}

export function cellOf(dimension: string, instrument: Instrument): Cell {
  const provision = instrument.provisions.find((p) => p.dimension === dimension) ?? null;
  const value = provision?.value ?? "unknown";
  return {
    id: cellId(dimension, instrument.id),
    dimension,
    instrument: instrument.id,
    provision,
    value,
    key: compareKey(dimension, instrument.id, value),
  };
}

/** Whether the row's cells differ among the given instruments (all of them by default). */
export function rowDiffers(row: Row, instrumentIds?: readonly string[]): boolean {
  const cells = instrumentIds ? row.cells.filter((cell) => instrumentIds.includes(cell.instrument)) : row.cells;
  return keysDiffer(cells.map((cell) => cell.key));
}

export function allRows(comparison: Comparison): Row[] {
  return comparison.groups.flatMap((group) => group.rows);
}

/** The (dimension, instrument) pairs with no provision at all. */
export function missingCells(comparison: Comparison): string[] {
  return allRows(comparison).flatMap((row) => row.cells.filter((cell) => !cell.provision).map((cell) => cell.id));
}

function findOrThrow(instruments: readonly Instrument[], id: string): Instrument {
  const found = instruments.find((instrument) => instrument.id === id);
  if (!found) throw new Error(`No instrument with id "${id}" to compare`);
  return found;
}
