import type { Category, Confidence } from './types';

/**
 * Domain tables shared by the url and email detectors: data, plus one lookup function.
 * Hosts are lower case without "www.". A rule with `sub: true` also covers every subdomain
 * ("us02web.zoom.us" under "zoom.us"); `path` narrows it to some paths (tested against the
 * lower-cased path, which starts with "/").
 */
export interface DomainRule {
  host: string;
  sub?: boolean;
  path?: RegExp;
  /** 'none': the marketplace itself, never reported. */
  category: Category | 'none';
  platform: string;
  confidence?: Confidence;
  /** Extra evidence code, e.g. 'shortened'. */
  evidence?: string;
}

type Row = readonly [host: string, platform: string, extra?: Partial<Omit<DomainRule, 'host' | 'platform'>>];

function rows(category: DomainRule['category'], list: readonly Row[]): DomainRule[] {
  return list.map(([host, platform, extra]) => ({ host, platform, category, ...extra }));
}

const SUB = { sub: true } as const;
// An exact-host row placed before a SUB row: the vendor's own site is an ordinary link.
const OWN_SITE = { category: 'link' } as const;

/** The marketplace's own domains: links there are never a finding. */
const MARKETPLACE: readonly Row[] = [
  ['upwork.com', 'upwork', SUB],
  ['upwork.co', 'upwork', SUB],
];

// Messengers and social networks: a link there lets someone reach a person directly.
const SOCIAL: readonly Row[] = [
  // Developer documentation and help centres of the networks: building on them is work
  // ("the Cloud API docs at developers.facebook.com/docs/whatsapp"), not a way to reach anyone.
  ['developers.facebook.com', 'facebook', OWN_SITE],
  ['business.whatsapp.com', 'whatsapp', OWN_SITE],
  ['faq.whatsapp.com', 'whatsapp', OWN_SITE],
  ['developers.whatsapp.com', 'whatsapp', OWN_SITE],
  ['core.telegram.org', 'telegram', OWN_SITE],
  ['developer.x.com', 'x', OWN_SITE],
  ['developer.twitter.com', 'x', OWN_SITE],
  ['developers.tiktok.com', 'tiktok', OWN_SITE],
  ['developers.snap.com', 'snapchat', OWN_SITE],
  ['developers.pinterest.com', 'pinterest', OWN_SITE],
  ['help.instagram.com', 'instagram', OWN_SITE],
  ['wa.me', 'whatsapp', SUB],
  ['whatsapp.com', 'whatsapp', SUB],
  ['whatsapp.net', 'whatsapp', SUB],
  ['t.me', 'telegram', SUB],
  ['telegram.me', 'telegram', SUB],
  ['telegram.org', 'telegram', SUB],
  ['telegram.dog', 'telegram', SUB],
  ['discord.gg', 'discord', SUB],
  ['discord.com', 'discord', { path: /^\/(?:invite|users|channels)\// }],
  ['discordapp.com', 'discord', { path: /^\/(?:invite|users|channels)\// }],
  ['join.skype.com', 'skype'],
  ['skype.com', 'skype', SUB],
  ['slack.com', 'slack', { path: /^\/(?:app_redirect|team\/|archives\/)/ }],
  ['slack.com', 'slack', OWN_SITE],
  ['api.slack.com', 'slack', OWN_SITE],
  ['status.slack.com', 'slack', OWN_SITE],
  ['slack.com', 'slack', SUB],
  ['linkedin.com', 'linkedin', { sub: true, path: /^\/(?:in|pub|company|school|feed\/update|posts|profile)(?:\/|$)/ }],
  ['instagram.com', 'instagram', SUB],
  ['instagr.am', 'instagram', SUB],
  ['facebook.com', 'facebook', SUB],
  ['fb.com', 'facebook', SUB],
  ['fb.me', 'facebook', SUB],
  ['m.me', 'messenger', SUB],
  ['messenger.com', 'messenger', SUB],
  ['x.com', 'x', SUB],
  ['twitter.com', 'x', SUB],
  ['tiktok.com', 'tiktok', SUB],
  ['snapchat.com', 'snapchat', SUB],
  ['threads.net', 'threads', SUB],
  ['threads.com', 'threads', SUB],
  ['bsky.app', 'bluesky', SUB],
  ['linktr.ee', 'linktree', SUB],
  ['beacons.ai', 'beacons', SUB],
  ['lnk.bio', 'lnk-bio', SUB],
  ['bio.link', 'bio-link', SUB],
  ['line.me', 'line', SUB],
  ['lin.ee', 'line', SUB],
  ['viber.com', 'viber', SUB],
  ['vb.me', 'viber', SUB],
  ['signal.me', 'signal', SUB],
  ['signal.group', 'signal', SUB],
  ['wechat.com', 'wechat', SUB],
  ['weixin.qq.com', 'wechat', SUB],
  ['u.wechat.com', 'wechat'],
  ['vk.com', 'vk', SUB],
  ['vk.me', 'vk', SUB],
  ['ok.ru', 'odnoklassniki', SUB],
  ['zalo.me', 'zalo', SUB],
  ['open.kakao.com', 'kakaotalk', SUB],
  ['qr.kakao.com', 'kakaotalk', SUB],
  ['icq.im', 'icq', SUB],
  ['keybase.io', 'keybase', SUB],
  ['reddit.com', 'reddit', { sub: true, path: /^\/(?:u|user|message)\// }],
  ['kik.me', 'kik', SUB],
  ['wire.com', 'wire', SUB],
  ['threema.id', 'threema', SUB],
  ['mastodon.social', 'mastodon', SUB],
  ['pinterest.com', 'pinterest', SUB],
  ['tumblr.com', 'tumblr', SUB],
  ['imo.im', 'imo', SUB],
];

// Calls and scheduling outside the marketplace.
const MEETING: readonly Row[] = [
  ['support.zoom.us', 'zoom', OWN_SITE],
  ['developers.zoom.us', 'zoom', OWN_SITE],
  ['marketplace.zoom.us', 'zoom', OWN_SITE],
  ['zoom.us', 'zoom', SUB],
  ['zoom.com', 'zoom', SUB],
  ['zoomgov.com', 'zoom', SUB],
  ['meet.google.com', 'google-meet', SUB],
  ['hangouts.google.com', 'google-meet', SUB],
  ['g.co', 'google-meet', { path: /^\/meet\// }],
  ['calendar.google.com', 'google-calendar', SUB],
  ['calendar.app.google', 'google-calendar', SUB],
  ['teams.microsoft.com', 'teams', SUB],
  ['teams.live.com', 'teams', SUB],
  ['outlook.office.com', 'outlook-bookings', { path: /^\/(?:bookwithme|book)\// }],
  ['outlook.office365.com', 'outlook-bookings', { path: /\/bookings\// }],
  ['webex.com', 'webex', SUB],
  ['whereby.com', 'whereby', SUB],
  ['gotomeeting.com', 'gotomeeting', SUB],
  ['gotomeet.me', 'gotomeeting', SUB],
  ['meet.goto.com', 'gotomeeting', SUB],
  ['meet.jit.si', 'jitsi', SUB],
  ['8x8.vc', 'jitsi', SUB],
  ['bluejeans.com', 'bluejeans', SUB],
  ['meeting.zoho.com', 'zoho-meeting', SUB],
  ['meet.zoho.com', 'zoho-meeting', SUB],
  ['chime.aws', 'amazon-chime', SUB],
  ['calendly.com', 'calendly', SUB],
  ['calendly.app', 'calendly', SUB],
  ['cal.com', 'cal-com', SUB],
  ['cal.link', 'cal-com', SUB],
  ['savvycal.com', 'savvycal', SUB],
  ['tidycal.com', 'tidycal', SUB],
  ['meetings.hubspot.com', 'hubspot-meetings', SUB],
  ['hubspot.com', 'hubspot-meetings', { sub: true, path: /^\/meetings\// }],
  ['doodle.com', 'doodle', SUB],
  ['youcanbook.me', 'youcanbookme', SUB],
  ['acuityscheduling.com', 'acuity', SUB],
  ['as.me', 'acuity', SUB],
  ['zcal.co', 'zcal', SUB],
  ['koalendar.com', 'koalendar', SUB],
  ['setmore.com', 'setmore', SUB],
  ['simplybook.me', 'simplybook', SUB],
  ['oncehub.com', 'oncehub', SUB],
  ['chilipiper.com', 'chilipiper', SUB],
  ['zeeg.me', 'zeeg', SUB],
  ['harmonizely.com', 'harmonizely', SUB],
  ['bookings.zoho.com', 'zoho-bookings', SUB],
  ['zohobookings.com', 'zoho-bookings', SUB],
];

// Forms that collect contact details outside the marketplace.
const FORM: readonly Row[] = [
  ['forms.gle', 'google-forms', SUB],
  ['docs.google.com', 'google-forms', { path: /^\/forms\// }],
  ['forms.office.com', 'microsoft-forms', SUB],
  ['forms.microsoft.com', 'microsoft-forms', SUB],
  ['typeform.com', 'typeform', { path: /^\/to\// }],
  ['typeform.com', 'typeform', OWN_SITE],
  ['typeform.com', 'typeform', SUB],
  ['jotform.com', 'jotform', { path: /^\/(?:form\/)?\d{6,}/ }],
  ['jotform.com', 'jotform', OWN_SITE],
  ['jotform.com', 'jotform', SUB],
  ['jotform.me', 'jotform', SUB],
  ['jotform.eu', 'jotform', SUB],
  ['tally.so', 'tally', SUB],
  ['surveymonkey.com', 'surveymonkey', { sub: true, path: /^\/r\// }],
  ['formstack.com', 'formstack', { sub: true, path: /^\/forms\// }],
  ['wufoo.com', 'wufoo', { sub: true, path: /^\/forms\// }],
  ['cognitoforms.com', 'cognito-forms', SUB],
  ['123formbuilder.com', '123formbuilder', SUB],
  ['paperform.co', 'paperform', SUB],
  ['airtable.com', 'airtable', { path: /\/shr[a-z0-9]{6,}/i, confidence: 'medium' }],
  ['forms.zohopublic.com', 'zoho-forms', SUB],
  ['zfrmz.com', 'zoho-forms', SUB],
  ['share.hsforms.com', 'hubspot-forms', SUB],
  ['qualtrics.com', 'qualtrics', { sub: true, path: /^\/jfe\/form\// }],
  ['alchemer.com', 'alchemer', { sub: true, path: /^\/s3\// }],
  ['surveygizmo.com', 'alchemer', { sub: true, path: /^\/s3\// }],
  ['fillout.com', 'fillout', { sub: true, path: /^\/t\// }],
  ['forms.fillout.com', 'fillout', SUB],
  ['forms.app', 'forms-app', SUB],
  ['formsite.com', 'formsite', SUB],
  ['survey.zohopublic.com', 'zoho-survey', SUB],
];

// Applicant tracking systems and outside job boards.
const ATS: readonly Row[] = [
  ['greenhouse.io', 'greenhouse', OWN_SITE],
  ['greenhouse.io', 'greenhouse', SUB],
  ['lever.co', 'lever', OWN_SITE],
  ['lever.co', 'lever', SUB],
  ['workable.com', 'workable', OWN_SITE],
  ['workable.com', 'workable', SUB],
  ['bamboohr.com', 'bamboohr', OWN_SITE],
  ['bamboohr.com', 'bamboohr', SUB],
  ['myworkdayjobs.com', 'workday', SUB],
  ['myworkday.com', 'workday', SUB],
  ['ashbyhq.com', 'ashby', OWN_SITE],
  ['ashbyhq.com', 'ashby', SUB],
  ['smartrecruiters.com', 'smartrecruiters', OWN_SITE],
  ['smartrecruiters.com', 'smartrecruiters', SUB],
  ['breezy.hr', 'breezy', OWN_SITE],
  ['breezy.hr', 'breezy', SUB],
  ['recruitee.com', 'recruitee', OWN_SITE],
  ['recruitee.com', 'recruitee', SUB],
  ['teamtailor.com', 'teamtailor', OWN_SITE],
  ['teamtailor.com', 'teamtailor', SUB],
  ['jobvite.com', 'jobvite', OWN_SITE],
  ['jobvite.com', 'jobvite', SUB],
  ['icims.com', 'icims', OWN_SITE],
  ['icims.com', 'icims', SUB],
  ['personio.de', 'personio', { sub: true, path: /^\/job/ }],
  ['jobs.personio.de', 'personio', SUB],
  ['jobs.personio.com', 'personio', SUB],
  ['applytojob.com', 'jazzhr', SUB],
  ['zohorecruit.com', 'zoho-recruit', SUB],
  ['zohorecruit.eu', 'zoho-recruit', SUB],
  ['taleo.net', 'taleo', SUB],
  ['successfactors.com', 'successfactors', { sub: true, path: /career/ }],
  ['successfactors.eu', 'successfactors', { sub: true, path: /career/ }],
  ['oraclecloud.com', 'oracle-recruiting', { sub: true, path: /candidateexperience/ }],
  ['ultipro.com', 'ultipro', { sub: true, path: /jobboard|recruiting/ }],
  ['paylocity.com', 'paylocity', { sub: true, path: /^\/recruiting\// }],
  ['pinpointhq.com', 'pinpoint', SUB],
  ['rippling-ats.com', 'rippling', SUB],
  ['ats.rippling.com', 'rippling', SUB],
  ['freshteam.com', 'freshteam', { sub: true, path: /^\/jobs/ }],
  ['jobs.polymer.co', 'polymer', SUB],
  ['jobscore.com', 'jobscore', SUB],
  ['catsone.com', 'cats', SUB],
  ['comeet.com', 'comeet', { sub: true, path: /^\/jobs\// }],
  ['hire.trakstar.com', 'trakstar', SUB],
  ['homerun.co', 'homerun', { sub: true, path: /^\/[^/]{1,80}\/[^/]{1,80}/ }],
  ['wellfound.com', 'wellfound', { sub: true, path: /\/jobs(?:\/|$)/, confidence: 'medium' }],
  ['angel.co', 'wellfound', { sub: true, path: /\/jobs(?:\/|$)/, confidence: 'medium' }],
  ['linkedin.com', 'linkedin', { sub: true, path: /^\/jobs\//, confidence: 'medium' }],
  [
    'indeed.com',
    'indeed',
    { sub: true, path: /^\/(?:viewjob|job|rc\/clk|cmp\/[^/]{1,80}\/jobs)/, confidence: 'medium' },
  ],
  ['glassdoor.com', 'glassdoor', { sub: true, path: /^\/job-listing\//, confidence: 'medium' }],
];

// Payment outside the marketplace.
const PAYMENT: readonly Row[] = [
  ['paypal.me', 'paypal', SUB],
  [
    'paypal.com',
    'paypal',
    { sub: true, path: /^\/(?:[a-z]{2}\/)?(?:paypalme|pools|invoice|donate|ncp|cgi-bin\/webscr|send|qrcodes)/ },
  ],
  ['venmo.com', 'venmo', SUB],
  ['account.venmo.com', 'venmo', SUB],
  ['cash.app', 'cash-app', SUB],
  ['cash.me', 'cash-app', SUB],
  ['wise.com', 'wise', { sub: true, path: /^\/pay(?:\/|$)/ }],
  ['buymeacoffee.com', 'buymeacoffee', SUB],
  ['ko-fi.com', 'ko-fi', SUB],
  ['link.payoneer.com', 'payoneer', SUB],
  ['payoneer.com', 'payoneer', { sub: true, path: /^\/(?:request|payment-request|pay)/ }],
  ['revolut.me', 'revolut', SUB],
  ['revolut.com', 'revolut', { path: /^\/pay\// }],
  ['buy.stripe.com', 'stripe', SUB],
  ['checkout.stripe.com', 'stripe', SUB],
  ['donate.stripe.com', 'stripe', SUB],
  ['invoice.stripe.com', 'stripe', SUB],
  ['patreon.com', 'patreon', { sub: true, confidence: 'medium' }],
  ['monzo.me', 'monzo', SUB],
  ['bunq.me', 'bunq', SUB],
  ['paystack.com', 'paystack', { sub: true, path: /^\/pay\// }],
  ['paystack.shop', 'paystack', SUB],
  ['flutterwave.com', 'flutterwave', { sub: true, path: /^\/pay\// }],
  ['rzp.io', 'razorpay', SUB],
  ['razorpay.me', 'razorpay', SUB],
  ['pages.razorpay.com', 'razorpay', SUB],
  ['square.link', 'square', SUB],
  ['checkout.square.site', 'square', SUB],
  ['commerce.coinbase.com', 'coinbase-commerce', SUB],
  ['skrill.me', 'skrill', SUB],
  ['paytm.me', 'paytm', SUB],
  ['gumroad.com', 'gumroad', { sub: true, confidence: 'medium' }],
];

// URL shorteners: they hide where a link leads, so the policy asks for caution.
const SHORTENER: readonly Row[] = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'lnkd.in',
  'buff.ly',
  'bl.ink',
  't.ly',
  'rb.gy',
  's.id',
  'bit.do',
  'soo.gd',
  'clck.ru',
  'tr.im',
  'shorte.st',
  'adf.ly',
  'qr.ae',
  'short.io',
  'shrtco.de',
  'tinu.be',
  'surl.li',
  'u.to',
  'x.gd',
  'urlz.fr',
  'kutt.it',
  'dub.sh',
  'gg.gg',
  'tiny.one',
  'han.gl',
].map((h) => [h, 'shortener', { sub: true, confidence: 'medium', evidence: 'shortened' }] as const);

// Ordinary sites, named so findings carry a platform and bare hosts are trusted.
const LINK: readonly Row[] = [
  ['github.com', 'github', SUB],
  ['github.io', 'github', SUB],
  ['gist.github.com', 'github', SUB],
  ['gitlab.com', 'gitlab', SUB],
  ['bitbucket.org', 'bitbucket', SUB],
  ['behance.net', 'behance', SUB],
  ['dribbble.com', 'dribbble', SUB],
  ['figma.com', 'figma', SUB],
  ['youtube.com', 'youtube', SUB],
  ['youtu.be', 'youtube', SUB],
  ['vimeo.com', 'vimeo', SUB],
  ['drive.google.com', 'google-drive', SUB],
  ['docs.google.com', 'google-docs', SUB],
  ['dropbox.com', 'dropbox', SUB],
  ['notion.so', 'notion', SUB],
  ['notion.site', 'notion', SUB],
  ['loom.com', 'loom', SUB],
  ['npmjs.com', 'npm', SUB],
  ['stackoverflow.com', 'stackoverflow', SUB],
  ['kaggle.com', 'kaggle', SUB],
  ['artstation.com', 'artstation', SUB],
  ['medium.com', 'medium', SUB],
  ['wikipedia.org', 'wikipedia', SUB],
  ['apps.apple.com', 'app-store', SUB],
  ['play.google.com', 'google-play', SUB],
  ['codepen.io', 'codepen', SUB],
  ['huggingface.co', 'huggingface', SUB],
  ['canva.com', 'canva', SUB],
  ['miro.com', 'miro', SUB],
  ['trello.com', 'trello', SUB],
  ['linkedin.com', 'linkedin', SUB],
  ['discord.com', 'discord', SUB],
  ['reddit.com', 'reddit', SUB],
];

/** Every rule, most specific first within a host (see `lookupDomain`). */
export const DOMAIN_RULES: readonly DomainRule[] = [
  ...rows('none', MARKETPLACE),
  ...rows('social', SOCIAL),
  ...rows('meeting', MEETING),
  ...rows('form', FORM),
  ...rows('ats', ATS),
  ...rows('payment', PAYMENT),
  ...rows('link', SHORTENER),
  ...rows('link', LINK),
];

const BY_HOST = new Map<string, DomainRule[]>();
for (const r of DOMAIN_RULES) {
  const list = BY_HOST.get(r.host);
  if (list) list.push(r);
  else BY_HOST.set(r.host, [r]);
}

/**
 * The rule for a host (lower case, no "www.") and path (lower case, starting with "/").
 * The longest matching host wins; among its rules, the first whose path matches.
 */
export function lookupDomain(host: string, path = '/'): DomainRule | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    const rules = BY_HOST.get(candidate);
    if (!rules) continue;
    for (const r of rules) {
      if (i > 0 && !r.sub) continue;
      if (r.path && !r.path.test(path)) continue;
      return r;
    }
  }
  return undefined;
}

/**
 * Mail providers: the name people write without a TLD ("jane at gmail") → its domain.
 * `strong` names are only ever mail services; the others are also companies people work
 * at ("Jane at Yahoo"), so they need more proof.
 */
export const MAIL_PROVIDERS: Readonly<Record<string, { domain: string; strong: boolean }>> = {
  gmail: { domain: 'gmail.com', strong: true },
  googlemail: { domain: 'googlemail.com', strong: true },
  hotmail: { domain: 'hotmail.com', strong: true },
  outlook: { domain: 'outlook.com', strong: true },
  protonmail: { domain: 'protonmail.com', strong: true },
  proton: { domain: 'proton.me', strong: false },
  icloud: { domain: 'icloud.com', strong: true },
  ymail: { domain: 'ymail.com', strong: true },
  rocketmail: { domain: 'rocketmail.com', strong: true },
  gmx: { domain: 'gmx.com', strong: true },
  tutanota: { domain: 'tutanota.com', strong: true },
  fastmail: { domain: 'fastmail.com', strong: true },
  rediffmail: { domain: 'rediffmail.com', strong: true },
  hanmail: { domain: 'hanmail.net', strong: true },
  yahoo: { domain: 'yahoo.com', strong: false },
  aol: { domain: 'aol.com', strong: false },
  zoho: { domain: 'zoho.com', strong: false },
  zohomail: { domain: 'zohomail.com', strong: true },
  yandex: { domain: 'yandex.com', strong: false },
  live: { domain: 'live.com', strong: false },
  msn: { domain: 'msn.com', strong: false },
  libero: { domain: 'libero.it', strong: false },
  qq: { domain: 'qq.com', strong: false },
  naver: { domain: 'naver.com', strong: false },
};

/** Domains (second-level part) of well-known mail services, with or without a TLD. */
export const MAIL_PROVIDER_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.in',
  'yahoo.fr',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'zoho.com',
  'zohomail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'libero.it',
  'virgilio.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'rediffmail.com',
  'fastmail.com',
  'hey.com',
  'posteo.de',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'rambler.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'ukr.net',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'sapo.pt',
  'btinternet.com',
  'sky.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'cox.net',
  'earthlink.net',
  'bellsouth.net',
  'shaw.ca',
  'rogers.com',
  'bigpond.com',
  'optusnet.com.au',
  'xtra.co.nz',
  'mail.com',
  'email.com',
  'usa.com',
  'inbox.com',
  'lycos.com',
];

/**
 * TLDs a bare domain (no scheme, no "www.", no path) may end in. Everything else must
 * have a scheme, "www." or a path first: ".py", ".md", ".sh", ".zip" are mostly file names,
 * ".id", ".name", ".email", ".run" are mostly code ("user.id", "app.run").
 */
export const BARE_GTLDS: readonly string[] = [
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'info',
  'biz',
  'io',
  'co',
  'ai',
  'app',
  'dev',
  'me',
  'tv',
  'fm',
  'ly',
  'gg',
  'xyz',
  'online',
  'site',
  'website',
  'shop',
  'tech',
  'art',
  'design',
  'studio',
  'blog',
  'agency',
  'digital',
  'consulting',
  'photography',
  'software',
  'academy',
  'ventures',
  'marketing',
  'coach',
  'expert',
  'guru',
  'ninja',
  'rocks',
  'pro',
  'wtf',
  'fyi',
  'vip',
  'careers',
];

/**
 * Two-letter country TLDs that are also file extensions or English words; a bare domain
 * ending in one of these needs a scheme, "www.", a path or a third label.
 */
export const AMBIGUOUS_CCTLDS: readonly string[] = [
  'py',
  'rs',
  'md',
  'sh',
  'pl',
  'pm',
  'cc',
  'ps',
  'st',
  'sc',
  'ml',
  'tf',
  'mo',
  'mk',
  'ac',
  'so',
  'id',
  'it',
  'is',
  'at',
  'as',
  'to',
  'no',
  'be',
  'do',
  'my',
  'in',
  'am',
  'us',
  'cd',
  'ls',
  're',
  'ms',
  'rb',
  'sv',
  'cs',
  'ws',
];

/** Names that look like domains but are products or frameworks. */
export const NOT_DOMAINS: readonly string[] = [
  'asp.net',
  'vb.net',
  'ado.net',
  'dot.net',
  'node.js',
  'next.js',
  'vue.js',
];

// linkifyjs's own list of ASCII top-level domains (4.4.0, from IANA), in its trie encoding:
// a letter goes one level down, a number ends a name and goes that many levels up. Kept in
// step with the installed linkifyjs by domains.test.ts.
const ENCODED_TLDS =
  'aaa1rp3bb0ott3vie4c1le2ogado5udhabi7c0ademy5centure6ountant0s9o1tor4d0s1ult4e0g1ro2tna4f0l1rica5' +
  'g0akhan5ency5i0g1rbus3force5tel5kdn3l0ibaba4pay4lfinanz6state5y2sace3tom5m0azon4ericanexpress7fa' +
  'mily11x2fam3ica3sterdam8nalytics7droid5quan4z2o0l2partments8p0le4q0uarelle8r0ab1mco4chi3my2pa2t0' +
  'e3s0da2ia2sociates9t0hleta5torney7u0ction5di0ble3o3spost5thor3o0s4w0s2x0a2z0ure5ba0by2idu3namex4' +
  'd1k2r0celona5laycard4s5efoot5gains6seball5ketball8uhaus5yern5b0c1t1va3cg1n2d1e0ats2uty4er2rlin4s' +
  't0buy5t2f1g1h0arti5i0ble3d1ke2ng0o3o1z2j1lack0friday9ockbuster8g1omberg7ue3m0s1w2n0pparibas9o0at' +
  's3ehringer8fa2m1nd2o0k0ing5sch2tik2on4t1utique6x2r0adesco6idgestone9oadway5ker3ther5ussels7s1t1u' +
  'ild0ers6siness6y1zz3v1w1y1z0h3ca0b1fe2l0l1vinklein9m0era3p2non3petown5ital0one8r0avan4ds2e0er0s4' +
  's2sa1e1h1ino4t0ering5holic7ba1n1re3c1d1enter4o1rn3f0a1d2g1h0anel2nel4rity4se2t2eap3intai5ristmas' +
  '6ome4urch5i0priani6rcle4sco3tadel4i0c2y3k1l0aims4eaning6ick2nic1que6othing5ud3ub0med6m1n1o0ach3d' +
  'es3ffee4llege4ogne5m0mbank4unity6pany2re3uter5sec4ndos3struction8ulting7tact3ractors9oking4l1p2r' +
  'sica5untry4pon0s4rses6pa2r0edit0card4union9icket5own3s1uise0s6u0isinella9v1w1x1y0mru3ou3z2dad1nc' +
  'e3ta1e1ing3sun4y2clk3ds2e0al0er2s3gree4livery5l1oitte5ta3mocrat6ntal2ist5si0gn4v2hl2iamonds6et2g' +
  'ital5rect0ory7scount3ver5h2y2j1k1m1np2o0cs1tor4g1mains5t1wnload7rive4tv2ubai3pont4rban5vag2r2z2e' +
  'arth3t2c0o2deka3u0cation8e1g1mail3erck5nergy4gineer0ing9terprises10pson4quipment8r0icsson6ni3s0q' +
  '1tate5t1u0rovision8s2vents5xchange6pert3osed4ress5traspace10fage2il1rwinds6th3mily4n0s2rm0ers5sh' +
  'ion4t3edex3edback6rrari3ero6i0delity5o2lm2nal1nce1ial7re0stone6mdale6sh0ing5t0ness6j1k1lickr3ght' +
  's4r2orist4wers5y2m1o0o0d1tball6rd1ex2sale4um3undation8x2r0ee1senius7l1ogans4ntier7tr2ujitsu5n0d2' +
  'rniture7tbol5yi3ga0l0lery3o1up4me0s3p1rden4y2b0iz3d0n2e0a1nt0ing5orge5f1g0ee3h1i0ft0s3ves2ing5l0' +
  'ass3e1obal2o4m0ail3bh2o1x2n1odaddy5ld0point6f2odyear5g0le4p1t1v2p1q1r0ainger5phics5tis4een3ipe3o' +
  'cery4up4s1t1u0cci3ge2ide2tars5ru3w1y2hair2mburg5ngout5us3bo2dfc0bank7ealth0care8lp1sinki6re1mes5' +
  'iphop4samitsu7tachi5v2k0t2m1n1ockey4ldings5iday5medepot5goods5s0ense7nda3rse3spital5t0ing5t0els3' +
  'mail5use3w2r1sbc3t1u0ghes5yatt3undai7ibm2cbc2e1u2d1e0ee3fm2kano4l1m0amat4db2mo0bilien9n0c1dustri' +
  'es8finiti5o2g1k1stitute6urance4e4t0ernational10uit4vestments10o1piranga7q1r0ish4s0maili5t0anbul7' +
  't0au2v3jaguar4va3cb2e0ep2tzt3welry6io2ll2m0p2nj2o0bs1urg4t1y2p0morgan6rs3uegos6kaufen5ddi3e0rryh' +
  'otels6properties14fh2g1h1i0a1ds2m1ndle4tchen5wi3m1n1oeln3matsu5sher5p0mg2n2r0d1ed3uokgroup8w1y0o' +
  'to4z2la0caixa5mborghini8er3nd0rover6xess5salle5t0ino3robe5w0yer5b1c1ds2ease3clerc5frak4gal2o2xus' +
  '4gbt3i0dl2fe0insurance9style7ghting6ke2lly3mited4o2ncoln4k2ve1ing5k1lc1p2oan0s3cker3us3l1ndon4tt' +
  'e1o3ve3pl0financial11r1s1t0d0a3u0ndbeck6xe1ury5v1y2ma0drid4if1son4keup4n0agement7go3p1rket0ing3s' +
  '4riott5shalls7ttel5ba2c0kinsey7d1e0d0ia3et2lbourne7me1orial6n0u2rck0msd7g1h1iami3crosoft7l1ni1t2' +
  't0subishi9k1l0b1s2m0a2n1o0bi0le4da2e1i1m1nash3ey2ster5rmon3tgage6scow4to0rcycles9v0ie4p1q1r1s0d2' +
  't0n1r2u0seum3ic4v1w1x1y1z2na0b1goya4me2vy3ba2c1e0c1t0bank4flix4work5ustar5w0s2xt0direct7us4f0l2g' +
  '0o2hk2i0co2ke1on3nja3ssan1y5l1o0kia3rton4w0ruz3tv4p1r0a1w2tt2u1yc2z2obi1server7ffice5kinawa6laya' +
  'n0group9lo3m0ega4ne1g1l0ine5oo2pen3racle3nge4g0anic5igins6saka4tsuka4t2vh3pa0ge2nasonic7ris2s1tn' +
  'ers4s1y3y2ccw3e0t2f0izer5g1h0armacy6d1ilips5one2to0graphy6s4ysio5ics1tet2ures6d1n0g1k2oneer5zza4' +
  'k1l0ace2y0station9umbing5s3m1n0c2ohl2ker3litie5rn2st3r0axi3ess3ime3o0d0uctions8f1gressive8mo2per' +
  'ties3y5tection8u0dential9s1t1ub2w0c2y2qa1pon3uebec3st5racing4dio4e0ad1lestate6tor2y4cipes5d0umbr' +
  'ella9hab3ise0n3t2liance6n0t0als5pair3ort3ublican8st0aurant8view0s5xroth6ich0ardli6oh3l1o1p2o0cks' +
  '3deo3gers4om3s0vp3u0gby3hr2n2w0e2yukyu6sa0arland6fe0ty4kura4le1on3msclub4ung5ndvik0coromant12ofi' +
  '4p1rl2s1ve2xo3b0i1s2c0b1haeffler7midt4olarships8ol3ule3warz5ience5ot3d1e0arch3t2cure1ity6ek2lect' +
  '4ner3rvices6ven3w1x0y3fr2g1h0angrila6rp3ell3ia1ksha5oes2p0ping5uji3w3i0lk2na1gles5te3j1k0i0n2y0p' +
  'e4l0ing4m0art3ile4n0cf3o0ccer3ial4ftbank4ware6hu2lar2utions7ng1y2y2pa0ce3ort2t3r0l2s1t0ada2ples4' +
  'r1tebank4farm7c0group6ockholm6rage3e3ream4udio2y3yle4u0cks3pplies3y2ort5rf1gery5zuki5v1watch4iss' +
  '4x1y0dney4stems6z2tab1ipei4lk2obao4rget4tamotors6r2too4x0i3c0i2d0k2eam2ch0nology8l1masek5nnis4va' +
  '3f1g1h0d1eater2re6iaa2ckets5enda4ps2res2ol4j0maxx4x2k0maxx5l1m0all4n1o0day3kyo3ols3p1ray3shiba5t' +
  'al3urs3wn2yota3s3r0ade1ing4ining5vel0ers0insurance16ust3v2t1ube2i1nes3shu4v0s2w1z2ua1bank3s2g1k1' +
  'nicom3versity8o2ol2ps2s1y1z2va0cations7na1guard7c1e0gas3ntures6risign5mögensberater2ung14sicheru' +
  'ng10t2g1i0ajes4deo3g1king4llas4n1p1rgin4sa1ion4va1o3laanderen9n1odka3lvo3te1ing3o2yage5u2wales2m' +
  'art4ter4ng0gou5tch0es6eather0channel12b0cam3er2site5d0ding5ibo2r3f1hoswho6ien2ki2lliamhill9n0dow' +
  's4e1ners6me2oodside6rk0s2ld3w2s1tc1f3xbox3erox4ihuan4n2xx2yz3yachts4hoo3maxun5ndex5e1odobashi7ga' +
  '2kohama6u0tube6t1un3za0ppos4ra3ero3ip2m1one3uerich6w2';

function decodeTlds(encoded: string): string[] {
  const words: string[] = [];
  const stack: string[] = [];
  let i = 0;
  while (i < encoded.length) {
    const m = /^\d+/u.exec(encoded.slice(i, i + 3));
    if (m) {
      words.push(stack.join(''));
      stack.length -= Number(m[0]);
      i += m[0].length;
    } else {
      stack.push(encoded[i] as string);
      i++;
    }
  }
  return words;
}

/** Top-level domains linkifyjs reads a scheme-less link by (ASCII ones; lower case). */
export const LINKIFY_TLDS: ReadonlySet<string> = new Set(decodeTlds(ENCODED_TLDS));
