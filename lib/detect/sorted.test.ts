import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstStartingFrom, overlapsSorted, partitionPoint } from './sorted';

describe('sorted-array searches', () => {
  it('partitionPoint finds the first index where the prefix predicate fails', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const expected = sorted.findIndex((v) => v >= x);
        expect(partitionPoint(sorted.length, (i) => (sorted[i] as number) < x)).toBe(
          expected < 0 ? sorted.length : expected,
        );
      }),
    );
  });

  const spans = [
    { start: 2, end: 5 },
    { start: 8, end: 9 },
    { start: 12, end: 20 },
  ];

  it('firstStartingFrom and overlapsSorted agree with a linear scan', () => {
    expect(firstStartingFrom(spans, 8)).toBe(1);
    expect(firstStartingFrom(spans, 9)).toBe(2);
    expect(firstStartingFrom([], 3)).toBe(0);
    for (let s = 0; s < 22; s++) {
      for (let e = s + 1; e < 23; e++) {
        expect(overlapsSorted(spans, s, e)).toBe(spans.some((f) => f.start < e && f.end > s));
      }
    }
  });
});
