/**
 * The claims index in pages. One page lists every claim until the corpus
 * outgrows the 200 KiB page budget (about 1,400 claims); then /claims/ holds
 * the first CLAIMS_PER_PAGE and /claims/page/<n>/ the rest, in corpus order.
 * Page 1 never moves, so links to /claims/ (with its filters) keep working.
 */
export const CLAIMS_PER_PAGE = 500;

export interface ClaimPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  /** Index of the page's first item in the whole list, 0-based. */
  offset: number;
  items: T[];
}

export function claimPageUrl(number: number): string {
  return number === 1 ? "/claims/" : `/claims/page/${number}/`;
}

/** Splits the list into pages of `size`; an empty list is one empty page, so /claims/ always exists. */
export function claimPages<T>(items: readonly T[], size: number = CLAIMS_PER_PAGE): ClaimPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a page holds at least one claim, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    offset: i * size,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
