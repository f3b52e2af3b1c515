import fc from 'fast-check';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { checksBeforeParsing, mayBeValidIn, NO_TRUNK_MOBILE_REGIONS, PHONE_REGIONS } from './phone-regions';

const REGIONS: readonly CountryCode[] = [
  ...new Set<CountryCode>([...PHONE_REGIONS, ...NO_TRUNK_MOBILE_REGIONS, 'JE', 'KZ']),
];

function validIn(digits: string, region: CountryCode): boolean {
  try {
    return parsePhoneNumberFromString(digits, region)?.isValid() ?? false;
  } catch {
    return false;
  }
}

describe('the pre-check before parsing a national number', () => {
  it('is in force for the regions without a prefix rewrite', () => {
    for (const r of ['GB', 'IN', 'NG', 'US', 'DE'] as const) expect(checksBeforeParsing(r), r).toBe(true);
    // Argentina and Brazil rewrite the national prefix: always parsed.
    expect(checksBeforeParsing('AR')).toBe(false);
    expect(checksBeforeParsing('BR')).toBe(false);
  });

  it('never rules out a number the library validates', () => {
    // Real national numbers of many regions, and random digit strings around them.
    const known = [
      '02079460321',
      '08034412290',
      '03001234567',
      '09171234567',
      '01712345678',
      '0712345678',
      '01098473215',
      '0501234567',
      '4155550132',
      '14155550132',
      '011447911123456',
      '0015551234567',
      '07624369230',
      '01534123456',
      '87012345678',
      '9812247036',
      '030123456',
    ];
    for (const d of known)
      for (const r of REGIONS) if (validIn(d, r)) expect(mayBeValidIn(d, r), `${d} ${r}`).toBe(true);
    // Each region's example mobile number with its last digits changed, written with and
    // without a trunk 0, tried in every region: many stay valid somewhere.
    const example = fc.constantFrom(...REGIONS.filter((r) => examples[r])).map((r) => examples[r] as string);
    const variant = fc
      .tuple(example, fc.stringMatching(/^[0-9]{1,4}$/u), fc.boolean())
      .map(([nsn, tail, trunk]) => `${trunk ? '0' : ''}${nsn.slice(0, nsn.length - tail.length)}${tail}`);
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(variant, fc.stringMatching(/^0?[0-9]{6,14}$/u)), fc.constantFrom(...REGIONS), (d, r) => {
        if (!validIn(d, r)) return;
        valid++;
        expect(mayBeValidIn(d, r), `${d} ${r}`).toBe(true);
      }),
      { numRuns: 4000 },
    );
    expect(valid).toBeGreaterThan(200);
  });

  it('rules out what cannot be valid', () => {
    // Too short for any UK number, and Nigeria has no ten-digit numbers starting 00.
    expect(mayBeValidIn('0331', 'GB')).toBe(false);
    expect(mayBeValidIn('1111111', 'NG')).toBe(false);
  });
});
