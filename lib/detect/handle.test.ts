import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { handleDetector, LABELLED, LABELLED_SOURCE } from './handle';
import { detect } from './index';

function found(text: string) {
  const view = normalize(text, handleDetector.view);
  return [...handleDetector.find(view.text, { defaultCountry: 'US' })].map((f) => ({
    text: view.text.slice(f.start, f.end),
    canonical: f.canonical,
    platform: f.platform,
    confidence: f.confidence,
  }));
}

// [message, expected handle text]
const MATCH: ReadonlyArray<readonly [string, string]> = [
  ['my telegram is @nova_dev', '@nova_dev'],
  ['My Telegram is @rita.designs if you want more samples', '@rita.designs'],
  ['telegram @qa_tester_01 for the test plan', '@qa_tester_01'],
  ['teIegram @qa_tester_01', '@qa_tester_01'],
  ['t3l3gr4m: sam_codes_22', 'sam_codes_22'],
  ['tg: @sam_codes', '@sam_codes'],
  ['skype: live:sam_dev', 'live:sam_dev'],
  ['live:.cid.0a1b2c3d4e5f6a7b', 'live:.cid.0a1b2c3d4e5f6a7b'],
  ['my skype is live:anna.voice', 'live:anna.voice'],
  ['WeChat ID: li_wei_1988', 'li_wei_1988'],
  ['微信: wang.design_2', 'wang.design_2'],
  ['Line ID: nok.studio', 'nok.studio'],
  ['I am on discord, foxtrot#2718, ping me there', 'foxtrot#2718'],
  ['add me: glimmer#0042', 'glimmer#0042'],
  ['add me on insta @cakes.by.lee', '@cakes.by.lee'],
  ['Insta: @lee.writes.copy / Portfolio: example.com', '@lee.writes.copy'],
  ['IG @lee_paints', '@lee_paints'],
  ['snap: lee.snaps', 'lee.snaps'],
  ['Discord username: foxtrot_dev', 'foxtrot_dev'],
  ['Find me on Telegram, search for "ola_edits" there', 'ola_edits'],
  ['On Telegram, I am @ola_edits', '@ola_edits'],
  ['@ola_edits on telegram', '@ola_edits'],
  ['the green app: @ola_99', '@ola_99'],
  ['Телеграм: @ivan_dev', '@ivan_dev'],
  ['viber: kate_88', 'kate_88'],
  ['Skype: janedoe', 'janedoe'],
  // Currency signs for letters, nicknames of platforms, names typed one letter at a time.
  ['Sk¥pe: mira.voice', 'mira.voice'],
  ['catch me on the bird app @dana_writes, replies are quick', '@dana_writes'],
  ["I'm on the gram as @mia.bakes", '@mia.bakes'],
  ['the paper plane app: @omar_dev', '@omar_dev'],
  ['t e l e g r a m: @nova_dev', '@nova_dev'],
  // Dots and underscores spelled out after a label.
  ['my telegram is nova dot designs', 'nova dot designs'],
  ['Discord username: pixel underscore fox', 'pixel underscore fox'],
  ['on the gram, handle is mia dot bakes', 'mia dot bakes'],
  ['insta handle is mia[dot]bakes', 'mia[dot]bakes'],
];

const IGNORE: readonly string[] = [
  '@Entity() export class User {}',
  '@media (max-width: 768px) { .nav { display: none; } }',
  "@import url('theme.css');",
  '@property and @staticmethod are fine',
  'npm i @types/node @tanstack/react-query',
  'published as npmjs.com/package/@acme/ui-kit',
  'cc @Daniel, he is the PM and already in this room',
  '@Anna can you review the PR?',
  'I built WhatsApp bots for three clients',
  'Need the WhatsApp Business API integrated with Shopify',
  'Our Facebook Ad Account ID is act_7731 and the pixel fires twice',
  'The Instagram ad set name: spring_sale_v2',
  'Looking for a Telegram bot developer, the bot is @price_bot',
  "Add a floating 'Chat on WhatsApp' button",
  'Instagram - 10k followers and 2.5M views',
  'Instagram: reels and stories, 3 per week',
  'Telegram is better for announcements',
  'Fixed in issue#1234 and PR#4821',
  'see facebook/react#1234',
  'signal: +1 415 555 0132',
  'WhatsApp number: 415 555 0132',
  'Skype: available',
  'The bot replies whenever someone @mentions it in the channel',
  'status live:true in the config',
  'Follow the line: 3 items',
  'I redesigned the bird app, cc @daniel_pm for the review',
  'Sold by the gram @ 4 dollars',
  'On Telegram the ID is 42 dot 7',
  'We paid ¥500 for the Skype number',
  'my telegram is down dot com',
];

describe('handle detector', () => {
  it.each(MATCH)('finds the handle in %j', (text, handle) => {
    const got = found(text);
    expect(got.map((f) => f.text)).toContain(handle);
    for (const f of got) expect(f.platform).toBeTruthy();
  });

  it.each(IGNORE)('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives platform and canonical form', () => {
    const [f] = found('My telegram is @Nova_Dev');
    expect(f).toMatchObject({
      text: '@Nova_Dev',
      platform: 'telegram',
      canonical: 'telegram:nova_dev',
      confidence: 'high',
    });
  });

  it('writes a spelled handle out in its canonical form', () => {
    expect(found('my telegram is nova dot designs')[0]?.canonical).toBe('telegram:nova.designs');
    expect(found('Discord username: pixel underscore fox')[0]?.canonical).toBe('discord:pixel_fox');
    expect(found('insta handle is mia[dot]bakes')[0]?.canonical).toBe('instagram:mia.bakes');
  });

  it('reads name#1234 only with a Discord or Battle.net cue or a first-person ask near', () => {
    expect(found('add me glimmer#0042')[0]?.confidence).toBe('medium');
    expect(found('discord glimmer#0042')[0]?.confidence).toBe('high');
    expect(found('hmu on dc, I am voidwalker#5521')[0]?.text).toBe('voidwalker#5521');
    expect(found('my battletag is Ranger#1199')[0]?.text).toBe('Ranger#1199');
    expect(found('glimmer#0042 on discord')[0]?.text).toBe('glimmer#0042');
    for (const t of [
      'glimmer#0042',
      'The scoreboard lists gamer tags such as Orbit#7710 beside each rank',
      'Tag format is Name#1234 for the leaderboard API',
      'Seed the table with rows like kite#2048 and comet#3100',
    ]) {
      expect(found(t), t).toEqual([]);
    }
  });

  it('maps spans back through the base view (fullwidth and zero-width characters)', () => {
    const text = 'telegram\u200b: @ola_edits';
    const f = detect(text).find((x) => x.detector === 'handle');
    expect(f && text.slice(f.start, f.end)).toBe('@ola_edits');
  });

  it('stays fast on hostile input', () => {
    const inputs = [
      '@a_b '.repeat(20000),
      'telegram: '.repeat(10000),
      'x#1234 '.repeat(14000),
      // The rarer forms: "I'm x there", dashes after "on X", hints, the ghost, cut names.
      "Signal works, I'm a_1 there. ".repeat(3500),
      "on telegram I'm a_1 on Signal ".repeat(3300),
      'I am on Discord — a_1 — '.repeat(4000),
      'same name as here on telegram, search my name on viber '.repeat(1800),
      '👻 a.b 👻 @c_d 👻 '.repeat(6000),
      'sk ype tele-gram insta.gram '.repeat(3600),
      'on the app with the paper plane: x '.repeat(2800),
    ];
    for (const input of inputs) {
      const t = performance.now();
      [...handleDetector.find(input, { defaultCountry: 'US' })];
      expect(performance.now() - t).toBeLessThan(1500);
    }
  });
});

// issue-e3: handles after a platform in more ways than "platform: handle".
const MORE_FORMS: ReadonlyArray<readonly [string, string]> = [
  // Abbreviations and names cut in two.
  ['meu tlg é @rafa_edits', '@rafa_edits'],
  ['my t.g. is kai_builds.22', 'kai_builds.22'],
  ['TT @bella.dances22 for the trend videos', '@bella.dances22'],
  ['find me on tele-gram: @nadia_codes', '@nadia_codes'],
  ['my face-book is sam.designs.co', 'sam.designs.co'],
  ['insta gram: rio_frames_7', 'rio_frames_7'],
  // Descriptions of the app.
  ['my handle on that chinese app with 2 green bubbles is li.qiang_77', 'li.qiang_77'],
  ['reach me on the app w/ the little camera logo, I am @tess.paints', '@tess.paints'],
  ['catch me on the blue bird platform @omar_writes', '@omar_writes'],
  // Other separators: French "c'est", an arrow, an aside before the colon.
  ["ma snap c'est tom.vbx", 'tom.vbx'],
  ['Telegram → kai_builds_22', 'kai_builds_22'],
  ['snap (add me!): lina.xo_7', 'lina.xo_7'],
  ['WhatsApp (fastest): dana.k_01', 'dana.k_01'],
  // After "my <platform>": a quoted handle, a Hindi copula.
  ["meri insta 'neha.clicks' hai, wahan DM karo", 'neha.clicks'],
  ['mera skype neha_live_22 hai', 'neha_live_22'],
  // Dots typed between spaces.
  ['my telegram is kai . builds . 22', 'kai . builds . 22'],
  ['on viber my name there is lu . ferraz, message me', 'lu . ferraz'],
  // "I'm <handle> there", a handle set off by dashes, the ghost emoji.
  ["I'm on Signal, I go by rita_k.22 there", 'rita_k.22'],
  ["Telegram is easiest for me, I'm marco.dev on there", 'marco.dev'],
  ['Discord works for me, I am zed_builds on it', 'zed_builds'],
  ["I'm mostly on Discord these days — pixelmancer_3 — ping me anytime", 'pixelmancer_3'],
  ['👻: mila.snaps_22', 'mila.snaps_22'],
  ['snap me 👻 mila.snaps_22', 'mila.snaps_22'],
  ['@mila_snaps 👻 add me', '@mila_snaps'],
  // A title's dot does not end the sentence that names the platform.
  ['Sra. Lopez prefers WhatsApp, she is @lopez_ventas there', '@lopez_ventas'],
  // A group or channel to join.
  ['fee bharo aur WhatsApp group join karo @kaam_daily', '@kaam_daily'],
  ['join our Telegram channel @deals_hub_22 for the tasks', '@deals_hub_22'],
];

const MORE_IGNORE: readonly string[] = [
  // Descriptions without a handle, or without "on"/"to" before them.
  'The app with the camera icon crashes on Android 14',
  'I designed the icon for the app with the paper plane, see logo_v2.svg',
  'We are building a blue bird site for the sanctuary: birds_v2',
  // Abbreviations that are not before a handle.
  'TT: done_v2 moved to QA',
  'the TLG report is attached: report_v2.pdf',
  // Quoted names and copulas that are not handles.
  "add a field to my whatsapp 'send_message' template",
  'mera whatsapp group hai',
  "mon snap c'est nul",
  'my signal is 5.2dB at the tower',
  // Spaced dots that end a sentence.
  "my insta is down . i'll fix it tonight",
  // "I'm ... there" without a platform, or not a handle.
  "I'm jane_doe there",
  'On Discord I am available most evenings',
  "I'm running v2.1 there on the WhatsApp Business API",
  // Dashes in a sentence that is not first person; brackets are notes.
  'The Discord mod said — rules_v2 — applies to all',
  "I'm on Discord most days (UTC_plus_2)",
  "I'm on Telegram a lot for news — crypto_daily — but not for work",
  'My WhatsApp is broken — screen_v2 issue — so email me instead',
  // The ghost as a mood.
  'my costume 👻 was great, halloween_2024 was fun',
  '👻 Happy Halloween from the team_2024 crew',
  // A group or channel that is the topic, not one to join.
  'our Telegram channel @acme_news has 2k members, grow it to 10k',
  // A link's path is not a platform named in prose.
  'Demo repo: github.com/acme/tg-pay-bot',
  'see example.com/docs/telegram-bot: setup_v2',
  // A parenthetical topic before the colon, or a handle that does not end the clause.
  'Telegram (bot API): send_message, get_updates',
  'Instagram (organic): 10k_followers in 3 months',
];

describe('handles in more forms', () => {
  it.each(MORE_FORMS)('finds the handle in %j', (text, handle) => {
    expect(found(text).map((f) => f.text)).toContain(handle);
  });

  it.each(MORE_IGNORE)('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('names the platform of a description, an emoji, a name cut in two', () => {
    expect(found('my handle on that chinese app with 2 green bubbles is li.qiang_77')[0]?.platform).toBe('wechat');
    expect(found('👻: mila.snaps_22')[0]?.platform).toBe('snapchat');
    expect(found('my face-book is sam.designs.co')[0]?.platform).toBe('facebook');
    expect(found('my telegram is kai . builds . 22')[0]?.canonical).toBe('telegram:kai.builds.22');
  });
});

// issue-e3: hints that give the handle away, where a messenger is named.
describe('handle hints', () => {
  it.each([
    ['same username as here on telegram, look me up', 'same username as here'],
    ['find me on WhatsApp, same name as my profile', 'same name as my profile'],
    ['my Discord handle is the same as my Upwork name', 'handle is the same as my Upwork name'],
    ['look up my full name on LinkedIn and connect there', 'look up my full name'],
    ['on the gram my username is my full name', 'username is my full name'],
    ['on Viber, same handle on it as my profile name', 'same handle on it as my profile name'],
  ])('finds the hint in %j', (text, hint) => {
    expect(found(text).map((f) => f.text)).toContain(hint);
  });

  it('reads the messenger named right after each hint, not a later one', () => {
    const got = found('same name as here on telegram, search my name on viber');
    expect(got.map((f) => [f.text, f.platform])).toEqual([
      ['same name as here', 'telegram'],
      ['search my name', 'viber'],
    ]);
  });

  it.each([
    "I'm on my way, same name as here",
    'search my name on Google and you will find my portfolio',
    'The username is my name in lowercase for the admin panel',
    'The Telegram bot uses the same name as my profile',
    'The WhatsApp group has the same name as this one',
    'My LinkedIn is just my name, search my name on Google',
    'Please use the same username as here when you sign up for the trial',
  ])('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('labelled handles by name buckets', () => {
  const full = new RegExp(LABELLED_SOURCE, 'iuy');
  const piece = fc.constantFrom(
    'telegram',
    'Telegram',
    'tg',
    'whatsapp',
    'whats',
    'app',
    'wa',
    'insta',
    'Line',
    'line',
    'skype',
    'wechat',
    'ID',
    'id',
    'handle',
    'user name',
    "'s",
    ' ',
    '  ',
    ':',
    ' is ',
    '@',
    'jane_dev',
    'x.y',
    ' dot ',
    'codes',
    '(',
    '"',
    '-',
    '\n',
  );

  it('matches exactly what the one regex of every messenger name matches, at every position', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        for (let at = 0; at < text.length; at++) {
          full.lastIndex = at;
          const want = full.exec(text);
          const got = LABELLED.matchAt(text, at);
          expect(got ? [...got] : null, JSON.stringify([text, at])).toEqual(want ? [...want] : null);
        }
      }),
      { numRuns: 400 },
    );
  });
});
