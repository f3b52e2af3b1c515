/**
 * Binary searches over sorted arrays, shared by the detectors (they keep scans linear when a
 * long text holds thousands of words, spans or findings).
 */

/** The first index in [0, n) where `before(i)` is false (`before` holds for a prefix). */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span of `sorted` (by start) that starts at or after `e`. */
export function firstStartingFrom(sorted: readonly { start: number }[], e: number): number {
  return partitionPoint(sorted.length, (i) => (sorted[i] as { start: number }).start < e);
}

/** Does [s, e) overlap a span of `sorted` (disjoint spans, sorted by start)? */
export function overlapsSorted(sorted: readonly { start: number; end: number }[], s: number, e: number): boolean {
  const last = sorted[firstStartingFrom(sorted, e) - 1];
  return last !== undefined && last.end > s;
}
