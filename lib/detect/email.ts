import { test as linkifyTest } from 'linkifyjs';
import { runNormalizers, SPELLED_AT, VIEW_NORMALIZERS } from '../normalize';
import { defineNormalizer } from '../normalize/define';
import { identity, type MappedText, TextBuilder } from '../normalize/mapped-text';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import { MAIL_PROVIDER_DOMAINS, MAIL_PROVIDERS } from './domains';
import { matchesOf } from './lexicon';
import type { Confidence } from './types';

// Masks the shared "symbols" view leaves alone, folded here only for emails (the jira-style
// masks): "user"At"example", "user _at_ example _D0t_ com". Quotes and underscores around a
// bare at/dot never occur in prose, so this is as safe as the bracketed forms.
const QUOTED_AT = /\s{0,2}(["'*_])\s{0,1}(?:at)\s{0,1}\1\s{0,2}/giu;
const QUOTED_DOT = /\s{0,2}(["'*_])\s{0,1}(?:d[o0]t)\s{0,1}\1\s{0,2}/giu;

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

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LOCAL_CHAR = /^[\p{L}\p{M}\p{N}._%+-]$/u;
const DOMAIN_CHAR = /^[\p{L}\p{M}\p{N}.-]$/u;
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const ALPHA_TLD = /^\p{L}{2,24}$/u;
const VERSION_LIKE = /^v?\d{1,6}(?:\.\d{1,6}){0,4}$/iu;
const HAS_LETTER = /\p{L}/u;
// A local part that is itself a file or framework name ("Node.js at vercel.com").
const CODE_SUFFIX = /\.(?:js|ts|jsx|tsx|net|io|py|rb|go|md|json|css|html|php|java|com|org)$/iu;
// A cue that an address follows: "email", "mail me", "correo", "write to", "contact".
const CUE =
  /(?:e-?mail|\bmail|correo|courriel|e-?posta|posta|adresse|endere[çc]o|\bwrite\s{1,3}(?:to|me)\b|\bcontact\b|\breach\s{1,3}me\b|\binbox\b|\bgmail|\bhotmail|\boutlook)/iu;
// "my gmail is lena.kraus.design": a provider named as a cue, then a handle-like local part.
const PROVIDER_CUE =
  /\b(?:my|our|the)\s{1,3}(gmail|g-mail|hotmail|outlook|yahoo|ymail|protonmail|proton|icloud|zoho|gmx|yandex)(?:\s{1,3}(?:address|account|id|is\s{1,3}just))?\s{0,3}(?:is|:|=|-)?\s{1,3}(?:just\s{1,3})?([\p{L}\p{N}][\p{L}\p{N}._+-]{1,63})/giu;

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

const PROVIDER_DOMAIN_SET = new Set(MAIL_PROVIDER_DOMAINS);
const tldCache = new Map<string, boolean>();

/** A real top-level domain, by linkify's own list (cached: a few hundred names at most). */
function isTld(tld: string): boolean {
  const key = tld.toLowerCase();
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

/** Grows a local part left of `at` and a domain right of it, within RFC lengths. */
function expand(text: string, at: number): Parts | undefined {
  let ls = at;
  while (ls > 0 && at - ls < 64 && LOCAL_CHAR.test(text[ls - 1] as string)) ls--;
  // Leading dots/dashes belong to the prose ("...jane@x.com"), not the address.
  while (ls < at && /[.\-+]/u.test(text[ls] as string)) ls++;
  let de = at + 1;
  while (de < text.length && de - at <= 253 && DOMAIN_CHAR.test(text[de] as string)) de++;
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
    if (ch === '@' || ch === '.' || ch === SPELLED_AT) maskEvidence(base, st, i, out);
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

/** Decides one "@" or spelled-at candidate; undefined when it is not an address. */
function judge(base: string, st: MappedText, at: number): RawFinding | undefined {
  const text = st.text;
  const p = expand(text, at);
  if (!p) return undefined;
  const spelled = text[at] === SPELLED_AT;
  const local = text.slice(p.localStart, p.localEnd);
  const domain = text.slice(p.domainStart, p.domainEnd);
  const before = text[p.localStart - 1] ?? '';
  const after = text[p.domainEnd] ?? '';
  // URL credentials, paths and scoped packages: "https://u@host", "/@scope", "a@b@c".
  if (before === '/' || before === '@' || before === '\\') return undefined;
  // A git/scp remote "git@github.com:org/repo.git" is a link, not a mailbox.
  if (after === ':' && /^[\w~/.-]/u.test(text[p.domainEnd + 1] ?? '')) return undefined;
  if (after === '@') return undefined;
  // "https://user:secret@host": credentials inside a URL, reported by the url detector.
  const token = text.slice(Math.max(0, p.localStart - 120), p.localStart);
  if (/:\/\/[^\s/]{0,120}$/u.test(token)) return undefined;
  if (VERSION_LIKE.test(local) && !spelled) return undefined;

  const evidence = new Set<string>();
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] as string;
  let canonicalDomain = domain.toLowerCase();
  let confidence: Confidence = 'high';
  const provider = providerOf(labels.length === 1 ? domain : domain);

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

  if (spelled) {
    if (proseWord(local)) return undefined;
    const rawDomain = base.slice(st.toOriginal[p.domainStart], st.toOriginal[p.domainEnd]);
    const dotSpelled = labels.length > 1 && /\s|[[\](){}<>"'*_]/u.test(rawDomain);
    const knownProvider = provider !== undefined;
    const cue = cueBefore(text, p.localStart);
    if (!(dotSpelled || knownProvider || handleLike(local) || cue)) return undefined;
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
  // Only when the forward reading fails: no dot after "@", at least one before it.
  if (domain.includes('.') || !local.includes('.')) return undefined;
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

/** Does [s, e) overlap a span of `sorted` (disjoint spans, sorted by start)? Binary search. */
function overlapsSorted(sorted: readonly RawFinding[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as RawFinding).start < e) lo = mid + 1;
    else hi = mid;
  }
  const last = sorted[lo - 1];
  return last !== undefined && last.end > s;
}

// Anything the symbol folding could act on; without it the base text is used as it is
// (the shared folding is slow on some long inputs, so it is skipped when it cannot help).
const MAY_FOLD =
  /[[({<"'*_]|\s[.@/]\s|(?:^|\s)\S \S \S \S(?:\s|$)|\b(?:at|dot|d0t|punto|ponto|point|punkt|slash|arroba|arobase)\b/iu;

const PROVIDER_GATE = /gmail|g-mail|hotmail|outlook|yahoo|ymail|proton|icloud|zoho|gmx|yandex/iu;

function* findEmails(base: string): Generator<RawFinding> {
  const st = MAY_FOLD.test(base)
    ? runNormalizers(identity(base), [...VIEW_NORMALIZERS.symbols, emailMasks])
    : identity(base);
  const text = st.text;
  const found: RawFinding[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '@' && ch !== SPELLED_AT) continue;
    if (i < lastEnd) continue;
    const f = judge(base, st, i) ?? (ch === '@' ? reversed(text, i) : undefined);
    if (!f) continue;
    found.push(f);
    lastEnd = f.end;
  }
  const main = [...found];
  for (const m of matchesOf(PROVIDER_CUE, text)) {
    const handle = (m[2] as string).replace(/[._+-]{1,64}$/u, '');
    const start = m.index + m[0].length - (m[2] as string).length;
    const end = start + handle.length;
    const next = text[end] ?? '';
    if (next === '@' || next === SPELLED_AT || !handleLike(handle) || proseWord(handle)) continue;
    if (overlapsSorted(main, start, end)) continue;
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
  // Offsets of `st` are folded-text offsets; the runner wants base-view offsets. The end is
  // taken just after the last kept character, so masks eaten after it are not included.
  for (const f of found) {
    yield { ...f, start: st.toOriginal[f.start] as number, end: (st.toOriginal[f.end - 1] as number) + 1 };
  }
}

export const emailDetector = defineDetector({
  id: 'email',
  categories: ['email'],
  description: 'Email addresses, plain or masked: [at] (dot), "jane at gmail", spaced letters, reversed.',
  // The detector folds the masks itself (shared symbol steps plus its own) so it can tell
  // from the base text how each "@" and "." was written.
  view: 'base',
  // findEmails looks at '@' (typed, or made by folding, which runs only when MAY_FOLD
  // passes) and at PROVIDER_CUE, which names a provider.
  gate: (base) => base.includes('@') || base.includes(SPELLED_AT) || MAY_FOLD.test(base) || PROVIDER_GATE.test(base),
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
    ],
    ignore: [
      'meet at 5 dot 30',
      'Learn more about us at example.io',
      'look at the docs',
      '@Entity() export class User {}',
      'npm i @types/node react@18.2.0',
      'git@github.com:acme/repo.git',
      'pay to name@okhdfcbank',
    ],
  },
});
