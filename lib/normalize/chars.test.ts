import { describe, expect, it } from 'vitest';
import { isAlnumPoint, isLetterPoint, isSpaceCode } from './chars';

describe('character classes by code', () => {
  it('agree with \\s, \\p{L} and [\\p{L}\\p{N}] on every BMP code point and some astral ones', () => {
    const differ: string[] = [];
    const points = [
      ...Array.from({ length: 0x10000 }, (_, c) => c),
      0x1d400,
      0x1d7ce,
      0x10400,
      0x1f600,
      0x20000,
      0x104a0,
    ];
    for (const c of points) {
      const ch = String.fromCodePoint(c);
      if (c <= 0xffff && isSpaceCode(c) !== /\s/u.test(ch)) differ.push(`space ${c}`);
      if (isLetterPoint(c) !== /^\p{L}$/u.test(ch)) differ.push(`letter ${c}`);
      if (isAlnumPoint(c) !== /^[\p{L}\p{N}]$/u.test(ch)) differ.push(`alnum ${c}`);
    }
    expect(differ).toEqual([]);
  });

  it('read past the end of a text (NaN) as no class', () => {
    expect(isLetterPoint(Number.NaN)).toBe(false);
    expect(isAlnumPoint(Number.NaN)).toBe(false);
  });
});
