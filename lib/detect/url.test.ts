import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { detect } from './index';
import { urlDetector } from './url';

/** Findings of the url detector alone, with the original text they cover. */
function links(text: string) {
  const mt = normalize(text, urlDetector.view);
  return [...urlDetector.find(mt.text, { defaultCountry: 'US' })].map((f) => ({
    text: text.slice(mt.toOriginal[f.start], mt.toOriginal[f.end - 1]! + 1),
    category: f.category,
    platform: f.platform,
    canonical: f.canonical,
    confidence: f.confidence,
    evidence: f.evidence ?? [],
  }));
}

describe('url: category per host', () => {
  it.each([
    ['https://wa.me/15555550123', 'social', 'whatsapp'],
    ['api.whatsapp.com/send?phone=15555550123', 'social', 'whatsapp'],
    ['chat.whatsapp.com/AbCdEf123', 'social', 'whatsapp'],
    ['t.me/example_dev', 'social', 'telegram'],
    ['discord.gg/AbC123', 'social', 'discord'],
    ['https://discord.com/invite/AbC123', 'social', 'discord'],
    ['join.slack.com/t/example/shared_invite/zt-1', 'social', 'slack'],
    ['linkedin.com/in/example-person', 'social', 'linkedin'],
    ['https://www.linkedin.com/company/example', 'social', 'linkedin'],
    ['instagram.com/example.person', 'social', 'instagram'],
    ['https://www.facebook.com/example.page', 'social', 'facebook'],
    ['x.com/example', 'social', 'x'],
    ['twitter.com/example', 'social', 'x'],
    ['tiktok.com/@example', 'social', 'tiktok'],
    ['linktr.ee/example', 'social', 'linktree'],
    // Defanged dots, as in security write-ups and filter dodging.
    ['linkedin[.]com/in/example-person', 'social', 'linkedin'],
    ['t(.)me/example_dev', 'social', 'telegram'],
    ['zoom.us/j/5555550123', 'meeting', 'zoom'],
    ['https://us02web.zoom.us/j/5555550123?pwd=abc', 'meeting', 'zoom'],
    ['meet.google.com/abc-defg-hij', 'meeting', 'google-meet'],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_x', 'meeting', 'teams'],
    ['https://example.webex.com/meet/jane', 'meeting', 'webex'],
    ['whereby.com/example', 'meeting', 'whereby'],
    ['calendly.com/example/30min', 'meeting', 'calendly'],
    ['cal.com/example/intro', 'meeting', 'cal-com'],
    ['forms.gle/AbC123xyz', 'form', 'google-forms'],
    ['https://docs.google.com/forms/d/e/abc/viewform', 'form', 'google-forms'],
    ['https://forms.office.com/r/AbC123', 'form', 'microsoft-forms'],
    ['form.typeform.com/to/AbC123', 'form', 'typeform'],
    ['https://form.jotform.com/241835592210049', 'form', 'jotform'],
    ['tally.so/r/AbC123', 'form', 'tally'],
    ['surveymonkey.com/r/AbC123', 'form', 'surveymonkey'],
    ['boards.greenhouse.io/example/jobs/123', 'ats', 'greenhouse'],
    ['jobs.lever.co/example/abc-123', 'ats', 'lever'],
    ['apply.workable.com/example/j/ABC/', 'ats', 'workable'],
    ['example.bamboohr.com/careers/118', 'ats', 'bamboohr'],
    ['https://example.wd5.myworkdayjobs.com/en-US/External/job/x', 'ats', 'workday'],
    ['jobs.ashbyhq.com/example/abc', 'ats', 'ashby'],
    ['example.breezy.hr/p/abc', 'ats', 'breezy'],
    ['paypal.me/example', 'payment', 'paypal'],
    ['venmo.com/u/example', 'payment', 'venmo'],
    ['cash.app/$example', 'payment', 'cash-app'],
    ['wise.com/pay/me/example', 'payment', 'wise'],
    ['buy.stripe.com/abc123', 'payment', 'stripe'],
    ['buymeacoffee.com/example', 'payment', 'buymeacoffee'],
    ['github.com/example-dev', 'link', 'github'],
    ['behance.net/example', 'link', 'behance'],
    ['drive.google.com/drive/folders/abc', 'link', 'google-drive'],
    ['npmjs.com/package/@example/ui-kit', 'link', 'npm'],
  ])('%s → %s', (url, category, platform) => {
    const found = links(`see ${url} thanks`);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(url);
    expect(found[0]?.category).toBe(category);
    expect(found[0]?.platform).toBe(platform);
  });
});

describe('url: other links', () => {
  it.each([
    ['a bare domain', 'Portfolio: example.dev', 'example.dev'],
    ['a bare .io', 'Learn more about us at example.io, thanks', 'example.io'],
    ['an .ai startup', 'we are example.ai', 'example.ai'],
    ['a new gTLD with a path', 'case studies at example.design/work', 'example.design/work'],
    ['www', 'site: www.example-shop.com.', 'www.example-shop.com'],
    ['a scheme with a country TLD', 'My website is http://www.Example.com.pt/', 'http://www.Example.com.pt/'],
    ['an ambiguous TLD with a scheme', 'see https://example.py/', 'https://example.py/'],
    ['second-level country domain', 'shop at example.co.in', 'example.co.in'],
    ['in parentheses', "We're Example (example.com), hi", 'example.com'],
  ])('%s', (_name, text, span) => {
    const found = links(text);
    expect(found.map((f) => f.text)).toEqual([span]);
    expect(found[0]?.category).toBe('link');
  });

  it('reports a careers page on any site as an outside application, less surely', () => {
    const [f] = links('apply at https://www.example.com/careers/apply instead');
    expect(f?.category).toBe('ats');
    expect(f?.confidence).toBe('medium');
    expect(f?.evidence).toContain('careers-page');
    expect(links('see jobs.example.com/backend-dev')[0]?.category).toBe('ats');
  });

  it('marks shortened links', () => {
    for (const u of ['bit.ly/3AbCdEf', 'https://tinyurl.com/abc123', 'lnkd.in/xYz', 't.co/AbC']) {
      const [f] = links(`click ${u} now`);
      expect(f?.category).toBe('link');
      expect(f?.evidence).toContain('shortened');
      expect(f?.confidence).toBe('medium');
    }
  });

  it('reads a git remote as a link to the code host', () => {
    const [f] = links('Git remote: git@github.com:example/checkout-service.git, thanks');
    expect(f?.text).toBe('git@github.com:example/checkout-service.git');
    expect(f?.category).toBe('link');
    expect(f?.platform).toBe('github');
    expect(f?.canonical).toBe('github.com/example/checkout-service.git');
  });

  it('gives a lower-case host and the typed path as canonical', () => {
    expect(links('https://WWW.Example.COM/Path/To?q=1#x')[0]?.canonical).toBe('example.com/Path/To');
  });
});

describe('url: spelled and spaced links', () => {
  it.each([
    ['forms . gle / AbC123', 'forms . gle / AbC123', 'form', 'spaced-url'],
    ['wa dot me slash 15555550123', 'wa dot me slash 15555550123', 'social', 'spelled-url'],
    [
      'linkedin dot com slash in slash jane-doe, connect',
      'linkedin dot com slash in slash jane-doe',
      'social',
      'spelled-url',
    ],
    ['find me on t . me / example_dev for code', 't . me / example_dev', 'social', 'spaced-url'],
    [
      'call -> meet . google . com / abc - defg - hij',
      'meet . google . com / abc - defg - hij',
      'meeting',
      'spaced-url',
    ],
    ['visit example dot com for more', 'example dot com', 'link', 'spelled-url'],
  ])('%s', (text, span, category, how) => {
    const found = links(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(span);
    expect(found[0]?.category).toBe(category);
    expect(found[0]?.evidence).toContain(how);
  });
});

describe('url: a service named the way people dodge filters', () => {
  it.each([
    // Letters typed one by one, up to a slash, then the name typed whole.
    ['spaced host', 'i n s t a g r a m . c o m / jane.doe.art', 'social', 'instagram'],
    ['spaced invite', 'join: d i s c o r d . g g / AbC123', 'social', 'discord'],
    // A service's name typed as two words.
    ['split name', 'send it to pay pal dot me slash janedoe', 'payment', 'paypal'],
    ['split name, typed dot', 'my page: face book.com/jane.doe.55', 'social', 'facebook'],
    // A service's name (leet or not) and its own path, without a TLD.
    ['leet name and own path', 'L1nked1n slash in slash jane-doe-pm', 'social', 'linkedin'],
    ['typed own path', 'connect: linkedin/in/jane-doe-01', 'social', 'linkedin'],
    ['spelled slash and a user name', 'tips via v3nmo slash jane_doe88', 'payment', 'venmo'],
  ])('%s', (_name, text, category, platform) => {
    // Before overlaps are settled: a plain link inside the spaced one is dropped only then.
    const found = links(text).filter((f) => f.category !== 'link');
    expect(found).toHaveLength(1);
    expect(found[0]?.category).toBe(category);
    expect(found[0]?.platform).toBe(platform);
  });

  it.each([
    ['a repository path', 'we forked facebook/react and vercel/next.js'],
    ['the path prefix alone', 'profile URLs use the linkedin/in/ prefix'],
    ['a choice between apps', 'I can do whatsapp slash telegram, either works'],
    ['an integration', 'the zoom slash teams integration is next sprint'],
    ['a word before a site', 'read my book.com review'],
    ['spaced letters for emphasis', 'this is s o   g o o d / great work'],
  ])('ignores %s', (_name, text) => {
    expect(links(text).filter((f) => f.category !== 'link')).toEqual([]);
  });

  it('a spaced link wins over the plain link inside it', () => {
    const text = 'i n s t a g r a m . c o m / jane.doe.art';
    expect(detect(text).map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([['social', text]]);
  });
});

describe("url: a contact form on the sender's own site", () => {
  it.each([
    [
      'fill in the form',
      'easiest is to fill in the form on my site janedoe.dev/contact, I reply fast',
      'janedoe.dev/contact',
    ],
    [
      'my site',
      'reach me through my site: https://example-studio.com/contact-us',
      'https://example-studio.com/contact-us',
    ],
    ['get in touch', 'get in touch with me via example.design/get-in-touch', 'example.design/get-in-touch'],
  ])('%s', (_name, text, span) => {
    const found = detect(text).filter((f) => f.detector === 'url');
    expect(found.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([['form', span]]);
    expect(found[0]?.evidence).toContain('contact-page');
  });

  it.each([
    ['work on the form', 'please fix the contact form on my site, example.com/contact'],
    ['a bug report', 'my page example.com/contact throws a 404'],
    ['no offer', 'the client linked example.com/contact in the brief'],
    ['a test of the form', 'can you fill out the form at example.com/contact to see if emails arrive'],
    ["someone else's site", 'I checked my competitor site example.com/contact, they use a chat widget'],
    ['how clients reach the client', 'customers get in touch via example.com/contact, log them to the CRM'],
    ['a page that is no contact page', 'fill in the survey on my site, example.com/survey'],
    ['a contact page with no link', 'fill in the contact form on my site and I will reply'],
  ])('ignores %s', (_name, text) => {
    expect(links(text).filter((f) => f.category !== 'link')).toEqual([]);
  });
});

describe('url: ignores', () => {
  it.each([
    ['file names', "see theme.css, package.json and @import url('theme.css');"],
    ['a Django class', 'Use Django forms (forms.ModelForm) for the signup page'],
    ['scripts and docs', 'run main.py or ./install.sh, then read README.md and src/app.py'],
    ['archives and videos', 'zip it as archive.zip and upload final.mov'],
    ['package versions', 'pin react@18.2.0 and next@14.1.3'],
    ['versions and decimals', 'Node 20.11.1, v1.2.3 and 4.7% CTR, $18.40'],
    ['code member access', 'self.user.id == item.id and obj.email and user.photos and app.run()'],
    ['frameworks', 'Vue.js, Next.js and ASP.NET Core'],
    ['a missing space after a full stop', 'I finished the work.It was fine.No problem'],
    ['the marketplace', 'https://www.upwork.com/freelancers/~01abc and upwork.com/jobs/~02def'],
    ['localhost and IPs', 'http://localhost:3000/x and http://192.168.0.1/admin and 10.0.0.1'],
    ['an email', 'jane@example.com'],
    ['a time in words', 'meet at 5 dot 30'],
    ['a decimal spelled', 'version 2 dot 1 is out'],
  ])('%s', (_name, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('url: in the whole detector', () => {
  it('drops the link part of a masked email', () => {
    expect(detect('ahmed dot raza at example dot com').map((f) => f.category)).toEqual(['email']);
  });

  it('stays fast on hostile input', () => {
    for (const t of [
      'a.'.repeat(50_000),
      'http://a.com/'.repeat(7_000),
      'x dot y slash '.repeat(7_000),
      'www.'.repeat(25_000),
    ]) {
      const mt = normalize(t, 'base');
      const t0 = performance.now();
      [...urlDetector.find(mt.text, { defaultCountry: 'US' })];
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('url: chunks and the verdict cache', () => {
  it('finds the same links on a second scan of the same text', () => {
    const text = 'see github.com/example-dev and wa dot me slash 15555550123';
    expect(links(text)).toEqual(links(text));
    expect(links(text).map((f) => f.canonical)).toEqual(['github.com/example-dev', 'wa.me/15555550123']);
  });

  it('judges a chunk by the characters around it too', () => {
    expect(links('see example.com now')).toHaveLength(1);
    expect(links('see /example.com now')).toEqual([]);
  });

  it('reads only chunks with a TLD linkify knows, a scheme or "file:"', () => {
    expect(links('e.g.Smith wrote v2.final, see main.go')).toEqual([]);
    expect(links('e.g.Smith wrote docs.example.com/x').map((f) => f.text)).toEqual(['docs.example.com/x']);
    expect(links('see https://intranet.corp/x').map((f) => f.canonical)).toEqual(['intranet.corp/x']);
    expect(links('see file:share.zz/x.y')).toEqual(links('see file:share.zz/x.y'));
    expect(links('buy at shop.рф/x').map((f) => f.text)).toEqual(['shop.рф/x']);
  });

  it('reads a long run in 2,000-character chunks', () => {
    expect(links(`${'x'.repeat(2000)} example.com`).map((f) => f.text)).toEqual(['example.com']);
    expect(links(`${'x'.repeat(1998)}example.com/abc`)).toEqual([]);
  });
});

describe('url: a service named by its home page', () => {
  it.each(['We book calls with calendly.com', 'Meet me on zoom.us tomorrow', 'we market on facebook.com'])(
    '%s is a link',
    (text) => {
      const found = links(text);
      expect(found.map((f) => f.category)).toEqual(['link']);
      expect(found[0]?.evidence).toContain('home-page');
    },
  );

  it('but a subdomain names a workspace or company', () => {
    expect(links('join example.slack.com')[0]?.category).toBe('social');
    expect(links('apply at example.bamboohr.com')[0]?.category).toBe('ats');
  });
});
