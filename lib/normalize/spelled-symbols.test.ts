import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, SPELLED_AT } from './index';
import { identity } from './mapped-text';
import { LOCAL_AT_HINT, LOCAL_AT_WORDS, localDotAfterAt, spelledLocalSymbols } from './spelled-symbols';

/** The email detector's view of a text: the shared symbol steps, then the local words. */
function local(text: string): string {
  return spelledLocalSymbols.apply(normalize(text, 'symbols')).text.replaceAll(SPELLED_AT, '⓪');
}

describe('local names of @: the quick test', () => {
  it('finds every word of the list after a space, in either case and decomposed', () => {
    for (const w of LOCAL_AT_WORDS) {
      // Hangul is typed composed: its decomposed letters are not read.
      const nfd = /[\uAC00-\uD7A3]/u.test(w) ? w : w.normalize('NFD');
      for (const form of [w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1), nfd]) {
        expect(LOCAL_AT_HINT.test(`ana.b ${form} example`), form).toBe(true);
      }
    }
  });

  it('stays quiet on ordinary English', () => {
    for (const t of ['I can start on Monday, a contract works', 'Meet at 5, let me know', 'a cool macaque']) {
      expect(LOCAL_AT_HINT.test(t)).toBe(false);
    }
  });
});

describe('local names of @ and . inside an address', () => {
  it.each([
    ['ivan.k собака example точка ru', 'ivan.k⓪example.ru'],
    ['olga собачка example точка com', 'olga⓪example.com'],
    ['taras равлик example крапка com крапка ua', 'taras⓪example.com.ua'],
    ['ola.n małpa example kropka pl', 'ola.n⓪example.pl'],
    ['ayse_k et example nokta com nokta tr', 'ayse_k⓪example.com.tr'],
    ['lan.p a móc example chấm vn', 'lan.p⓪example.vn'],
    // Decomposed (NFD) accents read the same.
    ['lan.p a mo\u0301c example cha\u0302\u0301m vn', 'lan.p⓪example.vn'],
    ['budi.s et example titik co titik id', 'budi.s⓪example.co.id'],
    ['joost apenstaartje example punt nl', 'joost⓪example.nl'],
    ['petra zavináč example tečka cz', 'petra⓪example.cz'],
    ['anna.k kukac example pont hu', 'anna.k⓪example.hu'],
    ['erik snabel-a example punkt se', 'erik⓪example.se'],
    ['nikos παπάκι example τελεία gr', 'nikos⓪example.gr'],
    ['dana שטרודל example נקודה co נקודה il', 'dana⓪example.co.il'],
    ['ali ات example نقطه ir', 'ali⓪example.ir'],
    ['omar آت example دوت com', 'omar⓪example.com'],
    ['taro アット example ドット jp', 'taro⓪example.jp'],
    // A typed or English "@" with a local dot-word after the domain's first label.
    ['ivan.k@example точка ru', 'ivan.k@example.ru'],
    ['ivan at example kropka pl', 'ivan⓪example.pl'],
    // A typed dot is kept, a spelled one read, up to the last label that looks like a TLD.
    ['ivan собака mail.example точка ru точка зрения', 'ivan⓪mail.example.ru точка зрения'],
  ])('%j → %j', (text, expected) => {
    expect(local(text)).toBe(expected);
  });

  it.each([
    ['с моей точки зрения, точка зрения клиента важна'],
    ['цена 5 точка 5 тысяч'],
    ['punto de venta en el centro'],
    ['kropka nad i, wszystko jasne'],
    ['ivan@example точка зрения'],
    ['cena 5 kropka 5 zł'],
  ])('leaves %j as it is', (text) => {
    expect(local(text)).toBe(normalize(text, 'symbols').text);
  });

  it('makes only the marker of an at-word without a domain shape after it: the email detector judges it', () => {
    expect(local('ekmek et peynir aldım')).toBe('ekmek⓪peynir aldım');
    expect(local('у меня есть собака и кошка')).toBe('у меня есть⓪и кошка');
    expect(local('Mon chat et mon chien')).toBe('Mon chat⓪mon chien');
  });

  it('is not a step of the shared symbols view', () => {
    const text = 'ivan.k собака example точка ru';
    expect(normalize(text, 'symbols').text).toBe(text);
  });

  it('keeps offsets pointing at the words it read', () => {
    const text = 'mail: ivan.k собака example точка ru';
    const mt = spelledLocalSymbols.apply(normalize(text, 'symbols'));
    const at = mt.text.indexOf(SPELLED_AT);
    expect(text.slice(mt.toOriginal[at], mt.toOriginal[at + 1])).toBe(' собака ');
    const dot = mt.text.indexOf('.ru');
    expect(text.slice(mt.toOriginal[dot], mt.toOriginal[dot + 1])).toBe(' точка ');
  });

  it('maps offsets back monotonically on any mix of the words', () => {
    const piece = fc.constantFrom('ivan', ' ', 'собака', 'точка', 'et', 'kropka', 'ru', '.', '@', 'a còng', 'x1', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const mt = spelledLocalSymbols.apply(identity(text));
        expect(mt.toOriginal).toHaveLength(mt.text.length + 1);
        for (let i = 0; i < mt.text.length; i++) {
          expect(mt.toOriginal[i + 1] as number).toBeGreaterThan(mt.toOriginal[i] as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('tells a local dot-word after an "@" only', () => {
    expect(localDotAfterAt('ivan@example точка ru')).toBe(true);
    expect(localDotAfterAt('ivan@example.ru, точка')).toBe(false);
    expect(localDotAfterAt('точка зрения')).toBe(false);
  });

  it('stays linear on hostile input', () => {
    const hostile = 'a собака b точка c et d kropka '.repeat(5000);
    const t0 = performance.now();
    spelledLocalSymbols.apply(identity(hostile));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('"at the rate": the Indian English name of @', () => {
  /** The shared symbols view, with the at-marker shown. */
  const symbols = (text: string) => normalize(text, 'symbols').text.replaceAll(SPELLED_AT, '⓪');

  it.each([
    ['anita.r99 at the rate example dot com', 'anita.r99⓪example.com'],
    ['ping vikram_k at d rate example.in', 'ping vikram_k⓪example.in'],
    ['sunil.m @ the rate example.org', 'sunil.m⓪example.org'],
    ['MEERA AT THE RATE EXAMPLE DOT NET', 'MEERA⓪EXAMPLE.NET'],
  ])('%j → %j', (text, expected) => {
    expect(symbols(text)).toBe(expected);
  });

  it.each([
    // A price or a pace: the marker is made, and the email detector turns it down.
    ['we bill at the rate of 40 USD an hour', 'we bill⓪40 USD an hour'],
    // No word before it: nothing to join.
    ['At the rate you work, it is done by Friday', 'At the rate you work, it is done by Friday'],
    ['the rate is fixed', 'the rate is fixed'],
  ])('%j → %j', (text, expected) => {
    expect(symbols(text)).toBe(expected);
  });

  it('maps the marker back to the whole phrase', () => {
    const text = 'anita.r99 at the rate example.com';
    const mt = normalize(text, 'symbols');
    const at = mt.text.indexOf(SPELLED_AT);
    expect(text.slice(mt.toOriginal[at], mt.toOriginal[at + 1])).toBe(' at the rate ');
  });
});
