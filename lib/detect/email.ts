import { test as linkifyTest } from 'linkifyjs';
import { runNormalizers, SPELLED_AT, VIEW_NORMALIZERS } from '../normalize';
import { isSpaceCode } from '../normalize/chars';
import { defineNormalizer } from '../normalize/define';
import { identity, type MappedText, TextBuilder } from '../normalize/mapped-text';
import {
  LOCAL_AT_HINT,
  LOCAL_AT_WORD,
  LOCAL_DOT_NEXT,
  localDotAfterAt,
  spelledLocalSymbols,
  WEAK_AT_WORD,
} from '../normalize/spelled-symbols';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import { LINKIFY_TLDS, MAIL_PROVIDER_DOMAINS, MAIL_PROVIDERS } from './domains';
import { matchesOf } from './lexicon';
import { overlapsSorted } from './sorted';
import type { Confidence } from './types';

// Masks the shared "symbols" view leaves alone, folded here only for emails (the jira-style
// masks): "user"At"example", "user _at_ example _D0t_ com". Quotes and underscores around a
// bare at/dot never occur in prose, so this is as safe as the bracketed forms.
const QUOTED_AT = /\s{0,5}(["'*_])\s{0,1}(?:at)\s{0,1}\1\s{0,5}/giu;
const QUOTED_DOT = /\s{0,5}(["'*_])\s{0,1}(?:d[o0]t)\s{0,1}\1\s{0,5}/giu;

const emailMasks = defineNormalizer({
  id: 'email-masks',
  description: 'Reads "At" and _dot_ masks as @ and . (email detector only).',
  apply(input) {
    let current = input;
    for (const [re, to] of [
      [QUOTED_AT, '@'],
      [QUOTED_DOT, '.'],
    ] as const) {
      const { text } = current;
      if (text.search(re) < 0) continue;
      const b = new TextBuilder(current);
      let last = 0;
      for (const m of matchesOf(re, text)) {
        // Only between word characters: a lone quoted word in prose stays as it is.
        const before = text[m.index - 1] ?? '';
        const after = text[m.index + m[0].length] ?? '';
        if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after)) continue;
        b.keep(last, m.index);
        b.replace(m.index, m.index + m[0].length, to);
        last = m.index + m[0].length;
      }
      b.keep(last, text.length);
      current = b.build();
    }
    return current;
  },
});

// A local binding: read on every character, not through the module namespace.
const AT_MARK = SPELLED_AT;
const AT_CODE = AT_MARK.charCodeAt(0);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LOCAL_CHAR = /^[\p{L}\p{M}\p{N}._%+-]$/u;
const DOMAIN_CHAR = /^[\p{L}\p{M}\p{N}.-]$/u;
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const ALPHA_TLD = /^\p{L}{2,24}$/u;
const ASCII_LOWER = /^[a-z]{1,63}$/u;
const VERSION_LIKE = /^v?\d{1,6}(?:\.\d{1,6}){0,4}$/iu;
const HAS_LETTER = /\p{L}/u;
// A local part that is itself a file or framework name ("Node.js at vercel.com").
const CODE_SUFFIX = /\.(?:js|ts|jsx|tsx|net|io|py|rb|go|md|json|css|html|php|java|com|org)$/iu;
// A cue that an address follows: "email", "mail me", "correo", "write to", "contact", and
// the word for mail in other languages ("почта", "poczta", "mejl", "メール", "ایمیل").
const CUE =
  /(?:e-?mail|\bmail|correo|courriel|e-?posta|posta|adresse|endere[çc]o|\bwrite\s{1,5}(?:to|me)\b|\bcontact\b|\breach\s{1,5}me\b|\binbox\b|\bgmail|\bhotmail|\boutlook|почт|пошт|poczt|mejl|ταχυδρομ|μέιλ|מייל|ایمیل|ايميل|إيميل|بريد|メール|메일|邮箱|郵箱|อีเมล|ईमेल)/iu;
// Any letter outside the Latin script: a local at-word in Cyrillic, Greek, Hebrew, Arabic…
// The English and Romance at-words the shared folding makes the marker of.
const CLASSIC_AT = new Set(['at', 'arroba', 'arobase']);
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const ASCII_ONLY = /^[\x21-\x7e]{1,300}$/u;
// "my gmail is lena.kraus.design": a provider named as a cue, then a handle-like local part.
// Hinglish too: "mera gmail hai akash.verma21", "meri yahoo id: …".
const PROVIDER_CUE =
  /\b(?:my|our|the|mera|meri|mere|apna|apni)\s{1,5}(gmail|g-mail|hotmail|outlook|yahoo|ymail|protonmail|proton|icloud|zoho|gmx|yandex)(?:\s{1,5}(?:address|account|id|is\s{1,5}just))?\s{0,5}(?:is|:|=|-|hai|hain|he)?\s{1,5}(?:just\s{1,5})?([\p{L}\p{N}][\p{L}\p{N}._+-]{1,63})/giu;
// Riddles that name the provider: "it starts with dev.omar and ends with yahoo", "my gmail is
// the same as my username here".
const PROVIDER_NAMES = 'gmail|g-mail|hotmail|outlook|yahoo|ymail|protonmail|proton|icloud|zoho|gmx|yandex';
const STARTS_ENDS = new RegExp(
  `\\b(?:starts?|begins?|starting|beginning)\\s{1,5}with\\s{1,5}([\\p{L}\\p{N}][\\p{L}\\p{N}._+-]{1,63})[\\s,]{1,5}(?:and\\s{1,5})?(?:it\\s{1,5})?(?:ends?|ending)\\s{1,5}(?:with|in)\\s{1,5}@?(${PROVIDER_NAMES})\\b`,
  'giu',
);
const SAME_AS_NAME = new RegExp(
  `\\b(?:my|mera|meri)\\s{1,5}(${PROVIDER_NAMES}|e-?mail)(?:\\s{1,5}(?:address|id|account))?\\s{1,5}(?:is|=|hai)\\s{1,5}(?:just\\s{1,5})?(?:the\\s{1,5})?same\\s{1,5}as\\s{1,5}my\\s{1,5}(?:user\\s{0,5}name|handle|name|profile(?:\\s{1,5}name)?|display\\s{1,5}name)(?:\\s{1,5}(?:here|on\\s{1,5}here))?`,
  'giu',
);
const PROVIDER_NAME = new RegExp(`\\b(?:${PROVIDER_NAMES})\\b`, 'iu');
// A short number group typed apart at the end of the handle: "akash.verma 21,".
const TRAILING_DIGITS = /\s([0-9]{1,4})(?=[\s]{0,5}(?:[,;!?]|\.(?!\w)|$))/uy;

// Words that stand before a plain "at" in prose ("find us at", "look at", "meet at").
const PROSE_WORDS = new Set(
  (
    'i me my we us our you your he him his she her they them their it its this that these those who ' +
    'is am are was were be been being do does did have has had will would can could should may might must ' +
    'look looking looked meet meeting met see seen find found work works worked working job jobs based ' +
    'live lives living lived available online hosted host up down out in on off here there now today ' +
    'tomorrow tonight home office school college university team company site website page app store ' +
    'arrive arrived arriving stay stayed staying started start starts ended end ends better good best ' +
    'great well me. anyone someone everyone people folks guys friends colleagues engineer developer ' +
    'designer manager intern employee engineers developers designers staff hello hi hey thanks thank ' +
    'email mail contact reach write me, time place point least last first once all both each either ' +
    'product products service services project projects role position course courses lead senior junior ' +
    'director head founder cofounder ceo cto cfo vp pm'
  ).split(' '),
);

// Function words: next to an at- or dot-word written apart ("a name with 'at' and 'dot' in
// it"), the words are mentioned, not used as symbols.
const MENTION_WORDS = new Set(
  'and or nor but with without the a an of in on to for from by as into than then like'.split(' '),
);

const PROVIDER_DOMAIN_SET = new Set(MAIL_PROVIDER_DOMAINS);
const tldCache = new Map<string, boolean>();

/** A real top-level domain, by linkify's own list (cached: a few hundred names at most). */
function isTld(tld: string): boolean {
  const key = tld.toLowerCase();
  // An ASCII name is a TLD to linkify exactly when it is in its list.
  if (ASCII_LOWER.test(key)) return LINKIFY_TLDS.has(key);
  const hit = tldCache.get(key);
  if (hit !== undefined) return hit;
  let ok = false;
  if (ALPHA_TLD.test(key)) {
    try {
      ok = linkifyTest(`a.${key}`, 'url');
    } catch {
      ok = false;
    }
  }
  if (tldCache.size < 2000) tldCache.set(key, ok);
  return ok;
}

function providerOf(domain: string): { name: string; domain: string; strong: boolean } | undefined {
  const d = domain.toLowerCase();
  if (PROVIDER_DOMAIN_SET.has(d)) {
    const name = d.split('.')[0] as string;
    return { name, domain: d, strong: true };
  }
  const p = MAIL_PROVIDERS[d];
  return p ? { name: d, ...p } : undefined;
}

interface Parts {
  localStart: number;
  localEnd: number;
  domainStart: number;
  domainEnd: number;
}

/** LOCAL_CHAR for one code unit, without a regex for ASCII. */
function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === AT_CODE) return false;
  if (c < 128) return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
  return LOCAL_CHAR.test(text[i] as string);
}

/** DOMAIN_CHAR for one code unit, without a regex for ASCII. */
function isDomainChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === AT_CODE) return false;
  if (c < 128) return isAsciiAlnum(c) || c === 46 || c === 45;
  return DOMAIN_CHAR.test(text[i] as string);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Grows a local part left of `at` and a domain right of it, within RFC lengths. */
function expand(text: string, at: number): Parts | undefined {
  let ls = at;
  while (ls > 0 && at - ls < 64 && isLocalChar(text, ls - 1)) ls--;
  // Leading dots/dashes belong to the prose ("...jane@x.com"), not the address.
  while (ls < at && /[.\-+]/u.test(text[ls] as string)) ls++;
  let de = at + 1;
  while (de < text.length && de - at <= 253 && isDomainChar(text, de)) de++;
  while (de > at + 1 && /[.-]/u.test(text[de - 1] as string)) de--;
  if (ls >= at || de <= at + 1) return undefined;
  // Cut the domain at the first empty or malformed label ("x.com..foo").
  const labels = text.slice(at + 1, de).split('.');
  let len = 0;
  const good: string[] = [];
  for (const l of labels) {
    if (!LABEL.test(l)) break;
    good.push(l);
    len += l.length + 1;
  }
  if (good.length === 0) return undefined;
  return { localStart: ls, localEnd: at, domainStart: at + 1, domainEnd: at + len };
}

/** What the base text shows at a folded character: the mask it was written with. */
function maskEvidence(base: string, st: MappedText, i: number, out: Set<string>): void {
  const raw = base.slice(st.toOriginal[i], st.toOriginal[i + 1]);
  if (raw.length <= 1) return;
  if (/[[\](){}<>"'*_]/u.test(raw)) out.add('bracketed');
  else if (/\p{L}/u.test(raw)) out.add('at-dot-words');
  else out.add('spaced-symbols');
}

function evidenceFor(base: string, st: MappedText, p: Parts, out: Set<string>): void {
  for (let i = p.localStart; i < p.domainEnd; i++) {
    const ch = st.text[i];
    if (ch === '@' || ch === '.' || ch === AT_MARK) maskEvidence(base, st, i, out);
  }
  const rawSpan = base.slice(st.toOriginal[p.localStart], st.toOriginal[p.domainEnd]);
  if (/(?:^|\s)\S(?: \S){3}/u.test(rawSpan)) out.add('spaced-letters');
}

function handleLike(local: string): boolean {
  return HAS_LETTER.test(local) && /[._\d]/u.test(local) && !VERSION_LIKE.test(local) && !CODE_SUFFIX.test(local);
}

function proseWord(local: string): boolean {
  return PROSE_WORDS.has(local.toLowerCase()) || local.length < 2 || !HAS_LETTER.test(local);
}

function cueBefore(text: string, start: number): boolean {
  return CUE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * An address around a local at-word ("собака", "małpa", "et"), itself an ordinary word: a
 * handle-like local part ("ivan.petrov собака …"), or a mail provider's domain (with a
 * spelled dot after an everyday word such as "et": "kontrol et gmail.com" is prose), or a
 * spelled dot with a cue before it ("Почта: …") or an ASCII address around a word of
 * another script ("ivan собака example точка ru").
 */
function localAtAddress(
  rawAt: string,
  local: string,
  domain: string,
  dotSpelled: boolean,
  knownProvider: boolean,
  cue: boolean,
): boolean {
  if (handleLike(local)) return true;
  if (WEAK_AT_WORD.test(rawAt)) return dotSpelled && knownProvider;
  if (knownProvider) return true;
  return dotSpelled && (cue || (NON_LATIN_LETTER.test(rawAt) && ASCII_ONLY.test(local + domain)));
}

/** Decides one "@" or spelled-at candidate; undefined when it is not an address. */
function judge(base: string, st: MappedText, at: number): RawFinding | undefined {
  const text = st.text;
  const p = expand(text, at);
  if (!p) return undefined;
  const spelled = text[at] === AT_MARK;
  const local = text.slice(p.localStart, p.localEnd);
  const domain = text.slice(p.domainStart, p.domainEnd);
  const before = text[p.localStart - 1] ?? '';
  const after = text[p.domainEnd] ?? '';
  // URL credentials, paths and scoped packages: "https://u@host", "/@scope", "a@b@c".
  if (before === '/' || before === '@' || before === '\\') return undefined;
  // A git/scp remote "git@github.com:org/repo.git" is a link, not a mailbox.
  if (after === ':' && /^[\w~/.-]/u.test(text[p.domainEnd + 1] ?? '')) return undefined;
  if (after === '@') return undefined;
  if (VERSION_LIKE.test(local) && !spelled) return undefined;

  const labels = domain.split('.');
  // An "@" written apart as a word or mask between function words: "with 'at' and 'dot' in".
  const rawAtSpan = base.slice(st.toOriginal[at], st.toOriginal[at + 1]);
  if (
    /\s/u.test(rawAtSpan) &&
    (MENTION_WORDS.has(local.toLowerCase()) || MENTION_WORDS.has((labels[0] as string).toLowerCase()))
  )
    return undefined;
  const evidence = new Set<string>();
  const tld = labels[labels.length - 1] as string;
  let canonicalDomain = domain.toLowerCase();
  let confidence: Confidence = 'high';

  if (labels.length === 1) {
    // "jane at gmail", "jane@gmail": only a known mail service makes a domain without a TLD.
    const named = MAIL_PROVIDERS[domain.toLowerCase()];
    if (!named) return undefined;
    if (!named.strong && !handleLike(local) && !cueBefore(text, p.localStart)) return undefined;
    canonicalDomain = named.domain;
    evidence.add('provider-without-tld');
  } else if (!isTld(tld)) {
    return undefined;
  }
  // "https://user:secret@host": credentials inside a URL, reported by the url detector. The
  // last "://" within 120 characters is the one to test: any earlier one has "/" after it.
  const token = text.slice(Math.max(0, p.localStart - 120), p.localStart);
  const scheme = token.lastIndexOf('://');
  if (scheme >= 0 && !/[\s/]/u.test(token.slice(scheme + 3))) return undefined;

  if (spelled) {
    if (proseWord(local)) return undefined;
    const rawDomain = base.slice(st.toOriginal[p.domainStart], st.toOriginal[p.domainEnd]);
    const dotSpelled = labels.length > 1 && /\s|[[\](){}<>"'*_]/u.test(rawDomain);
    const knownProvider = providerOf(domain) !== undefined;
    const cue = cueBefore(text, p.localStart);
    const rawAt = base.slice(st.toOriginal[at], st.toOriginal[at + 1]);
    if (!CLASSIC_AT.has(rawAt.trim().toLowerCase()) && LOCAL_AT_WORD.test(rawAt)) {
      if (!localAtAddress(rawAt, local, domain, dotSpelled, knownProvider, cue)) return undefined;
    } else if (!(dotSpelled || knownProvider || handleLike(local) || cue)) return undefined;
    if (!dotSpelled && !knownProvider && !handleLike(local)) confidence = 'medium';
    if (CODE_SUFFIX.test(local)) return undefined;
  }

  evidenceFor(base, st, p, evidence);
  return {
    start: p.localStart,
    end: p.domainEnd,
    canonical: `${local.toLowerCase()}@${canonicalDomain}`,
    confidence,
    evidence: [...evidence],
  };
}

const COMMON_TLDS_REVERSED = new Set(
  'com net org io co me de uk edu gov info biz us ca in fr es it nl ru br au ch se pl'.split(' '),
);

/** "moc.liamg@enaj": the whole address typed backwards. */
function reversed(text: string, at: number): RawFinding | undefined {
  const p = expand(text, at);
  if (!p) return undefined;
  const local = text.slice(p.localStart, p.localEnd);
  const domain = text.slice(p.domainStart, p.domainEnd);
  // Only when the forward reading fails (no dot after "@", or a last label that is no TLD:
  // "moc.liamg@eman.ila"), with at least one dot before it.
  if (!local.includes('.')) return undefined;
  if (domain.includes('.') && isTld(domain.slice(domain.lastIndexOf('.') + 1))) return undefined;
  const flipped = [...text.slice(p.localStart, p.domainEnd)].reverse().join('');
  const [rLocal, rDomain] = flipped.split('@') as [string, string];
  const labels = rDomain.split('.');
  const tld = (labels[labels.length - 1] as string).toLowerCase();
  if (labels.length < 2 || !COMMON_TLDS_REVERSED.has(tld) || !labels.every((l) => LABEL.test(l))) return undefined;
  if ((labels[labels.length - 2] as string).length < 2 || !HAS_LETTER.test(rLocal)) return undefined;
  return {
    start: p.localStart,
    end: p.domainEnd,
    canonical: `${rLocal.toLowerCase()}@${rDomain.toLowerCase()}`,
    confidence: 'medium',
    evidence: ['reversed'],
  };
}

/** An address told in parts, the provider named: see STARTS_ENDS and SAME_AS_NAME. */
function* riddles(text: string): Generator<RawFinding> {
  for (const m of matchesOf(STARTS_ENDS, text)) {
    const handle = (m[1] as string).replace(/[._+-]{1,64}$/u, '');
    if (!handleLike(handle) || proseWord(handle)) continue;
    const name = (m[2] as string).toLowerCase().replace('-', '');
    const start = m.index + m[0].indexOf(m[1] as string);
    yield {
      start,
      end: m.index + m[0].length,
      canonical: `${handle.toLowerCase()}@${MAIL_PROVIDERS[name]?.domain ?? `${name}.com`}`,
      confidence: 'medium',
      evidence: ['riddle'],
    };
  }
  for (const m of matchesOf(SAME_AS_NAME, text)) {
    // The provider named in the cue or anywhere after it ("… just add @gmail.com").
    const named = /e-?mail/iu.test(m[1] as string)
      ? PROVIDER_NAME.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[0]
      : (m[1] as string);
    if (!named) continue;
    const name = named.toLowerCase().replace('-', '');
    yield {
      start: m.index,
      end: m.index + m[0].length,
      canonical: `(username)@${MAIL_PROVIDERS[name]?.domain ?? `${name}.com`}`,
      confidence: 'medium',
      evidence: ['riddle'],
    };
  }
}

/** Where the whitespace before `at` (at most three characters, one a line break) starts, or -1. */
function lineBreakBefore(text: string, at: number): number {
  let i = at;
  let broke = false;
  while (i > 0 && at - i < 3 && isSpaceCode(text.charCodeAt(i - 1))) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) broke = true;
    i--;
  }
  return broke ? i : -1;
}

/**
 * "sofia.m\n@example.com": an address broken before its "@", the local part alone on the
 * line above. It must look like a user name, and the domain have a real TLD and end the
 * token (not a decorator "@app.route(" or a selector).
 */
function splitLine(text: string, at: number): RawFinding | undefined {
  const le = lineBreakBefore(text, at);
  if (le <= 0) return undefined;
  let ls = le;
  while (ls > 0 && le - ls < 64 && isLocalChar(text, ls - 1)) ls--;
  // The local part is the whole line: nothing but spaces between it and the line's start.
  for (let i = ls - 1; i >= 0 && i >= ls - 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (!isSpaceCode(c) || i === ls - 3) return undefined;
  }
  const local = text.slice(ls, le);
  if (!/^[\p{L}\p{N}]/u.test(local) || !/[\p{L}\p{N}]$/u.test(local)) return undefined;
  const p = expand(`x${text.slice(at)}`, 1);
  if (!p) return undefined;
  const domain = text.slice(at + 1, at + p.domainEnd - 1);
  const labels = domain.split('.');
  if (labels.length < 2 || !isTld(labels[labels.length - 1] as string)) return undefined;
  const after = text[at + p.domainEnd - 1] ?? '';
  if (after !== '' && !/[\s,;!?)\].]/u.test(after)) return undefined;
  if (!(handleLike(local) || providerOf(domain)) || proseWord(local) || CODE_SUFFIX.test(local)) return undefined;
  return {
    start: ls,
    end: at + p.domainEnd - 1,
    canonical: `${local.toLowerCase()}@${domain.toLowerCase()}`,
    confidence: 'medium',
    evidence: ['split-lines'],
  };
}

// Anything the symbol folding could act on; without it the base text is used as it is
// (the shared folding is slow on some long inputs, so it is skipped when it cannot help):
// /[[({<"'*_]|\s[.@/]\s|(?:^|\s)\S \S \S \S(?:\s|$)|\b(?:at|dot|…|arobase)\b/iu, tested in
// parts, since a leading `\b` under /iu is tried slowly at every position.
const MASK_OR_SPACED = /[[({<"'*_]|\s[.@/]\s/u;
const SPACED_CHARS = /(?:^|\s)\S \S \S \S(?:\s|$)/u;
const FOLD_WORD = /(?:at|dot|d0t|punto|ponto|point|punkt|slash|arroba|arobase)(?![0-9A-Z_a-z\u017F\u212A])/giu;

/** Word characters of `\\b` in a /iu regex: ASCII ones, and ſ and K, which fold into them. */
function isWordCharIU(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 0x17f || c === 0x212a;
}

function mayFold(base: string): boolean {
  if (MASK_OR_SPACED.test(base) || SPACED_CHARS.test(base)) return true;
  FOLD_WORD.lastIndex = 0;
  for (let m = FOLD_WORD.exec(base); m !== null; m = FOLD_WORD.exec(base)) {
    if (m.index === 0 || !isWordCharIU(base.charCodeAt(m.index - 1))) return true;
  }
  return false;
}

// Without /u (faster to scan): /iu also folds the Kelvin sign into "k", written out here.
const PROVIDER_GATE = /g-?mail|hotmail|outloo[k\u212A]|yahoo|ymail|proton|icloud|zoho|gmx|yandex|mail\.ru|aol\.com/i;

/*
 * "sara.k🌀gmail.com", "sara.k#gmail.com", "sara.k ⓐ gmail.com": another symbol or an emoji
 * typed where the "@" goes, right before a well-known mail provider's domain (one PROVIDER_GATE
 * names, so the gate above covers it). Punctuation of prose and code, arrows, bullets,
 * dashes and check marks are not stand-ins: "Settings → gmail.com", "a=gmail.com".
 */
const STAND_IN =
  /^[^\p{L}\p{M}\p{N}\s\p{C}.,;:!?'"`´()[\]{}<>/\\|=_%+\-&\u00AB\u00B7\u00BB\u2010-\u203A\u2190-\u21FF\u2212\u2611\u2705\u2713-\u2718\u274C\u274E\u2794-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2B2F\u261D\u{1F446}-\u{1F449}\u{1F800}-\u{1F8FF}]$/u;
const SYMBOL_AT_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}._%+@\uE000-])(?:${MAIL_PROVIDER_DOMAINS.filter((d) => PROVIDER_GATE.test(d))
    .map((d) => d.replace(/[.-]/gu, '\\$&'))
    .join('|')})(?![\\p{L}\\p{M}\\p{N}-]|\\.[\\p{L}\\p{N}])`,
  'giu',
);
// Characters before a local part that make it part of a path, query or fragment.
const NOT_BEFORE_LOCAL = /[/\\@#:=?&]/u;

/** The code point that ends at `end`, as a string. */
function pointBefore(text: string, end: number): string {
  const lo = text.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end >= 2) {
    const hi = text.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.slice(end - 1, end);
}

function spacesBefore(text: string, end: number): number {
  let n = 0;
  while (n < 3 && end - n > 0 && isSpaceCode(text.charCodeAt(end - n - 1))) n++;
  return n;
}

function looksLikeDomain(local: string): boolean {
  const dot = local.lastIndexOf('.');
  const tld = local.slice(dot + 1);
  return dot > 0 && tld.length >= 2 && isTld(tld);
}

/** An address whose "@" is a symbol or emoji, with the provider domain at [ds, de). */
function symbolAt(text: string, ds: number, de: number): RawFinding | undefined {
  const gapAfter = spacesBefore(text, ds);
  if (gapAfter > 2) return undefined;
  let i = ds - gapAfter;
  const symEnd = i;
  for (let k = 0; k < 3 && i > 0; k++) {
    const ch = pointBefore(text, i);
    if (!STAND_IN.test(ch)) break;
    i -= ch.length;
  }
  // A lone "a" between spaces: what the base view makes of a circled ⓐ ("sara.k ⓐ gmail.com").
  if (
    i === symEnd &&
    gapAfter > 0 &&
    (text[i - 1] === 'a' || text[i - 1] === 'A') &&
    isSpaceCode(text.charCodeAt(i - 2))
  )
    i--;
  if (i === symEnd) return undefined;
  const stand = text.slice(i, symEnd);
  const gapBefore = spacesBefore(text, i);
  // Spaces on both sides of the symbol or on neither: "sara.k ⓐ gmail.com", "sara.k#gmail.com".
  if (gapBefore > 2 || gapBefore > 0 !== gapAfter > 0) return undefined;
  const le = i - gapBefore;
  let ls = le;
  while (ls > 0 && le - ls <= 64 && isLocalChar(text, ls - 1)) ls--;
  if (le - ls > 64 || (ls > 0 && NOT_BEFORE_LOCAL.test(text[ls - 1] as string))) return undefined;
  const local = text.slice(ls, le);
  if (local.length < 2 || !/^[\p{L}\p{N}]/u.test(local) || !/[\p{L}\p{N}]$/u.test(local)) return undefined;
  if (proseWord(local) || VERSION_LIKE.test(local) || CODE_SUFFIX.test(local) || PROVIDER_GATE.test(local))
    return undefined;
  // Set apart by spaces, a symbol is an "@" only after a user name that is not itself a
  // domain ("acme.dev ★ gmail.com" lists two sites).
  if (gapBefore > 0 && (!handleLike(local) || looksLikeDomain(local))) return undefined;
  return {
    start: ls,
    end: de,
    canonical: `${local.toLowerCase()}@${text.slice(ds, de).toLowerCase()}`,
    confidence: 'medium',
    evidence: [
      /^\p{Extended_Pictographic}/u.test(stand)
        ? 'emoji-at'
        : stand.length === 1 && /a/iu.test(stand)
          ? 'letter-at'
          : 'symbol-at',
    ],
  };
}

/*
 * Folding only ever writes @ . / and the spelled-at marker, so it makes an "@" or marker
 * only from an at-word ("at", "arroba", "arobase"), from "(a)", or from letters typed one by
 * one that it joins first, or from a local at-word ("собака", "et": LOCAL_AT_HINT finds its
 * first letters). A plain " at " (the marker) can only start an address whose domain is a
 * mail provider or has a dot after its first label, typed or folded (or a local dot-word:
 * "kropka", "точка").
 */
const AT_WORD = /(?:at|arroba|arobase)/giu;
// What folding may make: nothing, an "@" or marker, or one the spelledLocalSymbols step
// reads a local word for.
const NO_AT = 0;
const MAKES_AT = 1;
const MAKES_LOCAL_AT = 2;
const BRACKET_A = /[[({<]\s{0,5}a\s{0,5}[\])}>]/iu;
const AFTER_AT = /\s{1,5}([\p{L}\p{M}\p{N}-]{1,300})/uy;
// "at the rate gmail": the words of the Indian English name of "@" before the domain.
const RATE_WORDS = /^(?:the|d|da|de)$/iu;
const RATE_TAIL = /\s{1,5}rate(?:\s{1,5}of)?(?=\s)/iuy;
const DOT_NEXT = /\.[\p{L}\p{M}\p{N}]|\s{0,5}[[({<"'*_]|\s{1,5}(?:dot|d0t|punto|ponto|point|punkt|\.)/iuy;
// Right before an "@": a bracket around it ("[@]"), or the end of a bracketed or quoted mask
// ("jane[dot]@x"): folding may join it to a local part.
const MASK_END = /(?:[[({<\])}>]|(?:at|d[o0]t)\s?["'*_])\s{0,5}$/iu;

/** A character that opens a mask: [at] (at) {at} <at> "at" 'at' *at* _at_. */
function opensMask(c: number): boolean {
  return c === 91 || c === 40 || c === 123 || c === 60 || c === 34 || c === 39 || c === 42 || c === 95;
}

/** A character that closes a mask. */
function closesMask(c: number): boolean {
  return c === 93 || c === 41 || c === 125 || c === 62 || c === 34 || c === 39 || c === 42 || c === 95;
}

/** NO_AT when folding `base` cannot make an "@" or spelled-at marker that judge accepts. */
function foldMayMakeAt(base: string): number {
  if (SPACED_CHARS.test(base) || BRACKET_A.test(base)) return MAKES_AT;
  AT_WORD.lastIndex = 0;
  for (let m = AT_WORD.exec(base); m !== null; m = AT_WORD.exec(base)) {
    const s = m.index;
    const e = s + m[0].length;
    // Bracketed, quoted and underscored masks: leave them to the folding.
    const open =
      opensMask(base.charCodeAt(s - 1)) || opensMask(base.charCodeAt(s - 2)) || opensMask(base.charCodeAt(s - 3));
    if (
      open &&
      (closesMask(base.charCodeAt(e)) || closesMask(base.charCodeAt(e + 1)) || closesMask(base.charCodeAt(e + 2)))
    )
      return MAKES_AT;
    if (!isSpaceCode(base.charCodeAt(s - 1)) || !isSpaceCode(base.charCodeAt(e))) continue;
    AFTER_AT.lastIndex = e;
    let label = AFTER_AT.exec(base);
    if (!label) continue;
    if (RATE_WORDS.test(label[1] as string)) {
      RATE_TAIL.lastIndex = AFTER_AT.lastIndex;
      if (!RATE_TAIL.test(base)) continue;
      AFTER_AT.lastIndex = RATE_TAIL.lastIndex;
      label = AFTER_AT.exec(base);
      if (!label) continue;
    }
    if (MAIL_PROVIDERS[(label[1] as string).replace(/-+$/u, '').toLowerCase()]) return MAKES_AT;
    DOT_NEXT.lastIndex = AFTER_AT.lastIndex;
    if (DOT_NEXT.test(base)) return MAKES_AT;
    // "ivan at example kropka pl": a local dot-word after the domain's first label.
    LOCAL_DOT_NEXT.lastIndex = AFTER_AT.lastIndex;
    if (LOCAL_DOT_NEXT.test(base)) return MAKES_LOCAL_AT;
  }
  return NO_AT;
}

/**
 * False when no "@" of `base` can become one judge accepts: it needs a local-part character
 * before it, which folding supplies only from a mask ("jane [dot]@x", "jane (at) x") or by
 * closing up " @ " between words. Handles ("hi @sasha") and runs of "@" are ruled out.
 */
function atMayMatter(base: string): boolean {
  if (base.includes(AT_MARK)) return true;
  for (let i = base.indexOf('@'); i >= 0; i = base.indexOf('@', i + 1)) {
    if (i === 0) continue;
    if (isLocalChar(base, i - 1)) return true;
    if (isSpaceCode(base.charCodeAt(i - 1)) && isSpaceCode(base.charCodeAt(i + 1))) return true;
    // A local part on the line above ("sofia.m\n@example.com").
    const lb = lineBreakBefore(base, i);
    if (lb > 0 && isLocalChar(base, lb - 1)) return true;
    // MASK_END ends in a bracket, quote or "*" and at most two spaces: look for that first.
    let q = i - 1;
    while (q > i - 3 && q > 0 && isSpaceCode(base.charCodeAt(q))) q--;
    if (opensMask(base.charCodeAt(q)) || closesMask(base.charCodeAt(q))) {
      if (MASK_END.test(base.slice(Math.max(0, i - 8), i))) return true;
    }
  }
  return false;
}

const FOLD_STEPS = [...VIEW_NORMALIZERS.symbols, emailMasks];
// With a local name of @ ("собака") or one of . after a typed "@" ("ivan@example точка ru"):
// read in an address's shape once the typed and English forms are folded.
const FOLD_STEPS_LOCAL = [...VIEW_NORMALIZERS.symbols, spelledLocalSymbols, emailMasks];

function* findEmails(base: string): Generator<RawFinding> {
  let fold = mayFold(base);
  const atMay = atMayMatter(base);
  const makes = !atMay && fold ? foldMayMakeAt(base) : NO_AT;
  // PROVIDER_GATE is the slowest of these tests: run it on the base text only when needed.
  let provider: boolean | undefined;
  // A local at-word ("собака", "małpa", "et"): read by a step of its own after the shared
  // folding, as is a local dot-word after an "@" or at-word ("ivan@example точка ru").
  let local = makes === MAKES_LOCAL_AT;
  if (!atMay && makes === NO_AT) {
    provider = PROVIDER_GATE.test(base);
    local = LOCAL_AT_HINT.test(base);
    if (!provider && !local) return;
  } else if (!local) {
    local = LOCAL_AT_HINT.test(base) || localDotAfterAt(base);
  }
  fold ||= local;
  const st = fold ? runNormalizers(identity(base), local ? FOLD_STEPS_LOCAL : FOLD_STEPS) : identity(base);
  const text = st.text;
  const found: RawFinding[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 64 && c !== AT_CODE) continue;
    if (i < lastEnd) continue;
    const f = judge(base, st, i) ?? (c === 64 ? (reversed(text, i) ?? splitLine(text, i)) : undefined);
    if (!f) continue;
    found.push(f);
    lastEnd = f.end;
  }
  const main = [...found];
  // PROVIDER_CUE and SYMBOL_AT_DOMAIN name a provider: most texts are ruled out by the cheap
  // test first.
  if (fold ? PROVIDER_GATE.test(text) : (provider ?? PROVIDER_GATE.test(base))) {
    for (const m of matchesOf(SYMBOL_AT_DOMAIN, text)) {
      const f = symbolAt(text, m.index, m.index + m[0].length);
      if (f && !overlapsSorted(main, f.start, f.end)) found.push(f);
    }
    for (const m of matchesOf(PROVIDER_CUE, text)) {
      let handle = (m[2] as string).replace(/[._+-]{1,64}$/u, '');
      const start = m.index + m[0].length - (m[2] as string).length;
      let end = start + handle.length;
      const next = text[end] ?? '';
      if (next === '@' || next === AT_MARK || !handleLike(handle) || proseWord(handle)) continue;
      if (overlapsSorted(main, start, end)) continue;
      TRAILING_DIGITS.lastIndex = end;
      const tail = TRAILING_DIGITS.exec(text);
      if (tail && /\p{L}$/u.test(handle)) {
        handle += tail[1] as string;
        end = TRAILING_DIGITS.lastIndex;
      }
      const name = (m[1] as string).toLowerCase().replace('-', '');
      const domain = MAIL_PROVIDERS[name]?.domain ?? `${name}.com`;
      found.push({
        start,
        end,
        canonical: `${handle.toLowerCase()}@${domain}`,
        confidence: 'medium',
        evidence: ['provider-cue', 'provider-without-tld'],
      });
    }
    for (const f of riddles(text)) if (!overlapsSorted(main, f.start, f.end)) found.push(f);
  }
  // Offsets of `st` are folded-text offsets; the runner wants base-view offsets. The end is
  // taken just after the last kept character, so masks eaten after it are not included.
  for (const f of found) {
    yield { ...f, start: st.toOriginal[f.start] as number, end: (st.toOriginal[f.end - 1] as number) + 1 };
  }
}

export const emailDetector = defineDetector({
  id: 'email',
  categories: ['email'],
  description:
    'Email addresses, plain or masked: [at] (dot), "jane at gmail", "at the rate", local names of @ and . ("собака", "kropka"), spaced letters, reversed, split over lines, a symbol or emoji for the @ before a mail provider, a provider named as the cue.',
  // The detector folds the masks itself (shared symbol steps plus its own) so it can tell
  // from the base text how each "@" and "." was written.
  view: 'base',
  // findEmails' own first test: an "@" or marker that can be an address's (typed, or made
  // by folding, from a local at-word such as "собака" too), or a provider's name for PROVIDER_CUE.
  gate: (base) =>
    atMayMatter(base) || PROVIDER_GATE.test(base) || foldMayMakeAt(base) !== NO_AT || LOCAL_AT_HINT.test(base),
  *find(text) {
    yield* findEmails(text);
  },
  examples: {
    match: [
      'write to jane.doe@example.com',
      'jane [at] example [dot] com',
      'user AT example DOT com',
      'hr(at)example(dot)io',
      'ping kwame.asante at gmail',
      'j a n e @ g m a i l . c o m',
      'mail me: moc.elpmaxe@enaj',
      'my gmail is lena.kraus.design',
      'jane.doe🌀gmail.com',
      'ivan.k собака example точка ru',
      'ravi.k88 at the rate example dot com',
      'mera gmail hai ravi.k88',
      'nina.k\n@example.com',
    ],
    ignore: [
      'meet at 5 dot 30',
      'Learn more about us at example.io',
      'look at the docs',
      '@Entity() export class User {}',
      'npm i @types/node react@18.2.0',
      'git@github.com:acme/repo.git',
      'pay to name@okhdfcbank',
      'open Settings → gmail.com',
      'у меня есть собака и кошка',
      "a file name with 'at' and 'dot' in it",
      'we bill at the rate of 40 USD',
    ],
  },
});
