import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identity, toOriginalSpan } from './mapped-text';
import { hasNumberWordPair, spelledDigits } from './spelled-digits';

const digits = (text: string): string => spelledDigits.apply(identity(text)).text;

describe('spelled digits: numbers read out in pairs', () => {
  it.each([
    // French: tens with a unit, 70/80/90 built from 60 and 4 x 20, "et" before un/onze.
    [
      'appelle le zéro sept, quatorze, vingt-deux, quarante-trois, quatre-vingt-dix-neuf',
      'appelle le 0 7, 14, 22, 43, 99',
    ],
    ['mon num: zéro six, soixante et onze, quatre-vingts, trente et un, dix-sept', 'mon num: 0 6, 71, 80, 31, 17'],
    ['zero six, soixante-douze, quatre-vingt-un, seize, cinquante', '0 6, 72, 81, 16, 50'],
    // Belgian / Swiss tens.
    ['zéro quatre, septante-deux, nonante-trois, huitante', '0 4, 72, 93, 80'],
    // English.
    ['text five five five, zero one, forty two, eighty-seven', 'text 5 5 5, 0 1, 42, 87'],
    // Spanish: one-word 21-29 and "y".
    ['llámame seis uno cero, veintidós, treinta y cuatro, cincuenta y seis', 'llámame 6 1 0, 22, 34, 56'],
    // Portuguese: "e" between tens and unit.
    ['liga zero onze, nove nove, trinta e dois, dezoito', 'liga 0 11, 9 9, 32, 18'],
    // Italian one-word compounds, with elision ("ventotto") and the accent ("trentatré").
    ['chiamami tre tre otto, ventotto, trentatré, quarantuno', 'chiamami 3 3 8, 28, 33, 41'],
    // German: unit first ("zweiundvierzig").
    ['ruf an: null eins fünf, zweiundvierzig, siebzehn, achtundachtzig', 'ruf an: 0 1 5, 42, 17, 88'],
  ])('%j → %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it('maps a pair back to its words', () => {
    const text = 'au zéro six, douze, trente-quatre, cinquante-six';
    const mt = spelledDigits.apply(identity(text));
    const at = mt.text.indexOf('34');
    const [s, e] = toOriginalSpan(mt, at, at + 2);
    expect(text.slice(s, e)).toBe('trente-quatre');
  });

  it.each([
    // A lone tens word, a time, a year, an age: too few groups.
    'I have twelve screens to design',
    'meet at twelve thirty',
    'since nineteen eighty-four',
    'she is forty two and lives in Porto',
    'page 12, twenty five items',
    // Counting, in steps of one or ten.
    'ten, twenty, thirty, forty, fifty',
    'eleven, twelve, thirteen, fourteen, fifteen',
    'twenty-one, twenty-two, twenty-three, twenty-four',
    'soixante, soixante-dix, quatre-vingts, quatre-vingt-dix',
    // Pair words with ordinary words between them.
    'tengo veintidós años y treinta y cuatro clientes',
    'ça coûte vingt-deux euros, trente-quatre euros, cinquante-six euros',
    'chapter twelve, verse thirty four, line fifty six',
  ])('leaves %j alone', (text) => {
    expect(digits(text)).toBe(text);
  });

  it('still reads the unit words of a count as before', () => {
    expect(digits('one, two, three, four, five, six, seven, eight, nine, ten')).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, ten');
  });
});

describe('spelled digits: more Hindi/Urdu spellings', () => {
  it.each([
    ['mera number: nau aath saat chheh paanch, chaar teen do ek shunya', 'mera number: 9 8 7 6 5, 4 3 2 1 0'],
    ['likh lo: aath cheh panj sifar', 'likh lo: 8 6 5 0'],
    // "hai" ("is") and "no" at the edge of a number are words, not Vietnamese 2 or Hindi 9.
    ['number hai chaar nau nau chhe, saat aat teen', 'number hai 4 9 9 6, 7 8 3'],
    ['yeh lo: chaar nau nau chhe saat aat teen hai', 'yeh lo: 4 9 9 6 7 8 3 hai'],
    ['call nine one seven five five five zero two no texts', 'call 9 1 7 5 5 5 0 2 no texts'],
  ])('%j → %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
  });

  it('does not read "do", "no", "teen" in prose', () => {
    for (const text of ['do not text me, I am a teen', 'no, do it later', 'ek baat bolun?']) {
      expect(digits(text)).toBe(text);
    }
  });
});

describe('spelled digits: words glued to digits', () => {
  it.each([
    ['reach me: zero3zero1-7six5four3two1', 'reach me: 0301-7654321'],
    ['nine1seven5five5zero1four2', '9175550142'],
    // words and single digits typed in turns: the word at the edge is a digit too
    ['four 1 five - 555 - oh1 three 2', '4 1 5 - 555 - 01 3 2'],
  ])('%j → %j', (input, expected) => {
    expect(digits(input)).toBe(expected);
    expect(hasNumberWordPair(input)).toBe(true);
  });

  it('leaves a word set apart from a number by a space alone', () => {
    for (const text of ['0300 1234567 one more thing', 'call 555 0142 no texts', 'version one 2024']) {
      expect(digits(text)).toBe(text);
    }
  });
});

describe('spelled digits: properties over pair words and joiners', () => {
  const token = fc.oneof(
    fc.constantFrom(
      'zéro',
      'six',
      'quatre',
      'vingt',
      'vingts',
      'dix',
      'douze',
      'soixante',
      'et',
      'y',
      'e',
      'treinta',
      'veintidós',
      'forty',
      'two',
      'twelve',
      'hai',
      'no',
      'double',
      'ventotto',
      'zweiundvierzig',
    ),
    fc.stringMatching(/^[0-9]{1,4}$/u),
    fc.stringMatching(/^[a-z]{1,8}$/u),
  );
  const gap = fc.constantFrom(' ', ', ', '-', '', ' x ', '\n');
  const text = fc.array(fc.tuple(token, gap), { maxLength: 14 }).map((parts) => parts.map(([t, g]) => t + g).join(''));

  it('keeps the map monotonic, and changes nothing without a number word pair', () => {
    fc.assert(
      fc.property(text, (t) => {
        const mt = spelledDigits.apply(identity(t));
        expect(mt.toOriginal).toHaveLength(mt.text.length + 1);
        for (let i = 1; i < mt.toOriginal.length; i++) {
          expect(mt.toOriginal[i] as number).toBeGreaterThan(mt.toOriginal[i - 1] as number);
        }
        if (mt.text !== t) expect(hasNumberWordPair(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays linear on 100 KB of pair words', () => {
    const hostile = 'vingt et un, soixante-dix-huit, quatre-vingt-douze, twelve 5 '.repeat(1700);
    const t0 = performance.now();
    spelledDigits.apply(identity(hostile));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
