import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_CHANNELS_SOURCE,
  CHANNELS,
  MESSENGERS,
  matchesOf,
  NameAlternation,
  tagChannels,
  wordStarts,
} from './lexicon';

describe('tagChannels', () => {
  it('tags every unambiguous name, whatever its first letters look like', () => {
    // Look-alike first letters and separators go through the two-character pre-check.
    for (const t of [
      'my t3l3gram is',
      'my 1nstagram is',
      'my 5kype is',
      'my wh4tsapp is',
      'my e-mail is',
      'my e mail is',
    ]) {
      expect(tagChannels(t).words.length, t).toBe(1);
    }
    for (const e of [...MESSENGERS, ...CHANNELS]) {
      for (const name of e.latin) {
        const text = `on ${name[0]?.toUpperCase()}${name.slice(1)} now`;
        expect(tagChannels(text).words.length, text).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('says whether any channel name occurs at all', () => {
    expect(tagChannels('the build passes on node 20').any).toBe(false);
    expect(tagChannels('ping me on telegram').any).toBe(true);
    // Seen even where the context rule does not tag it.
    expect(tagChannels('the signal is weak').any).toBe(true);
  });

  const platforms = (t: string) => tagChannels(t).words.map((w) => [t.slice(w.start, w.end), w.platform]);

  it('reads currency signs typed for letters inside a name', () => {
    expect(platforms('my Sk¥pe is open')).toEqual([['Sk¥pe', 'skype']]);
    expect(platforms('is T€legram ok for you')).toEqual([['T€legram', 'telegram']]);
    expect(platforms('my Fa¢ebook page')).toEqual([['Fa¢ebook', 'facebook']]);
    // Prices are not names.
    expect(platforms('it costs ¥500 or €40 or 25¢ a month')).toEqual([]);
  });

  it('reads nicknames of platforms only after a preposition or possessive, or before a handle', () => {
    expect(platforms('find me on the bird app')).toEqual([['the bird app', 'twitter']]);
    expect(platforms('switch to the paper plane app')).toEqual([['the paper plane app', 'telegram']]);
    expect(platforms("I'm on the 'gram a lot")).toEqual([["the 'gram", 'instagram']]);
    expect(platforms('the gram @mia.bakes')).toEqual([['the gram', 'instagram']]);
    expect(platforms('your blue bird app handle')).toEqual([['blue bird app', 'twitter']]);
    for (const t of [
      'flour is sold by the gram',
      'we shipped the bird app for the zoo last spring',
      'the gram is a unit of mass',
      'I drew the ghost app icon',
    ]) {
      expect(platforms(t), t).toEqual([]);
    }
  });

  it('tags a name typed one character at a time over its whole span', () => {
    expect(platforms("what's your t e l e g r a m?")).toEqual([['t e l e g r a m', 'telegram']]);
    expect(platforms('talk on W h @ t s A p p instead')).toEqual([['W h @ t s A p p', 'whatsapp']]);
    expect(platforms('drop your e m a i l here')).toEqual([['e m a i l', 'email']]);
    const { tagged } = tagChannels('my s k y p e is');
    expect(tagged).toHaveLength('my s k y p e is'.length);
    expect(tagged.endsWith(' is')).toBe(true);
    for (const t of [
      // The whole run must be the name.
      'x t e l e g r a m',
      'a t e l e g r a m s',
      // Grades, initials and ordinary spaced letters are not names.
      'grades A B C D this term',
      'the l i n e is long',
      'U S A trip',
    ]) {
      expect(platforms(t), t).toEqual([]);
    }
  });

  it('reads Slavic case endings on brand names, not on ordinary words', () => {
    expect(platforms('napisz na WhatsAppie')).toEqual([['WhatsAppie', 'whatsapp']]);
    expect(platforms('przejdźmy do Telegrama')).toEqual([['Telegrama', 'telegram']]);
    expect(platforms('odezwij się na Messengerze')).toEqual([['Messengerze', 'facebook']]);
    expect(platforms('wyślij maila')).toEqual([['maila', 'email']]);
    expect(platforms('jestem na Skypie')).toEqual([['Skypie', 'skype']]);
    // Portuguese "discorda" (disagrees) is not Discord.
    expect(platforms('ele discorda do plano')).toEqual([]);
    expect(platforms('whatsappish vibes')).toEqual([]);
  });

  it('reads short nicknames in the contexts that make them a channel, in more languages', () => {
    expect(platforms('chat di tele aja')).toEqual([['tele', 'telegram']]);
    expect(platforms('kirim nomor WA kamu')).toEqual([['WA', 'whatsapp']]);
    expect(platforms('minta WA-nya dong')).toEqual([['WA', 'whatsapp']]);
    expect(platforms('please install Signal first')).toEqual([['Signal', 'signal']]);
    for (const t of ['the signal is weak', 'install signal handlers in the worker', 'Seattle, WA 98101', 'tele lens']) {
      expect(platforms(t), t).toEqual([]);
    }
  });

  // issue-e3: descriptions of an app, abbreviations, names cut in two.
  it('reads descriptions of an app like nicknames: after "on"/"to"/"my", or before a handle', () => {
    expect(platforms('switch to the app with the paper plane?')).toEqual([['app with the paper plane', 'telegram']]);
    expect(platforms('my ID on that chinese app with 2 bubbles')).toEqual([['chinese app with 2 bubbles', 'wechat']]);
    expect(platforms('hop on the app with the camera icon')).toEqual([['app with the camera icon', 'instagram']]);
    expect(platforms('find me on the blue bird site')).toEqual([['blue bird site', 'twitter']]);
    expect(platforms('the app with the ghost @kiki.snaps')).toEqual([['app with the ghost', 'snapchat']]);
    for (const t of [
      'The app with the camera icon crashes on Android 14',
      'I designed the icon for the app with the paper plane',
      'We are building a blue bird site for the sanctuary',
      'an app with the camera module and two bubbles',
    ]) {
      expect(platforms(t), t).toEqual([]);
    }
  });

  it('reads tlg, t.g., wapp, kik; tt only before an @handle or a label', () => {
    expect(platforms('agrega mi tlg')).toEqual([['tlg', 'telegram']]);
    expect(platforms('my t.g. is open')).toEqual([['t.g.', 'telegram']]);
    expect(platforms('e-mail or wapp')).toEqual([
      ['e-mail', 'email'],
      ['wapp', 'whatsapp'],
    ]);
    expect(platforms('Kik me')).toEqual([['Kik', 'kik']]);
    expect(platforms('TT @bella.dances22')).toEqual([['TT', 'tiktok']]);
    expect(platforms('tt handle: bella')).toEqual([['tt', 'tiktok']]);
    // The dots of "t.g." are dots; "tt" is no name before other words.
    for (const t of ['the tags are set', 'tag the t g lines', 'TT: 45 min meeting', 'the tt lessons', 'tt 2024']) {
      expect(platforms(t), t).toEqual([]);
    }
  });

  it('reads a messenger name cut in two by one space, hyphen or dot', () => {
    expect(platforms('add me on sk-ype')).toEqual([['sk-ype', 'skype']]);
    expect(platforms('talk on sk ype later')).toEqual([['sk ype', 'skype']]);
    expect(platforms('my tele.gram is')).toEqual([['tele.gram', 'telegram']]);
    expect(platforms('my face book is')).toEqual([['face book', 'facebook']]);
    // The longer cut name over its first part ("insta"), same platform.
    expect(platforms('my insta gram is')).toEqual([['insta gram', 'instagram']]);
    // Not "_", which handles have inside: "face_book_fan".
    for (const t of [
      'three ma',
      'sky pen',
      'the face books',
      'what sap',
      'the disc order',
      'Wei Xin',
      'face_book_fan',
    ]) {
      expect(platforms(t), t).toEqual([]);
    }
  });

  it('does not try digits glued to emoji as names', () => {
    expect(tagChannels('😀1'.repeat(50)).words).toEqual([]);
  });
});

describe('NameAlternation', () => {
  const full = new RegExp(ALL_CHANNELS_SOURCE, 'iuy');
  const names = new NameAlternation([...MESSENGERS, ...CHANNELS], true);
  const words = [
    ...[...MESSENGERS, ...CHANNELS].flatMap((e) => [...e.latin, ...(e.weak ?? [])]),
    'app with the paper plane',
    'chinese app with 2 bubbles',
    'blue bird site',
    'app w/ a camera logo',
    'sk-ype',
    'tele gram',
    'insta.gram',
    'what sapp',
  ];
  const others = ['Телеграм', 'بالواتساب', 'واتس', 'вацапе', 'ЗУМ', '微信', 'ईमेल', 'tél', 'Tel'];
  const leet = (w: string, k: number): string =>
    [...w]
      .map((c, i) => ((i + k) % 4 === 0 ? ({ a: '4', e: '3', i: '1', o: '0', s: '$', l: 'I' }[c] ?? c) : c))
      .join('');
  const piece = fc.oneof(
    fc.constantFrom(...words, ...others),
    fc.tuple(fc.constantFrom(...words), fc.nat(7)).map(([w, k]) => leet(w, k)),
    fc
      .tuple(fc.constantFrom(...words), fc.boolean())
      .map(([w, all]) => (all ? w.toUpperCase() : w[0]?.toUpperCase() + w.slice(1))),
    fc.constantFrom(' ', '  ', '.', '-', '_', '\n', '@', '!', '|', '1', 'x', 'app', 'number', 'é', '¥', '€', '¢'),
    fc.string({ maxLength: 4 }),
  );

  it('matches exactly what the full alternation matches, at every position', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (let at = 0; at < text.length; at++) {
          full.lastIndex = at;
          const want = full.exec(text)?.[0] ?? null;
          expect(names.matchAt(text, at)?.[0] ?? null, JSON.stringify([text, at])).toBe(want);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('matchesOf', () => {
  it('yields what matchAll yields and leaves lastIndex alone', () => {
    const re = /a(b?)/gu;
    re.lastIndex = 0;
    const text = 'xab a ab 😀 a';
    const ours = [...matchesOf(re, text)].map((m) => [m.index, m[0], m[1]]);
    const theirs = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
    expect(ours).toEqual(theirs);
    expect(re.lastIndex).toBe(0);
  });

  it('advances past empty matches by code point, as matchAll does', () => {
    const re = /x?/gu;
    const text = '😀x😀';
    expect([...matchesOf(re, text)].map((m) => m.index)).toEqual([...text.matchAll(re)].map((m) => m.index));
  });

  it('keeps lastIndex at its start value while the loop body runs', () => {
    const re = /\d/gu;
    const seen: number[] = [];
    for (const _ of matchesOf(re, '1 2 3')) seen.push(re.lastIndex);
    expect(seen).toEqual([0, 0, 0]);
  });
});

describe('wordStarts', () => {
  it('finds the starts a look-behind regex finds', () => {
    const piece = fc.constantFrom(
      'a',
      'Ж',
      '٣',
      '𝐀',
      '😀',
      '7',
      '_',
      '@',
      '$',
      '|',
      '!',
      ' ',
      '.',
      '\uD800',
      '\uDC00',
      'é',
      '²',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const theirs = [...text.matchAll(/(?<![\p{L}\p{N}_])[\p{L}\p{N}@$|!]/gu)].map((m) => m.index);
        expect(wordStarts(text)).toEqual(theirs);
      }),
      { numRuns: 2000 },
    );
  });
});
