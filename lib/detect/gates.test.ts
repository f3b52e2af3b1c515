import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { identity } from '../normalize/mapped-text';
import { hasNumberWordPair, spelledDigits } from '../normalize/spelled-digits';
import { DETECTORS } from './index';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'corpus');

function lines(dir: string): string[] {
  return readdirSync(join(CORPUS, dir))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(CORPUS, dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim() && !l.startsWith('#'));
}

// Obfuscated, spelled and mixed forms a gate must not shut out (synthetic numbers, example domains).
const OBFUSCATED = [
  'nine one seven five five five zero one four two',
  'call 555 zero one four two',
  'double five five, zero one four two, six',
  'nueve uno siete cinco cinco cinco cero uno',
  'Text me O3OO-l2345',
  'my num: 4l5-555-Ol32',
  'five5five0one4two',
  '+1 (415) 555-0132',
  '４１５５５５０１３２',
  '٤١٥٥٥٥٠١٣٢',
  'jane [at] example [dot] com',
  'jane (at) example (dot) com',
  'j a n e @ e x a m p l e . c o m',
  'jane at example dot com',
  'my gmail is jane.example.dev',
  'moc.elpmaxe@enaj',
  'example dot com slash jane',
  'wa dot me slash 15555550123',
  't . me / example_dev',
  'Zoom meeting ID nine three six two two one four zero five eight seven',
  'Google Meet code abc-defg-hij, join now',
  'Meeting ID: 555 0123 4567 passcode x7Y2',
  'telegram: @example_dev',
  'τelegram @example_dev',
  'тelegram: example_dev',
  'w h a t s a p p me',
  'discord pixelfox#1234',
  'skype live:example.dev',
  'pay me on p4ypal, skip the fees',
  'send via w1se or zelle',
  'IBAN DE89 3704 0044 0532 0130 00',
  'corner of Main Street and Elm Avenue',
  'meet me at the corner of 5th and Pine',
  'P.O. Box 4321',
  'let us move to whats app',
  'send me your e-mail',
  "what's your n u m b e r",
  'Ｚｏｏｍ ＩＤ ５５５ ０１２３ ４５６７',
  'z\u200boom id 555 0123 4567',
];

const TEXTS = [...new Set([...DETECTORS.flatMap((d) => d.examples.match), ...lines('match'), ...OBFUSCATED])];

describe('detector gates are necessary conditions', () => {
  for (const d of DETECTORS) {
    if (!d.gate) continue;
    const gate = d.gate;
    it(`${d.id}: the gate passes wherever the ungated detector finds something`, () => {
      const missed: string[] = [];
      let found = 0;
      for (const text of TEXTS) {
        const hits = [...d.find(normalize(text, d.view).text, { defaultCountry: 'US' })];
        if (hits.length === 0) continue;
        found++;
        if (!gate(normalize(text, 'base').text)) missed.push(text);
      }
      expect(found).toBeGreaterThan(0);
      expect(missed).toEqual([]);
    });
  }

  it('gates shut out a plain message for every detector', () => {
    const plain = 'Thanks, I will review the design and send a revised draft tomorrow.';
    const base = normalize(plain, 'base').text;
    const open = DETECTORS.filter((d) => !d.gate || d.gate(base)).map((d) => d.id);
    expect(open).toEqual([]);
  });

  it('hasNumberWordPair passes wherever spelled digits change the text', () => {
    const token = fc.oneof(
      fc.constantFrom(
        'one',
        'Five',
        'zero',
        'oh',
        'double',
        'triple',
        'nueve',
        'zwei',
        'do',
        'no',
        'sat',
        'the',
        'call',
      ),
      fc.stringMatching(/^[0-9]{1,5}$/u),
      fc.stringMatching(/^[a-z]{1,20}$/u),
    );
    const gap = fc.constantFrom(' ', ', ', '-', '  ', '...', ' x ', '', '\n', ' 😀 ');
    const text = fc
      .array(fc.tuple(token, gap), { maxLength: 14 })
      .map((parts) => parts.map(([t, g]) => t + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (spelledDigits.apply(identity(t)).text !== t) expect(hasNumberWordPair(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
