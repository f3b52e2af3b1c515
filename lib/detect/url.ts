import { tokenize as linkifyTokenize } from 'linkifyjs';
import { runNormalizers, SPELLED_AT, VIEW_NORMALIZERS } from '../normalize';
import { isAlnumPoint, isSpaceCode } from '../normalize/chars';
import { identity, type MappedText } from '../normalize/mapped-text';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import {
  AMBIGUOUS_CCTLDS,
  BARE_GTLDS,
  DOMAIN_RULES,
  type DomainRule,
  LINKIFY_TLDS,
  lookupDomain,
  NOT_DOMAINS,
} from './domains';
import { matchesOf } from './lexicon';
import { firstStartingFrom, overlapsSorted } from './sorted';
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
  let st: MappedText | undefined;
  let folded = base;
  if (mayFold(base)) {
    st = runNormalizers(identity(base), VIEW_NORMALIZERS.symbols);
    folded = st.text.split(SPELLED_AT).join(' ');
    // Unchanged by folding: every link in it was judged above on the base text.
    if (folded !== base) found.push(...spelledLinks(base, st, folded, found));
    else st = undefined;
  }
  if (folded.includes('/')) found.push(...brandPaths(base, st, folded, found));

  // Plain links that say more in their context: a name typed in two words, a contact page.
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as RawFinding;
    if (f.category !== 'link' || !f.canonical) continue;
    const slash = f.canonical.indexOf('/');
    found[i] = joinSplitBrand(base, f, f.canonical, slash) ?? contactForm(base, f, f.canonical, slash) ?? f;
  }
  yield* found;
}

/** Hosts of the known services by their name ("linkedin" → linkedin.com), for brandPaths. */
const BRAND_HOSTS = new Map<string, string[]>();
// Names that are everyday words too ("line/wire", "cash slash card").
const WORD_NAMES = new Set(
  'threads line signal wire chime doodle forms tally lever breezy homerun angel indeed cash wise square beacons'.split(
    ' ',
  ),
);
for (const r of DOMAIN_RULES) {
  if (r.category === 'none' || r.category === 'link') continue;
  const labels = r.host.split('.');
  const name = labels[0] as string;
  if (labels.length !== 2 || name.length < 4 || WORD_NAMES.has(name)) continue;
  const list = BRAND_HOSTS.get(name) ?? [];
  if (!list.includes(r.host)) list.push(r.host);
  BRAND_HOSTS.set(name, list);
}
// Tails of the known hosts that a name typed as two words leaves as a host: "pal.me" of
// paypal.me, "book.com" of facebook.com (what joinSplitBrand looks up first).
const SPLIT_TAILS = new Set<string>();
for (const r of DOMAIN_RULES) {
  const dot = r.host.indexOf('.');
  for (let k = 2; k < dot - 1; k++) SPLIT_TAILS.add(r.host.slice(k));
}
// Look-alike characters of a brand name typed in leet ("L1nked1n", "p@yp@l").
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '|': 'l',
};
/** A character of a brand name as typed: a letter, digit or leet symbol (@ $ |). */
function isBrandChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 124;
  return isAlnumPoint(text.codePointAt(i) as number);
}

/** Where the brand name typed right before the "/" at i starts, or -1: see brandPaths. */
function brandBefore(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < 24 && isBrandChar(text, s - 1)) s--;
  if (i - s < 4 || (s > 0 && /[\p{L}\p{N}_./@\\:-]/u.test(text[s - 1] as string))) return -1;
  for (const name of leetForms(text.slice(s, i))) if (BRAND_HOSTS.has(name)) return s;
  return -1;
}

/** Some "/" follows a service's name: brandPaths' necessary condition, for the gate. */
function mayBeBrandPath(text: string): boolean {
  for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) if (brandBefore(text, i) >= 0) return true;
  return false;
}
// A path that names someone: a digit, dot, dash or underscore inside a segment.
const HANDLE_PATH = /[\p{L}\p{N}][\d._-]|\d/u;
const PATH_AFTER = /[\p{L}\p{N}_.~%-]{1,100}(?:\/[\p{L}\p{N}_.~%-]{1,100}){0,4}/uy;

function leetForms(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/[0-9@$|]/u.test(lower)) return [lower];
  const i = lower.replace(/[0-9@$|]/gu, (c) => LEET[c] ?? c);
  // "1" is an "i" or an "l".
  return lower.includes('1') ? [i, lower.replace(/[0-9@$|]/gu, (c) => (c === '1' ? 'l' : (LEET[c] ?? c)))] : [i];
}

/**
 * "L1nked1n slash in slash jane-doe", "paypal slash janedoe": a service's name, leet or not,
 * then a path but no TLD. Read as the service's link only where the path is one of its own
 * (linkedin.com/in/…) or the slash was spelled out and the service is a messenger, payment or
 * meeting link: "facebook/react" typed in a repository path stays as it is.
 */
function brandPaths(
  base: string,
  st: MappedText | undefined,
  text: string,
  found: readonly RawFinding[],
): RawFinding[] {
  const out: RawFinding[] = [];
  let sorted: RawFinding[] | undefined;
  for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
    const s = brandBefore(text, i);
    if (s < 0) continue;
    const hosts = leetForms(text.slice(s, i)).flatMap((name) => BRAND_HOSTS.get(name) ?? []);
    if (hosts.length === 0) continue;
    PATH_AFTER.lastIndex = i + 1;
    const pm = PATH_AFTER.exec(text);
    if (!pm) continue;
    const path = `/${pm[0].replace(/[.-]{1,100}$/u, '')}`;
    const end = i + path.length;
    const bs = st ? (st.toOriginal[s] as number) : s;
    const be = st ? (st.toOriginal[end - 1] as number) + 1 : end;
    const spelled = /\bslash\b/iu.test(base.slice(bs, be));
    let hit: RawFinding | undefined;
    for (const host of hosts) {
      const rule = lookupDomain(host, path.toLowerCase());
      if (!rule || rule.category === 'none' || rule.category === 'link') continue;
      // The service's own path with a name after it ("/in/jane-doe"), or a spelled slash
      // before a user name ("paypal slash jane_doe"; "whatsapp slash telegram" is a choice).
      const ownPath = rule.path?.test(path.toLowerCase()) && path.indexOf('/', 1) > 0;
      if (!(ownPath || (spelled && HANDLE_PATH.test(path)))) continue;
      hit = {
        start: bs,
        end: be,
        category: rule.category,
        platform: rule.platform,
        canonical: `${host}${path}`,
        confidence: 'medium',
        evidence: ['known-domain', 'brand-without-tld', ...(spelled ? ['spelled-url'] : [])],
      };
      break;
    }
    if (!hit) continue;
    sorted ??= [...found].sort((a, b) => a.start - b.start);
    // A link it only widens ("instagram slash jane.doe.art" holds "jane.doe.art") gives way.
    if (!overlapsSorted(sorted, hit.start, hit.end) || widensOnly(sorted, hit.start, hit.end)) out.push(hit);
  }
  return out;
}

/**
 * "pay pal dot me slash jane", "face book.com/jane": a service's name typed as two words, so
 * that only its second half reads as the host. Joined when the two make a known service's host.
 */
function joinSplitBrand(base: string, f: RawFinding, canonical: string, slash: number): RawFinding | undefined {
  if (f.start < 2 || base.charCodeAt(f.start - 1) !== 32) return undefined;
  const host = slash < 0 ? canonical : canonical.slice(0, slash);
  if (!SPLIT_TAILS.has(host)) return undefined;
  let s = f.start - 1;
  while (s > 0 && f.start - 1 - s < 12 && /\p{L}/u.test(base[s - 1] as string)) s--;
  if (s === f.start - 1 || (s > 0 && /[\p{L}\p{N}_.@/-]/u.test(base[s - 1] as string))) return undefined;
  const path = slash < 0 ? '/' : canonical.slice(slash);
  if (lookupDomain(host)) return undefined;
  const joined = `${base.slice(s, f.start - 1).toLowerCase()}${host}`;
  const rule = lookupDomain(joined, path.toLowerCase());
  if (!rule || rule.host !== joined || rule.category === 'none') return undefined;
  const k = classify(parse(`${joined}${path}`), rule, false);
  const out: RawFinding = {
    start: s,
    end: f.end,
    category: k.category,
    canonical: `${joined}${path === '/' ? '' : path}`,
    confidence: 'medium',
    evidence: [...k.evidence, ...(f.evidence ?? []).filter((e) => !k.evidence.includes(e)), 'split-name'],
  };
  if (k.platform) out.platform = k.platform;
  return out;
}

// A site's own contact page: "example.dev/contact", "/contact-us", "/get-in-touch".
const CONTACT_PATH =
  /^(?:contact(?:[-_]?(?:us|me|form))?|get-in-touch|kontakt|contacto|contato|contatti)(?:\.html?|\.php)?\/?$/iu;
// Around it, the sender offers it as a way to reach them ("my site", "reach me")…
const CONTACT_OFFER =
  /\bmy\s{1,5}(?:own\s{1,5})?(?:site|website|web\s{1,5}site|page|portfolio|blog|studio|agency)\b|\b(?:reach|contact|message|ping|email)\s{1,5}me\b|\bget\s{1,5}in\s{1,5}touch\s{1,5}with\s{1,5}me\b|\b(?:drop|leave|send)\s{1,5}(?:me\s{1,5})?a\s{1,5}(?:message|note|line)\b/iu;
// …and is not asking for work on the page itself ("fix the form at example.com/contact").
const CONTACT_WORK =
  /\b(?:fix|fixed|fixing|broken|bugs?|errors?|404|redesign\w{0,3}|build|built|styl\w{1,4}|tests?|testing|update|spam|captcha|recaptcha|plugin|smtp|fields?|embed|migrat\w{1,5}|layout|css|wordpress|webflow)\b/iu;

/** A link to a contact page on the sender's own site, offered as a way to reach them: a form. */
function contactForm(base: string, f: RawFinding, canonical: string, slash: number): RawFinding | undefined {
  // The path is one short segment starting "c", "g" or "k" (contact, get-in-touch, kontakt).
  if (slash < 0 || canonical.length - slash > 22 || !/[cgk]/iu.test(canonical[slash + 1] ?? '')) return undefined;
  if (!CONTACT_PATH.test(canonical.slice(slash + 1))) return undefined;
  if (f.evidence?.includes('known-domain')) return undefined;
  const around = base.slice(Math.max(0, f.start - 120), Math.min(base.length, f.end + 80));
  if (!CONTACT_OFFER.test(around) || CONTACT_WORK.test(around)) return undefined;
  return { ...f, category: 'form', confidence: 'medium', evidence: [...(f.evidence ?? []), 'contact-page'] };
}

/**
 * Does [s, e) hold every span of `sorted` (disjoint, by start) it overlaps, and more than
 * each? The overlapping spans are the ones just before the first that starts at or after e.
 */
function widensOnly(sorted: readonly { start: number; end: number }[], s: number, e: number): boolean {
  for (let i = firstStartingFrom(sorted, e) - 1; i >= 0; i--) {
    const f = sorted[i] as { start: number; end: number };
    if (f.end <= s) break;
    if (f.start < s || f.end > e || (f.start === s && f.end === e)) return false;
  }
  return true;
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
    // A plain link it only widens ("f b . c o m / jane.doe" holds "jane.doe") gives way.
    if (raw === folded.slice(f.start, end) || (overlapsSorted(plain, bs, be) && !widensOnly(plain, bs, be))) continue;
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
  // What each of findUrls' passes needs first: "git@", a token linkify may read, something
  // the symbol folding can act on, or a "/" after a service's name.
  gate: (base) => MAY_BE_LINK.test(base) || GIT_AT.test(base) || mayFold(base) || mayBeBrandPath(base),
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
      'L1nked1n slash in slash jane-doe',
      'pay pal dot me slash jane_doe',
    ],
    ignore: [
      'see theme.css and package.json',
      'Use forms.ModelForm here',
      'run main.py then README.md',
      'pin react@18.2.0',
      'the value is 3.14',
      'my profile: https://www.upwork.com/freelancers/~01abc',
      'we forked facebook/react last year',
    ],
  },
});
