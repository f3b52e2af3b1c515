import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { emailDetector } from './email';
import { detect } from './index';

/** Findings of the email detector alone, as [matched original text, canonical, evidence]. */
function emails(text: string) {
  const mt = normalize(text, emailDetector.view);
  return [...emailDetector.find(mt.text, { defaultCountry: 'US' })].map((f) => ({
    text: text.slice(mt.toOriginal[f.start], mt.toOriginal[f.end - 1]! + 1),
    canonical: f.canonical,
    confidence: f.confidence,
    evidence: f.evidence ?? [],
  }));
}

describe('email: matches', () => {
  it.each([
    ['plain', 'write to jane.doe@example.com today', 'jane.doe@example.com', 'jane.doe@example.com'],
    ['sub-address', 'cc: jane+work@mail.example.org.', 'jane+work@mail.example.org', 'jane+work@mail.example.org'],
    ['upper case', 'JANE@EXAMPLE.COM', 'JANE@EXAMPLE.COM', 'jane@example.com'],
    ['brackets', 'jane [at] example [dot] com', 'jane [at] example [dot] com', 'jane@example.com'],
    ['braces and angles', 'user{AT}example<dOt>com', 'user{AT}example<dOt>com', 'user@example.com'],
    ['parentheses', 'hr(at)example(dot)io', 'hr(at)example(dot)io', 'hr@example.io'],
    ['(a)', 'mail marco.b (a) example.it', 'marco.b (a) example.it', 'marco.b@example.it'],
    ['underscore at', 'jo_at_example.com', 'jo_at_example.com', 'jo@example.com'],
    ['quoted masks', 'user"At"example"d0t"com', 'user"At"example"d0t"com', 'user@example.com'],
    ['underscore masks', 'user _at_ example _D0t_ com', 'user _at_ example _D0t_ com', 'user@example.com'],
    ['words', 'user AT example DOT com', 'user AT example DOT com', 'user@example.com'],
    ['words with zero', 'user at example d0t com', 'user at example d0t com', 'user@example.com'],
    ['dotted words', 'john dot doe at my dot site dot eu', 'john dot doe at my dot site dot eu', 'john.doe@my.site.eu'],
    [
      'spanish',
      'mi correo es carla.m arroba example punto com',
      'carla.m arroba example punto com',
      'carla.m@example.com',
    ],
    ['spaced letters', 'j a n e @ g m a i l . c o m', 'j a n e @ g m a i l . c o m', 'jane@gmail.com'],
    ['spaced at', 'mail it to anil.k @ example.com', 'anil.k @ example.com', 'anil.k@example.com'],
    ['fullwidth', 'email me: sara.k＠example．com', 'sara.k＠example．com', 'sara.k@example.com'],
    ['provider no tld', 'it is just kwame.asante at gmail, thanks', 'kwame.asante at gmail', 'kwame.asante@gmail.com'],
    ['strong provider no tld', 'jane at gmail', 'jane at gmail', 'jane@gmail.com'],
    ['provider with at sign', 'jane@gmail please', 'jane@gmail', 'jane@gmail.com'],
    ['known provider domain', 'reach jane at outlook.com', 'jane at outlook.com', 'jane@outlook.com'],
    ['handle-like local part', 'j.smith77 at example.com', 'j.smith77 at example.com', 'j.smith77@example.com'],
    ['cue word before', 'my email is jane at example.com', 'jane at example.com', 'jane@example.com'],
    ['shouting', 'WRITE TO JOHN_M AT PROTONMAIL DOT COM', 'JOHN_M AT PROTONMAIL DOT COM', 'john_m@protonmail.com'],
    ['reversed', 'mail me: moc.elpmaxe@enaj', 'moc.elpmaxe@enaj', 'jane@example.com'],
    [
      'provider cue',
      'my gmail is lena.kraus.design, share it there',
      'lena.kraus.design',
      'lena.kraus.design@gmail.com',
    ],
    ['second at in a row', 'drop a line at jane at outlook', 'jane at outlook', 'jane@outlook.com'],
    ['mailto', 'mailto:jane@example.com', 'jane@example.com', 'jane@example.com'],
    ['unicode', 'почта: иван@пример.рф', 'иван@пример.рф', 'иван@пример.рф'],
    // Another symbol or an emoji where the "@" goes, before a mail provider's domain.
    ['emoji for at', 'mail lina.w🌀gmail.com', 'lina.w🌀gmail.com', 'lina.w@gmail.com'],
    ['hash for at', 'tom_r#outlook.com works best', 'tom_r#outlook.com', 'tom_r@outlook.com'],
    ['spaced symbol for at', 'it is omar.b ✉ yahoo.com', 'omar.b ✉ yahoo.com', 'omar.b@yahoo.com'],
    ['circled a for at', 'kim.l ⓐ icloud.com', 'kim.l ⓐ icloud.com', 'kim.l@icloud.com'],
    ['symbol before mail.ru', 'ivan_k§mail.ru', 'ivan_k§mail.ru', 'ivan_k@mail.ru'],
  ])('%s', (_name, text, span, canonical) => {
    const found = emails(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(span);
    expect(found[0]?.canonical).toBe(canonical);
  });
});

describe('email: ignores', () => {
  it.each([
    ['a time', 'meet at 5 dot 30'],
    ['"us at" a website', 'Learn more about us at example.io, but send proposals here.'],
    ['a plain word at a website', 'The team at example.com built it'],
    ['look at', 'look at the docs'],
    ['a person at a company', 'I spoke with Jane at Yahoo yesterday'],
    ['a framework at a host', 'I deployed Node.js at example.com'],
    ['a version at a host', 'v2.0 at example.com'],
    ['decorators', '@Entity()\nexport class User { @Column() email: string; }'],
    ['css at-rules', '@media (max-width: 768px) { .nav { display: none } } @import url(theme.css);'],
    ['npm scopes and versions', 'npm i @types/node @babel/core@7.22.0 react@18.2.0'],
    ['a git remote', 'git@github.com:example/repo.git'],
    ['an ssh url', 'ssh://git@github.com/example/repo.git'],
    ['url credentials', 'https://user:secret@example.com/x'],
    ['a path', 'npmjs.com/package/@example/ui-kit'],
    ['a mention', "cc @Daniel, he's the PM"],
    ['a UPI id', 'pay to name@okexample'],
    ['a domain without TLD', 'hello@world and user@localhost'],
    ['a bad TLD', 'jane@example.c and jane@example.notatld'],
    ['a regex', 'the regex ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$ rejects it'],
    ["I'm at", "I'm at gmail all day"],
    ['a quoted word', "say 'at' twice"],
    ['identifiers', 'is_at_end and my_at_home flags'],
    ['provider cue without a handle', 'my gmail is down today'],
    ['reversed without a real TLD', 'node.js@latest and ui.kit@next'],
    // Symbols before a provider's domain that are not an "@".
    ['a one-letter language name', 'F#gmail.com integration'],
    ['a numbered item', 'see item #1 gmail.com first'],
    ['an arrow in a menu path', 'open Settings → gmail.com'],
    ['a config value', 'allowed_domain=gmail.com'],
    ['a URL fragment', 'see example.com/help#gmail.com'],
    ['a plain word and a spaced emoji', 'Reach us 👉 gmail.com'],
    ['a list of providers', 'yahoo.com ✅ gmail.com ✅ outlook.com'],
    ['a site before a spaced symbol', 'acme.dev ★ gmail.com'],
    ['a version', 'v2.1#gmail.com'],
    ['not a provider', 'nina.v#example.com'],
  ])('%s', (_name, text) => {
    expect(emails(text)).toEqual([]);
  });
});

describe('email: local names of @ and .', () => {
  it.each([
    [
      'italian',
      'scrivimi: marco.bianchi chiocciola example punto it',
      'marco.bianchi chiocciola example punto it',
      'marco.bianchi@example.it',
    ],
    ['russian, provider', 'пиши: sergey собака yandex точка ru', 'sergey собака yandex точка ru', 'sergey@yandex.ru'],
    [
      'russian, ASCII address around the words',
      'anna собачка example точка com',
      'anna собачка example точка com',
      'anna@example.com',
    ],
    ['russian, typed domain', 'ivan_k собака example.ru', 'ivan_k собака example.ru', 'ivan_k@example.ru'],
    [
      'ukrainian',
      'mykola_s равлик example крапка com крапка ua',
      'mykola_s равлик example крапка com крапка ua',
      'mykola_s@example.com.ua',
    ],
    ['polish', 'tomek.z malpa example kropka pl', 'tomek.z malpa example kropka pl', 'tomek.z@example.pl'],
    [
      'turkish',
      'ayse.d et example nokta com nokta tr',
      'ayse.d et example nokta com nokta tr',
      'ayse.d@example.com.tr',
    ],
    ['turkish, provider', 'adresim ayse et gmail nokta com', 'ayse et gmail nokta com', 'ayse@gmail.com'],
    ['vietnamese', 'lan.nguyen a móc example chấm vn', 'lan.nguyen a móc example chấm vn', 'lan.nguyen@example.vn'],
    [
      'vietnamese, decomposed',
      'lan.nguyen a co\u0300ng example cha\u0302\u0301m vn',
      'lan.nguyen a co\u0300ng example cha\u0302\u0301m vn',
      'lan.nguyen@example.vn',
    ],
    [
      'indonesian',
      'budi.santoso et example titik co titik id',
      'budi.santoso et example titik co titik id',
      'budi.santoso@example.co.id',
    ],
    ['dutch', 'pieter.d apenstaartje example punt nl', 'pieter.d apenstaartje example punt nl', 'pieter.d@example.nl'],
    ['czech', 'jana.n zavináč example tečka cz', 'jana.n zavináč example tečka cz', 'jana.n@example.cz'],
    ['hungarian, cue', 'E-mail: kovacs kukac example pont hu', 'kovacs kukac example pont hu', 'kovacs@example.hu'],
    ['swedish', 'erik.l snabel-a example punkt se', 'erik.l snabel-a example punkt se', 'erik.l@example.se'],
    ['norwegian', 'ola.n krøllalfa example punktum no', 'ola.n krøllalfa example punktum no', 'ola.n@example.no'],
    ['greek', 'nikos παπάκι example τελεία gr', 'nikos παπάκι example τελεία gr', 'nikos@example.gr'],
    ['hebrew', 'dana שטרודל example נקודה co נקודה il', 'dana שטרודל example נקודה co נקודה il', 'dana@example.co.il'],
    ['persian', 'ali.r ات example نقطه ir', 'ali.r ات example نقطه ir', 'ali.r@example.ir'],
    ['arabic', 'omar.h آت example دوت com', 'omar.h آت example دوت com', 'omar.h@example.com'],
    ['japanese', 'taro アット example ドット jp', 'taro アット example ドット jp', 'taro@example.jp'],
    ['a typed @ with a local dot', 'почта: ivan.k@example точка ru', 'ivan.k@example точка ru', 'ivan.k@example.ru'],
    ['an English at with a local dot', 'tomek at example kropka pl', 'tomek at example kropka pl', 'tomek@example.pl'],
    ['shouting', 'AYSE.D ET EXAMPLE NOKTA COM', 'AYSE.D ET EXAMPLE NOKTA COM', 'ayse.d@example.com'],
  ])('%s', (_name, text, span, canonical) => {
    const found = emails(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(span);
    expect(found[0]?.canonical).toBe(canonical);
    expect(found[0]?.evidence).toContain('at-dot-words');
  });

  it.each([
    ['a dog in Russian', 'у меня есть собака и кошка'],
    ['a point of view', 'с моей точки зрения, точка зрения клиента важна'],
    ['bread and cheese', 'ekmek et peynir aldım'],
    ['a point of sale', 'punto de venta en el centro'],
    ['the dot over the i', 'kropka nad i, wszystko jasne'],
    ['French "and"', 'Mon chat et mon chien dorment'],
    ['a price', 'цена 5 точка 5 тысяч, собака 3 точка 5'],
    ['Turkish "do" before a TLD-like word', 'Bunu teslim et son nokta net olsun'],
    ['Turkish "check" before a typed provider domain', 'Lütfen kontrol et gmail.com hesabını'],
    ['Hungarian prose with a TLD-like word', 'Egy nagy kukac volt pont az almában'],
    ['a Polish monkey', 'Widziałem, jak małpa jadła banana kropka'],
    ['talk about the words', 'In Polish you say małpa for @ and kropka for the dot'],
    ['reported speech', 'он сказал, что его собака любит точка com'],
    ['Italian snail', 'la chiocciola mangia la lattuga'],
  ])('%s', (_name, text) => {
    expect(emails(text)).toEqual([]);
  });
});

describe('email: the quick tests before folding keep every masked form', () => {
  it.each([
    ['write to jane [@] example.com', 'jane@example.com'],
    ['jane"dot"doe"at"example.com', 'jane.doe@example.com'],
    ['jane [dot] doe@example.com', 'jane.doe@example.com'],
    ['ask jane at gmail', 'jane@gmail.com'],
  ])('%s', (text, canonical) => {
    expect(emails(text).map((f) => f.canonical)).toEqual([canonical]);
  });

  it('keeps a text with a local at-word and nothing else', () => {
    for (const t of [
      'kasia.n małpa example kropka pl',
      'giulia chiocciola example punto it',
      'ivan собака example.ru',
    ]) {
      expect(emailDetector.gate?.(normalize(t, 'base').text)).toBe(true);
    }
  });

  it('asks more of an everyday at-word ("et", "آت"): a handle or a provider with a spelled dot', () => {
    expect(emails('omar آت example دوت com')).toEqual([]);
    expect(emails('ayse et example.com')).toEqual([]);
    expect(emails('ayse et gmail nokta com').map((f) => f.canonical)).toEqual(['ayse@gmail.com']);
  });

  it('rules out texts where no "@" can be an address', () => {
    for (const t of ['see you at 3pm.', 'hi @sasha_pm and @@@@', "what's up at the office"]) {
      expect(emailDetector.gate?.(normalize(t, 'base').text)).toBe(false);
    }
  });
});

describe('email: written the way people dodge filters', () => {
  it.each([
    // "at the rate" (Indian English for @), and its short forms.
    [
      'at the rate',
      'id: deepa.n77 at the rate gmail dot com',
      'deepa.n77 at the rate gmail dot com',
      'deepa.n77@gmail.com',
    ],
    ['at d rate', 'send to arjun_k at d rate example.in', 'arjun_k at d rate example.in', 'arjun_k@example.in'],
    ['@ the rate', 'mail: pooja.s @ the rate outlook.com', 'pooja.s @ the rate outlook.com', 'pooja.s@outlook.com'],
    // A provider named as the cue, in English or Hinglish, the handle after it.
    [
      'hinglish cue',
      'mera gmail hai rohit dot sharma 42, wahan bhejo',
      'rohit dot sharma 42',
      'rohit.sharma42@gmail.com',
    ],
    ['verb last', 'meri yahoo id nisha_p88 hai', 'nisha_p88', 'nisha_p88@yahoo.com'],
    ['id is', 'my outlook id is k.iyer_work', 'k.iyer_work', 'k.iyer_work@outlook.com'],
    // Broken over lines before the "@".
    [
      'split over lines',
      'see below\n\nmarta.lopez\n@example.org',
      'marta.lopez\n@example.org',
      'marta.lopez@example.org',
    ],
    ['split, provider', 'here:\nkenji_w\n  @proton.me', 'kenji_w\n  @proton.me', 'kenji_w@proton.me'],
    // Typed backwards, dots on both sides.
    ['reversed, dotted', 'backwards: moc.elpmaxe@nosaj.ilk', 'moc.elpmaxe@nosaj.ilk', 'kli.jason@example.com'],
    ['reversed provider', 'moc.liamtoh@ztiwokso.m', 'moc.liamtoh@ztiwokso.m', 'm.oskowitz@hotmail.com'],
    // Riddles that still name the handle and the provider.
    [
      'starts and ends',
      'my mail starts with tom.bauer and ends with gmail',
      'tom.bauer and ends with gmail',
      'tom.bauer@gmail.com',
    ],
    [
      'same as my username',
      'my yahoo is the same as my username here',
      'my yahoo is the same as my username here',
      '(username)@yahoo.com',
    ],
  ])('%s', (_name, text, span, canonical) => {
    const found = emails(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(span);
    expect(found[0]?.canonical).toBe(canonical);
  });

  it.each([
    ['a rate', 'we bill at the rate of 40 USD an hour'],
    ['a rate and a site', 'they grew at the rate example.com did'],
    ['a provider that is down', 'mera gmail kaam nahi kar raha'],
    ['the provider in a sentence', 'my gmail is full, I will clear it'],
    ['a password, not an address', 'my gmail password is the same as my username'],
    ['a subject line', 'the subject starts with Invoice and ends with the date'],
    ['a mention without a provider', 'my email is the same as my name'],
    ['a decorator on the next line', 'x = a.b\n@app.route("/contact")'],
    ['a word, then a domain on the next line', 'Thanks\n@example.com'],
    ['a sentence, then a domain on the next line', 'see the site at\n@example.com'],
    ['a package, not reversed', 'lib.utils@next.js and ui.kit@canary'],
    // The words "at" and "dot" mentioned, not used.
    ['quoted words mentioned', "my draft had a word with 'at' and 'dot' in it"],
    ['words mentioned in quotes', 'type "at" or "dot" in the search box'],
    ['a time', 'meet at 5 dot 30'],
  ])('ignores %s', (_name, text) => {
    expect(emails(text)).toEqual([]);
  });
});

describe('email: evidence and confidence', () => {
  it('says how the address was masked', () => {
    expect(emails('jane [at] example [dot] com')[0]?.evidence).toContain('bracketed');
    expect(emails('jane at example dot com')[0]?.evidence).toContain('at-dot-words');
    expect(emails('j a n e @ e x a m p l e . c o m')[0]?.evidence).toContain('spaced-letters');
    expect(emails('moc.elpmaxe@enaj')[0]?.evidence).toContain('reversed');
    expect(emails('jane at gmail')[0]?.evidence).toContain('provider-without-tld');
    expect(emails('jane@example.com')[0]?.evidence).toEqual([]);
  });

  it('is less sure of a symbol or emoji for the "@", and says which', () => {
    expect(emails('lina.w🌀gmail.com')[0]).toMatchObject({ confidence: 'medium', evidence: ['emoji-at'] });
    expect(emails('tom_r#outlook.com')[0]).toMatchObject({ confidence: 'medium', evidence: ['symbol-at'] });
  });

  it('is less sure when only a cue word supports a plain "at"', () => {
    expect(emails('my email is jane at example.com')[0]?.confidence).toBe('medium');
    expect(emails('jane at example dot com')[0]?.confidence).toBe('high');
    expect(emails('my gmail is lena.kraus.design')[0]?.confidence).toBe('medium');
  });
});

describe('email: top-level domains', () => {
  it("takes a TLD from linkify's list, in any case and script", () => {
    expect(emails('write to jane@example.PHOTOGRAPHY').map((f) => f.canonical)).toEqual(['jane@example.photography']);
    expect(emails('write to jane@example.рф').map((f) => f.canonical)).toEqual(['jane@example.рф']);
    expect(emails('write to jane@example.notatld')).toEqual([]);
    expect(emails('write to jane@example.c')).toEqual([]);
  });
});

describe('email: in the whole detector', () => {
  it('reports the address, not its domain as a link', () => {
    const fs = detect('contact: ahmed dot raza at example dot com for samples');
    expect(fs.map((f) => f.category)).toEqual(['email']);
  });

  it('leaves "us at example.io" to the link detector', () => {
    const fs = detect('Learn more about us at example.io, thanks.');
    expect(fs.map((f) => f.category)).toEqual(['link']);
  });

  it('the words "at" and "dot" quoted in prose are mentioned, not an address', () => {
    expect(detect("the filter blocked my note because it had 'at' and 'dot' in it")).toEqual([]);
    expect(detect('user "At" example "d0t" com').map((f) => f.category)).toEqual(['email']);
  });

  it('issue-1: a git remote is a link, not an email', () => {
    const fs = detect('Git remote: git@github.com:example/checkout.git, read access later.');
    expect(fs.map((f) => f.category)).toEqual(['link']);
  });

  it('stays fast on hostile input', () => {
    for (const t of [
      'a@'.repeat(50_000),
      'ab at cd dot '.repeat(7_000),
      'x"at"y'.repeat(15_000),
      `${'a'.repeat(100_000)}@x.com`,
    ]) {
      const mt = normalize(t, 'base');
      const t0 = performance.now();
      [...emailDetector.find(mt.text, { defaultCountry: 'US' })];
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
