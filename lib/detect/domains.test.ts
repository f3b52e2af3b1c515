import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as linkifyTest } from 'linkifyjs';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_CCTLDS, BARE_GTLDS, DOMAIN_RULES, LINKIFY_TLDS, lookupDomain, MAIL_PROVIDERS } from './domains';

describe('lookupDomain', () => {
  it.each([
    ['wa.me', '/15555550123', 'social', 'whatsapp'],
    ['api.whatsapp.com', '/send', 'social', 'whatsapp'],
    ['chat.whatsapp.com', '/abc', 'social', 'whatsapp'],
    ['t.me', '/example', 'social', 'telegram'],
    ['discord.gg', '/abc', 'social', 'discord'],
    ['discord.com', '/invite/abc', 'social', 'discord'],
    ['join.skype.com', '/invite/abc', 'social', 'skype'],
    ['join.slack.com', '/t/acme/shared_invite/x', 'social', 'slack'],
    ['acme.slack.com', '/', 'social', 'slack'],
    ['linkedin.com', '/in/example', 'social', 'linkedin'],
    ['linkedin.com', '/company/example', 'social', 'linkedin'],
    ['instagram.com', '/example', 'social', 'instagram'],
    ['m.facebook.com', '/example', 'social', 'facebook'],
    ['x.com', '/example', 'social', 'x'],
    ['m.me', '/example', 'social', 'messenger'],
    ['linktr.ee', '/example', 'social', 'linktree'],
    ['zoom.us', '/j/123', 'meeting', 'zoom'],
    ['us02web.zoom.us', '/j/123', 'meeting', 'zoom'],
    ['meet.google.com', '/abc-defg-hij', 'meeting', 'google-meet'],
    ['teams.microsoft.com', '/l/meetup-join/x', 'meeting', 'teams'],
    ['acme.webex.com', '/meet/x', 'meeting', 'webex'],
    ['calendly.com', '/example/30min', 'meeting', 'calendly'],
    ['cal.com', '/example', 'meeting', 'cal-com'],
    ['meetings.hubspot.com', '/example', 'meeting', 'hubspot-meetings'],
    ['forms.gle', '/abc', 'form', 'google-forms'],
    ['docs.google.com', '/forms/d/e/x/viewform', 'form', 'google-forms'],
    ['forms.office.com', '/r/x', 'form', 'microsoft-forms'],
    ['form.typeform.com', '/to/x', 'form', 'typeform'],
    ['typeform.com', '/to/x', 'form', 'typeform'],
    ['form.jotform.com', '/241835', 'form', 'jotform'],
    ['tally.so', '/r/x', 'form', 'tally'],
    ['boards.greenhouse.io', '/acme/jobs/1', 'ats', 'greenhouse'],
    ['job-boards.greenhouse.io', '/acme', 'ats', 'greenhouse'],
    ['jobs.lever.co', '/acme/x', 'ats', 'lever'],
    ['apply.workable.com', '/acme/j/x', 'ats', 'workable'],
    ['acme.bamboohr.com', '/careers/1', 'ats', 'bamboohr'],
    ['acme.wd5.myworkdayjobs.com', '/en-us/x', 'ats', 'workday'],
    ['jobs.ashbyhq.com', '/acme/x', 'ats', 'ashby'],
    ['acme.breezy.hr', '/p/x', 'ats', 'breezy'],
    ['paypal.me', '/example', 'payment', 'paypal'],
    ['paypal.com', '/paypalme/example', 'payment', 'paypal'],
    ['cash.app', '/$example', 'payment', 'cash-app'],
    ['wise.com', '/pay/me/example', 'payment', 'wise'],
    ['buy.stripe.com', '/abc', 'payment', 'stripe'],
    ['github.com', '/example', 'link', 'github'],
    ['drive.google.com', '/drive/folders/x', 'link', 'google-drive'],
    ['docs.google.com', '/document/d/x', 'link', 'google-docs'],
  ])('%s%s → %s (%s)', (host, path, category, platform) => {
    const r = lookupDomain(host, path);
    expect(r?.category).toBe(category);
    expect(r?.platform).toBe(platform);
  });

  it('treats the marketplace itself as no finding at all', () => {
    expect(lookupDomain('upwork.com', '/freelancers/~01')?.category).toBe('none');
    expect(lookupDomain('community.upwork.com', '/')?.category).toBe('none');
  });

  it('marks shorteners as links with the "shortened" evidence and medium confidence', () => {
    for (const host of ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'lnkd.in', 'cutt.ly']) {
      const r = lookupDomain(host, '/x');
      expect(r?.category).toBe('link');
      expect(r?.evidence).toBe('shortened');
      expect(r?.confidence).toBe('medium');
    }
  });

  it("keeps a vendor's own marketing site an ordinary link", () => {
    expect(lookupDomain('greenhouse.io', '/pricing')?.category).toBe('link');
    expect(lookupDomain('lever.co', '/')?.category).toBe('link');
    expect(lookupDomain('typeform.com', '/pricing')?.category).toBe('link');
    expect(lookupDomain('api.slack.com', '/docs')?.category).toBe('link');
    expect(lookupDomain('support.zoom.us', '/hc')?.category).toBe('link');
    // The networks' developer documentation is work, not a way to reach a person.
    expect(lookupDomain('developers.facebook.com', '/docs/whatsapp/cloud-api')?.category).toBe('link');
    expect(lookupDomain('core.telegram.org', '/bots/api')?.category).toBe('link');
    expect(lookupDomain('facebook.com', '/jane.doe.example')?.category).toBe('social');
    expect(lookupDomain('web.telegram.org', '/k/')?.category).toBe('social');
  });

  it('uses the path where the host alone is not enough', () => {
    expect(lookupDomain('linkedin.com', '/feed/')?.category).toBe('link');
    expect(lookupDomain('linkedin.com', '/jobs/view/1')?.category).toBe('ats');
    expect(lookupDomain('discord.com', '/developers/docs')?.category).toBe('link');
    expect(lookupDomain('paypal.com', '/us/business')).toBeUndefined();
  });

  it('does not match a host that merely ends with the same letters', () => {
    expect(lookupDomain('notzoom.us', '/j/1')).toBeUndefined();
    expect(lookupDomain('example.com', '/')).toBeUndefined();
  });
});

describe('tables', () => {
  it('hosts are lower case without www', () => {
    for (const r of DOMAIN_RULES) {
      expect(r.host).toBe(r.host.toLowerCase());
      expect(r.host.startsWith('www.')).toBe(false);
    }
  });

  it('mail providers name a domain', () => {
    for (const [name, p] of Object.entries(MAIL_PROVIDERS)) expect(p.domain.startsWith(name)).toBe(true);
  });

  it('bare-domain TLD lists do not overlap', () => {
    for (const t of AMBIGUOUS_CCTLDS) expect(BARE_GTLDS).not.toContain(t);
  });

  it("LINKIFY_TLDS is the installed linkifyjs's own list", () => {
    const src = readFileSync(createRequire(import.meta.url).resolve('linkifyjs'), 'utf8');
    const encoded = /encodedTlds = '([^']*)'/u.exec(src)?.[1] ?? '';
    expect(encoded.length).toBeGreaterThan(1000);
    const words: string[] = [];
    const stack: string[] = [];
    for (const [, letter, up] of encoded.matchAll(/(\D)|(\d+)/gu)) {
      if (letter) stack.push(letter);
      else {
        words.push(stack.join(''));
        stack.length -= Number(up);
      }
    }
    expect([...LINKIFY_TLDS].sort()).toEqual(words.sort());
    for (const t of LINKIFY_TLDS) expect(linkifyTest(`a.${t}`, 'url')).toBe(true);
  });
});
