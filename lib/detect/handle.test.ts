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

  it('reports a bare discriminator with medium confidence, with the cue high', () => {
    expect(found('glimmer#0042')[0]?.confidence).toBe('medium');
    expect(found('discord glimmer#0042')[0]?.confidence).toBe('high');
  });

  it('maps spans back through the base view (fullwidth and zero-width characters)', () => {
    const text = 'telegram\u200b: @ola_edits';
    const f = detect(text).find((x) => x.detector === 'handle');
    expect(f && text.slice(f.start, f.end)).toBe('@ola_edits');
  });

  it('stays fast on hostile input', () => {
    const inputs = ['@a_b '.repeat(20000), 'telegram: '.repeat(10000), 'x#1234 '.repeat(14000)];
    for (const input of inputs) {
      const t = performance.now();
      [...handleDetector.find(input, { defaultCountry: 'US' })];
      expect(performance.now() - t).toBeLessThan(1500);
    }
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
