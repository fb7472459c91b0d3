/**
 * Edit distance with adjacent transpositions (optimal string alignment), cut
 * off early: typo tolerance scans the whole vocabulary on every keystroke, so
 * a pair that cannot come within `max` edits is abandoned after one row.
 */
export function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a term of this length may contain: none below 4 letters, two from 8. */
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
