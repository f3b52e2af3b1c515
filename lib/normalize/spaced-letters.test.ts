import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identity } from './mapped-text';
import { collapseSpacedLetters } from './spaced-letters';

const collapse = (text: string) => collapseSpacedLetters.apply(identity(text)).text;

describe('spaced letters', () => {
  it.each([
    ['w h a t s a p p me', 'whatsapp me'],
    ['j a n e @ e x a m p l e . c o m', 'jane@example.com'],
    // A run that ends in "/" or "@" goes on into the word typed whole after it.
    ['f b . c o m / jane.doe.shop', 'fb.com/jane.doe.shop'],
    ['d i s c o r d . g g / AbC123 now', 'discord.gg/AbC123 now'],
    ['r a v i . k @ example.com', 'ravi.k@example.com'],
  ])('%j → %j', (text, expected) => {
    expect(collapse(text)).toBe(expected);
  });

  it.each([
    ['three letters only', 'a b c'],
    ['ordinary prose', 'I am on it, a bit late'],
    ['a slash between words', 'input / output and read/write'],
  ])('leaves %s as it is', (_name, text) => {
    expect(collapse(text)).toBe(text);
  });

  it.each([
    // The space after a final "." or "-" stays: "s o g o o d . Then" is two sentences.
    ['s o g o o d . Then we left', 'sogood. Then we left'],
    ['T C P / 2', 'TCP/2'],
    ['s u p e r / ', 'super/ '],
  ])('%j → %j', (text, expected) => {
    expect(collapse(text)).toBe(expected);
  });

  it('maps offsets back monotonically', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '/', '@', '.', 'word', '\n', '7');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const mt = collapseSpacedLetters.apply(identity(text));
        expect(mt.toOriginal).toHaveLength(mt.text.length + 1);
        for (let i = 0; i < mt.text.length; i++) {
          expect(mt.toOriginal[i + 1] as number).toBeGreaterThan(mt.toOriginal[i] as number);
        }
      }),
      { numRuns: 300 },
    );
  });
});
