/**
 * Edit distance with adjacent transpositions (optimal string alignment), cut
 * off early: typo tolerance scans the whole vocabulary, so a pair that cannot
 * come within `max` edits is abandoned as soon as a row shows it, and the
 * rows are reused rather than allocated.
 */
const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

export function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (b.length + 1 > ROWS[0].length) return max + 1;
  let [prevPrev, prev, row] = ROWS;
  for (let j = 0; j <= b.length; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length]!;
}

/** How many typos a term of this length may contain: none below 4 letters or in numbers, two from 8. */
export function allowedTypos(term: string): number {
  if (term.length < 4 || /\d/u.test(term)) return 0;
  return term.length >= 8 ? 2 : 1;
}

/**
 * Distance between a partly typed term and the start of a token: the best of
 * the token's prefixes one shorter, as long as, or one longer than the term.
 */
export function prefixDistanceWithin(term: string, token: string, max: number): number {
  let best = max + 1;
  for (let length = term.length - max; length <= term.length + max; length += 1) {
    if (length < 1 || length > token.length) continue;
    best = Math.min(best, distanceWithin(term, token.slice(0, length), max));
    if (best === 0) break;
  }
  return best;
}
