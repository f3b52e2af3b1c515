import { tokenize as linkifyTokenize } from 'linkifyjs';
import { runNormalizers, SPELLED_AT, VIEW_NORMALIZERS } from '../normalize';
import { isSpaceCode } from '../normalize/chars';
import { identity, type MappedText } from '../normalize/mapped-text';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import { AMBIGUOUS_CCTLDS, BARE_GTLDS, type DomainRule, LINKIFY_TLDS, lookupDomain, NOT_DOMAINS } from './domains';
import { matchesOf } from './lexicon';
import type { Category, Confidence } from './types';

const SCHEME = /^([a-z][a-z0-9+.-]{0,20}):\/\//iu;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/u;
// "git@github.com:org/repo.git" and "ssh://git@host/org/repo": a code host, not a mailbox.
const GIT_REMOTE =
  /(?<![\p{L}\p{N}._%+-])(?:ssh:\/\/)?git@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})(?::\d{1,5})?[:/]([\w.~-]{1,100}(?:\/[\w.~-]{1,100}){0,8})/giu;
// A path segment or subdomain that names a careers / application page on any site.
const CAREERS_SEGMENT =
  /^(?:careers?|jobs?|apply|application|join-?us|work-with-us|vacanc(?:y|ies)|openings|open-positions|positions|hiring|recruit(?:ing|ment)?|karriere|stellenangebote|empleos?|carreiras|carrieres|vagas|lavora-con-noi|talent)$/iu;
const CAREERS_HOST_LABEL = /^(?:careers?|jobs|apply|hiring|recruiting|talent)$/iu;
// "meet . google . com / bwr - kzta - pqe": the code's spaced dashes, after the first group.
const MEET_CODE_TAIL = /^\s{0,2}-\s{0,2}[a-z]{4}\s{0,2}-\s{0,2}[a-z]{3}(?![a-z])/iu;
// Characters that make a scheme-less "domain" part of a path or an expression instead.
const PATHISH_BEFORE = /[/\\@$~#=.\p{L}\p{N}_-]/u;
const GIT_AT = /git@/iu;
// Only spelled or spaced links need the symbol folding (it is slow on some long inputs):
// spaced . or /, letters typed one by one, or a spelled word (see mayFold).
const SPACED_SYMBOL = /\s[./]\s/u;
const SPACED_CHARS = /(?:^|\s)\S \S \S \S(?:\s|$)/u;
// A defanged dot or at between word characters: "linkedin[.]com", "t(.)me".
const DEFANGED = /[\p{L}\p{N}_]\s{0,2}[[({<]\s{0,2}[.@]\s{0,2}[\])}>]/u;
// Without /u (faster to scan): /iu would also fold ſ into "s" and K into "k", written out here.
const FOLD_WORD = /(?:dot|d0t|punto|ponto|point|pun[k\u212A]t|[s\u017F]lash)(?![0-9A-Z_a-z\u017F\u212A])/gi;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'go']);

/** Word characters of `\\b` in a /iu regex: ASCII ones, and ſ and K, which fold into them. */
function isWordCharIU(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a
  );
}

/**
 * /\s[./]\s|(?:^|\s)\S \S \S \S(?:\s|$)|\b(?:dot|…|slash)\b/iu, tested in parts: a leading
 * `\b` under /iu is slow (it is tried at every position with Unicode case rules), so the
 * words are found first and the boundary before each is checked here.
 */
function hasFoldWord(text: string): boolean {
  FOLD_WORD.lastIndex = 0;
  for (let m = FOLD_WORD.exec(text); m !== null; m = FOLD_WORD.exec(text)) {
    if (m.index === 0 || !isWordCharIU(text.charCodeAt(m.index - 1))) return true;
  }
  return false;
}

function mayFold(text: string): boolean {
  return SPACED_SYMBOL.test(text) || SPACED_CHARS.test(text) || DEFANGED.test(text) || hasFoldWord(text);
}

const BARE_TLD = new Set(BARE_GTLDS);
const AMBIGUOUS = new Set(AMBIGUOUS_CCTLDS);
const NOT_DOMAIN = new Set(NOT_DOMAINS);

interface Parsed {
  scheme: string;
  host: string;
  /** Path as typed, without query or fragment; "/" when empty. */
  path: string;
  www: boolean;
}

function parse(value: string): Parsed {
  const sm = SCHEME.exec(value);
  const scheme = sm ? (sm[1] as string).toLowerCase() : '';
  let rest = sm ? value.slice(sm[0].length) : value;
  const cut = rest.search(/[/?#]/u);
  let authority = cut < 0 ? rest : rest.slice(0, cut);
  rest = cut < 0 ? '' : rest.slice(cut);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  const host = authority.replace(/:\d{0,5}$/u, '').toLowerCase();
  const q = rest.search(/[?#]/u);
  const path = (q < 0 ? rest : rest.slice(0, q)) || '/';
  const www = /^www\d{0,2}\./u.test(host);
  return { scheme, host: www ? host.replace(/^www\d{0,2}\./u, '') : host, path, www };
}

/** May a scheme-less, www-less domain stand on its own as a link? */
function bareDomainOk(p: Parsed, typedHost: string): boolean {
  if (NOT_DOMAIN.has(p.host)) return false;
  const labels = p.host.split('.');
  const tld = labels[labels.length - 1] as string;
  const typedTld = typedHost.slice(typedHost.lastIndexOf('.') + 1);
  // "done.It works": a missing space after a full stop, not a domain.
  if (/^\p{Lu}/u.test(typedTld) && typedHost !== typedHost.toUpperCase()) return false;
  const hasPath = p.path.length > 1;
  const secondLevel = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] as string);
  if (tld.length === 2) return !AMBIGUOUS.has(tld) || hasPath || secondLevel;
  if (BARE_TLD.has(tld)) return true;
  // Other generic TLDs (".name", ".run", ".email") are mostly code: "user.email".
  return hasPath && /^[a-z]{2,24}$/u.test(tld) && tld.length <= 12;
}

function careersPage(p: Parsed): boolean {
  const first = p.host.split('.')[0] as string;
  if (p.host.split('.').length >= 3 && CAREERS_HOST_LABEL.test(first)) return true;
  return p.path.split('/').some((seg) => CAREERS_SEGMENT.test(seg));
}

function canonicalOf(p: Parsed): string {
  // The host is lower case; the path stays as typed (paths are case-sensitive).
  return (p.host + (p.path === '/' ? '' : p.path)).replace(/\/$/u, '');
}

interface Classified {
  category: Category;
  platform?: string;
  confidence: Confidence;
  evidence: string[];
}

function classify(p: Parsed, rule: DomainRule | undefined, strongForm: boolean): Classified {
  if (rule) {
    const evidence = ['known-domain'];
    if (rule.evidence) evidence.push(rule.evidence);
    // The service's bare home page ("we use calendly.com", "zoom.us") names the product,
    // it does not lead to a person, meeting or form.
    if (p.path.length <= 1 && p.host === rule.host && rule.category !== 'link') {
      return { category: 'link', platform: rule.platform, confidence: 'high', evidence: [...evidence, 'home-page'] };
    }
    return {
      category: rule.category as Category,
      platform: rule.platform,
      confidence: rule.confidence ?? 'high',
      evidence,
    };
  }
  if (careersPage(p)) return { category: 'ats', confidence: 'medium', evidence: ['careers-page'] };
  return { category: 'link', confidence: strongForm ? 'high' : 'medium', evidence: [] };
}

interface Candidate {
  start: number;
  end: number;
  value: string;
}

/** One linkify match → a finding, or undefined when it is not a link worth reporting. */
function judge(text: string, c: Candidate): RawFinding | undefined {
  if (/^mailto:/iu.test(c.value)) return undefined;
  const p = parse(c.value);
  if (!p.host.includes('.') || IPV4.test(p.host) || p.host === 'localhost') return undefined;
  if (p.scheme && !/^(?:https?|ftp)$/u.test(p.scheme)) return undefined;
  const rule = lookupDomain(p.host, p.path.toLowerCase());
  if (rule?.category === 'none') return undefined;
  const strongForm = p.scheme !== '' || p.www;
  if (!strongForm) {
    const before = text[c.start - 1] ?? '';
    if (before !== '' && PATHISH_BEFORE.test(before)) return undefined;
    if (text[c.end] === '(') return undefined;
    const typedHost = c.value.split(/[/?#:]/u)[0] as string;
    if (!rule && !bareDomainOk(p, typedHost)) return undefined;
    if (rule && NOT_DOMAIN.has(p.host)) return undefined;
  }
  const k = classify(p, rule, strongForm);
  const f: RawFinding = {
    start: c.start,
    end: c.end,
    category: k.category,
    canonical: canonicalOf(p),
    confidence: k.confidence,
    evidence: k.evidence,
  };
  if (k.platform) f.platform = k.platform;
  return f;
}

// Links never contain whitespace, so linkify only reads the white-space-free runs (cut into
// 2,000-character chunks) that could hold one: this keeps 100 KB of prose or hostile input
// fast. The runs are found from their hint, so text without one costs a single regex pass:
// "://", or a dot before a letter, since linkify reads a host without a scheme only when it
// ends in a known (alphabetic) TLD: "3.14", "v2.0" and "1-2.3" never reach it.
const LINK_HINT = /\.\p{L}|:\/\//gu;
const CHUNK = /[^\s]{1,2000}/uy;
const MAY_BE_LINK = /\.\p{L}|:\/\//u;

// A draft is scanned again on every pause in typing, and linkify and judge cost microseconds
// per chunk: their verdict on a chunk (with the characters on either side, which judge reads)
// is remembered. Bounded: cleared when full.
const CHUNK_CACHE_SIZE = 1000;
const chunkCache = new Map<string, readonly RawFinding[]>();

/** Drops the chunk verdicts remembered from earlier scans. */
export function forgetLinkChunks(): void {
  if (chunkCache.size > 0) chunkCache.clear();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * False when linkify cannot read a link judge keeps in `chunk`. Linkify ends a link
 * without a scheme in "." and a known TLD (its scanner reads a TLD as a whole run of ASCII
 * letters, lower-cased), and reads a scheme only as "xxx://" or "file:"/"mailto:" (mailto
 * is never kept). A TLD that may hold other letters ("рф", "vermögensberater") passes.
 */
function mayHoldLink(chunk: string): boolean {
  for (let i = chunk.indexOf(':'); i >= 0; i = chunk.indexOf(':', i + 1)) {
    if (chunk.startsWith('//', i + 1)) return true;
    if (i >= 4 && chunk.slice(i - 4, i).toLowerCase() === 'file') return true;
  }
  for (let i = chunk.indexOf('.'); i >= 0; i = chunk.indexOf('.', i + 1)) {
    let j = i + 1;
    while (j < chunk.length && isAsciiLetter(chunk.charCodeAt(j))) j++;
    if (j < chunk.length && chunk.charCodeAt(j) >= 128) return true;
    if (j > i + 1 && LINKIFY_TLDS.has(chunk.slice(i + 1, j).toLowerCase())) return true;
  }
  return false;
}

/** Findings in text[cs, ce) (one chunk), in offsets of `text`. */
function judgeChunk(text: string, cs: number, ce: number): RawFinding[] {
  const chunk = text.slice(cs, ce);
  if (!mayHoldLink(chunk)) return [];
  const key = `${text[cs - 1] ?? ''}\u0000${chunk}\u0000${text[ce] ?? ''}`;
  let rel = chunkCache.get(key);
  if (rel === undefined) {
    const found: RawFinding[] = [];
    // judge reads one character either side of a candidate: the chunk and its neighbours.
    const local = `${text[cs - 1] ?? ''}${chunk}${text[ce] ?? ''}`;
    const shift = cs > 0 ? 1 : 0;
    // linkify's find() without its options: with the defaults it returns each link token's
    // own text and span, and building its href costs time.
    let hits: ReturnType<typeof linkifyTokenize> = [];
    try {
      hits = linkifyTokenize(chunk);
    } catch {
      // A library failure costs this chunk only.
    }
    for (const m of hits) {
      if (!m.isLink || m.t !== 'url') continue;
      const start = m.startIndex();
      const end = m.endIndex();
      const f = judge(local, { start: start + shift, end: end + shift, value: m.toString() });
      if (f) found.push({ ...f, start, end });
    }
    rel = found;
    if (chunkCache.size >= CHUNK_CACHE_SIZE) chunkCache.clear();
    chunkCache.set(key, rel);
  }
  const out: RawFinding[] = [];
  for (const f of rel) {
    out.push({ ...f, start: f.start + cs, end: f.end + cs, evidence: [...(f.evidence ?? [])] });
  }
  return out;
}

/** Judged linkify matches in every chunk that has a hint, in text order. */
function linkFindings(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  // A chunk boundary at or before every later hint: the end of the last chunk looked at.
  let from = 0;
  LINK_HINT.lastIndex = 0;
  for (let m = LINK_HINT.exec(text); m !== null; m = LINK_HINT.exec(text)) {
    const p = m.index;
    let s = p;
    while (s > from && !isSpaceCode(text.charCodeAt(s - 1))) s--;
    // Chunks restart every 2,000 code points of a run: walk them up to the hint.
    let cs = s;
    let ce = s;
    CHUNK.lastIndex = s;
    for (let c = CHUNK.exec(text); c !== null; c = CHUNK.exec(text)) {
      cs = c.index;
      ce = CHUNK.lastIndex;
      if (ce > p) break;
    }
    if (p + m[0].length > ce) {
      // The hint straddles two chunks: neither holds it.
      from = cs;
      LINK_HINT.lastIndex = p + 1;
      continue;
    }
    for (const f of judgeChunk(text, cs, ce)) out.push(f);
    from = ce;
    LINK_HINT.lastIndex = ce;
  }
  return out;
}

/** Does [s, e) overlap a span of `sorted` (disjoint spans, sorted by start)? Binary search. */
function overlapsSorted(sorted: readonly { start: number; end: number }[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { start: number }).start < e) lo = mid + 1;
    else hi = mid;
  }
  const last = sorted[lo - 1];
  return last !== undefined && last.end > s;
}

function* findUrls(base: string): Generator<RawFinding> {
  const found: RawFinding[] = [];

  if (GIT_AT.test(base)) {
    for (const m of matchesOf(GIT_REMOTE, base)) {
      const host = (m[1] as string).toLowerCase();
      const path = (m[2] as string).replace(/\.$/u, '');
      const rule = lookupDomain(host, `/${path.toLowerCase()}`);
      const f: RawFinding = {
        start: m.index,
        end: m.index + m[0].length - ((m[2] as string).length - path.length),
        category: 'link',
        canonical: `${host}/${path}`,
        confidence: 'high',
        evidence: ['git-remote'],
      };
      if (rule?.platform) f.platform = rule.platform;
      found.push(f);
    }
  }

  const remotes = [...found];
  for (const f of linkFindings(base)) {
    if (remotes.length > 0 && overlapsSorted(remotes, f.start, f.end)) continue;
    found.push(f);
  }

  // Spelled and spaced links: "wa dot me slash 9198...", "forms . gle / X", "t . me / x".
  // The marker for a plain "at" becomes a space so it never glues words into a host.
  if (mayFold(base)) {
    const st: MappedText = runNormalizers(identity(base), VIEW_NORMALIZERS.symbols);
    const folded = st.text.split(SPELLED_AT).join(' ');
    // Unchanged by folding: every link in it was judged above on the base text.
    if (folded !== base) found.push(...spelledLinks(base, st, folded, found));
  }

  yield* found;
}

function spelledLinks(base: string, st: MappedText, folded: string, found: readonly RawFinding[]): RawFinding[] {
  const plain = [...found].sort((a, b) => a.start - b.start);
  const spelled: RawFinding[] = [];
  for (const f of linkFindings(folded)) {
    let end = f.end;
    if (f.platform === 'google-meet') {
      const tail = MEET_CODE_TAIL.exec(folded.slice(end, end + 40));
      if (tail) end += tail[0].length;
    }
    const bs = st.toOriginal[f.start] as number;
    const be = (st.toOriginal[end - 1] as number) + 1;
    const raw = base.slice(bs, be);
    // Unchanged by folding: already judged above on the base text.
    if (raw === folded.slice(f.start, end) || overlapsSorted(plain, bs, be)) continue;
    // A folded link must name a known service or a usual TLD: "5 dot 30" never gets here.
    if (!f.evidence?.includes('known-domain') && f.confidence !== 'high' && !/\b(?:dot|punto)\b/iu.test(raw)) continue;
    const how = /\b(?:dot|slash|punto)\b/iu.test(raw) ? 'spelled-url' : 'spaced-url';
    spelled.push({ ...f, start: bs, end: be, evidence: [...(f.evidence ?? []), how] });
  }
  return spelled;
}

export const urlDetector = defineDetector({
  id: 'url',
  categories: ['link', 'social', 'meeting', 'form', 'ats', 'payment'],
  description: 'Links, classified by host: messengers, meetings, forms, applicant systems, payment, other.',
  // Reads the base text and folds "dot"/"slash"/spaced punctuation itself, so it can report
  // how a link was written and keep ordinary links exactly as typed.
  view: 'base',
  // What each of findUrls' three passes needs first: "git@", a token linkify may read, or
  // something the symbol folding can act on.
  gate: (base) => MAY_BE_LINK.test(base) || GIT_AT.test(base) || mayFold(base),
  *find(text) {
    yield* findUrls(text);
  },
  examples: {
    match: [
      'portfolio: github.com/example-dev',
      'chat on wa.me/15555550123',
      'join meet.google.com/abc-defg-hij',
      'fill forms.gle/AbC123xyz',
      'apply at boards.greenhouse.io/acme/jobs/123',
      'pay at paypal.me/example',
      'wa dot me slash 15555550123',
      'https://bit.ly/3xyzAbc',
    ],
    ignore: [
      'see theme.css and package.json',
      'Use forms.ModelForm here',
      'run main.py then README.md',
      'pin react@18.2.0',
      'the value is 3.14',
      'my profile: https://www.upwork.com/freelancers/~01abc',
    ],
  },
});
