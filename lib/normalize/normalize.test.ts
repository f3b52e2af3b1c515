import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, SPELLED_AT, toOriginalSpan, VIEWS } from './index';
import { eachToken } from './spelled-digits';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  // Dense in what the normalisers act on: digits, number words, at/dot, invisibles, look-alikes.
  fc
    .array(
      fc.constantFrom(
        'nine',
        ' ',
        'one',
        'double',
        'five',
        'O',
        'l',
        '3',
        '[at]',
        ' at ',
        ' dot ',
        'a',
        '\u200b',
        '٣',
        '７',
        '\uD800',
        'е',
        'x',
        '@',
        '.',
        '/',
        '\n',
        'slash',
        '𝟗',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

describe('normalised offsets', () => {
  it.each(VIEWS.map((v) => [v]))('map back inside the original text (%s view)', (view) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const mt = normalize(text, view);
        expect(mt.toOriginal.length).toBe(mt.text.length + 1);
        expect(mt.toOriginal[mt.text.length]).toBe(text.length);
        for (let i = 0; i < mt.text.length; i++) {
          expect(mt.toOriginal[i]).toBeGreaterThanOrEqual(0);
          expect(mt.toOriginal[i + 1] as number).toBeGreaterThan(mt.toOriginal[i] as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(VIEWS.map((v) => [v]))('turn every non-empty span into a non-empty original span (%s view)', (view) => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const mt = normalize(text, view);
        if (mt.text.length === 0) return;
        const s = a % mt.text.length;
        const e = s + 1 + (b % (mt.text.length - s));
        const [os, oe] = toOriginalSpan(mt, s, e);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeGreaterThan(os);
        expect(oe).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('base view is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalize(text).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalisers', () => {
  it.each([
    ['te\u200bl\u200deg\uFEFFram', 'base', 'telegram'],
    ['＋６３ ９１７', 'base', '+63 917'],
    ['٠١٠٩ ۰۹۱۲ ০১২ ०१२', 'base', '0109 0912 012 012'],
    ['𝟗𝟏𝟕 ①②', 'base', '917 12'],
    ['1\uFE0F\u20E32\uFE0F\u20E3', 'base', '1 2'],
    ['3\u20E3 apples', 'base', '3 apples'],
    ['1\u200b2', 'base', '12'],
    ['теlеgrаm', 'base', 'telegram'],
    ['Давайте продолжим', 'base', 'Давайте продолжим'],
    ['nine one seven, five five five', 'digits', '9 1 7, 5 5 5'],
    ['double five triple nine', 'digits', '55 999'],
    // A lone number word beside digits is an ordinary word, not the number's last digit.
    ['+1 415 555 0132 no calls', 'digits', '+1 415 555 0132 no calls'],
    ['0300 1234567 one more thing', 'digits', '0300 1234567 one more thing'],
    ['0300 one two three four', 'digits', '0300 1 2 3 4'],
    ['ek do teen char paanch', 'digits', '1 2 3 4 5'],
    ['ноль шесть семь, один два', 'digits', '0 6 7, 1 2'],
    ['Пять шесть семь восемь', 'digits', '5 6 7 8'],
    ['sıfır beş üç iki', 'digits', '0 5 3 2'],
    ['nol delapan satu dua', 'digits', '0 8 1 2'],
    ['không chín tám tám', 'digits', '0 9 8 8'],
    ['dziewięć osiem siedem sześć', 'digits', '9 8 7 6'],
    ['واحد اثنين ثلاثة أربعة', 'digits', '1 2 3 4'],
    ['Mera number 0300 1234567 hai', 'digits', 'Mera number 0300 1234567 hai'],
    ['2 năm kinh nghiệm', 'digits', '2 năm kinh nghiệm'],
    ['у меня два кота и одна собака', 'digits', 'у меня два кота и одна собака'],
    ['Lima 15074, Peru', 'digits', 'Lima 15074, Peru'],
    ['I do not have one', 'digits', 'I do not have one'],
    ['O3OO-l234567', 'digits', '0300-1234567'],
    ['SOLD OUT', 'digits', 'SOLD OUT'],
    ['call 1i202i555i0187 now', 'digits', 'call 1-202-555-0187 now'],
    ['+1l202l555l0187', 'digits', '+1-202-555-0187'],
    ['build 2a3a4', 'digits', 'build 2a3a4'],
    ['WhatsApp I-202-555-Ol87', 'digits', 'WhatsApp 1-202-555-0187'],
    // The run starts in "call" (its "ll"): that group is the word's, the rest is a number.
    ['call O3OO 555 O142 now', 'digits', 'call 0300 555 0142 now'],
    ['call O3OO 555 O142 Sold', 'digits', 'call 0300 555 0142 Sold'],
    ['page 12 I think', 'digits', 'page 12 I think'],
    ['Call202-555-0187ObOdy', 'digits', 'Call202-555-0187ObOdy'],
    ['l u c y . d e v', 'symbols', 'lucy.dev'],
    ['isla[at]islacopy[dot]com', 'symbols', 'isla@islacopy.com'],
    ['wa dot me slash 4155', 'symbols', 'wa.me/4155'],
    ['forms . gle / abc', 'symbols', 'forms.gle/abc'],
    ['jo at mail dot com', 'symbols', `jo${SPELLED_AT}mail.com`],
    // Defanged symbols between word characters: [.] (.) {.} and [@] (@).
    ['portfolio at example[.]org/work', 'symbols', `portfolio${SPELLED_AT}example.org/work`],
    ['nina.v(@)example{.}net', 'symbols', 'nina.v@example.net'],
    ['nina [@] example (.) net', 'symbols', 'nina@example.net'],
    // Not between word characters they are prose or code, and stay.
    ['(.) starts a list', 'symbols', '(.) starts a list'],
    ['the end [.]', 'symbols', 'the end [.]'],
    ['regex: /[.]/ and {@}', 'symbols', 'regex: /[.]/ and {@}'],
    ['sel = "[@]", 42', 'symbols', 'sel = "[@]", 42'],
  ] as const)('%j (%s) → %j', (input, view, expected) => {
    expect(normalize(input, view).text).toBe(expected);
  });

  it('keeps offsets of a spelled number pointing at the words', () => {
    const text = 'call nine one seven two now';
    const mt = normalize(text, 'digits');
    const start = mt.text.indexOf('9');
    const [s, e] = toOriginalSpan(mt, start, start + 5);
    expect(text.slice(s, e)).toBe('nine one seven');
  });

  it('scans 100 KB of hostile input in linear time', () => {
    const hostile = 'nine 9 O l [at] at dot \u200b ٣ '.repeat(4000);
    const t0 = performance.now();
    for (const v of VIEWS) normalize(hostile, v);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('spelled digits and object keys', () => {
  it('does not read a word named like an Object.prototype member as a number word', () => {
    const text = 'call the constructor 555 0142 now';
    const view = normalize(text, 'digits');
    expect(view.text).toBe(text);
    expect(view.toOriginal).toHaveLength(text.length + 1);
  });
});

describe('repeated runs', () => {
  it('gives the same view when the same text is normalised again (steps are memoised)', () => {
    const text = 'nine one seven, five five five: mail me at jane dot doe at example dot com';
    for (const view of VIEWS) {
      const a = normalize(text, view);
      const b = normalize(text, view);
      expect(b.text).toBe(a.text);
      expect([...b.toOriginal]).toEqual([...a.toOriginal]);
    }
  });
});

describe('number tokens', () => {
  it('cuts a text into the tokens a /[\\p{L}]{1,16}|\\d{1,24}/u search finds', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'ж',
      '٣',
      '𝐀',
      '𐐀',
      '😀',
      '7',
      '0',
      ' ',
      '-',
      '\uD800',
      '\uDC00',
      'x'.repeat(17),
      '9'.repeat(25),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const ours: [number, number][] = [];
        eachToken(text, (s, e) => {
          ours.push([s, e]);
          return false;
        });
        const theirs = [...text.matchAll(/[\p{L}]{1,16}|\d{1,24}/gu)].map((m) => [m.index, m.index + m[0].length]);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 2000 },
    );
  });
});
