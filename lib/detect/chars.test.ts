import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './chars';

describe('isSpaceCode', () => {
  it('agrees with \\s on every BMP code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
