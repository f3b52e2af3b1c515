import type { RawFinding } from './define';
import { defineDetector } from './define';
import {
  execAll,
  MESSENGER_ANY,
  MESSENGERS,
  NameAlternation,
  platformOf,
  type TaggedWord,
  tagChannels,
  WB_L,
  WB_R,
  weakWordOk,
} from './lexicon';

/*
 * Handles, user names and IDs on messengers and social networks, found through a cue that
 * names the platform: "skype: live:jane_dev", "my telegram is @x", "WeChat ID: zhang_88",
 * "add me on insta @x", "discord jane#1234". A bare @word is an ordinary mention (or a
 * decorator, CSS rule, npm scope) unless a platform is named in the same sentence.
 * Links (t.me/x, wa.me/...) belong to the url detector; digits to the phone detector.
 */

// A handle: letters, digits, _ . - (the union of what the big platforms allow).
const HANDLE_BODY = '[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,38}';

// The rest of a handle with its dots or underscores spelled out: "lena dot codes",
// "dev underscore hassan", "lena[dot]codes" (in either case; LABEL_LATER is case-sensitive).
const SPELLED_SEP =
  '(?:\\s{1,5}(?:dot|DOT|Dot|underscore)\\s{1,5}|\\s{0,5}[[({<]\\s?(?:dot|DOT|Dot|underscore)\\s?[\\])}>]\\s{0,5})';
const SPELLED_REST = `((?:${SPELLED_SEP}[A-Za-z0-9_][A-Za-z0-9_-]{0,30}(?![A-Za-z0-9_-])){1,3})?`;
const SPELLED_SEP_ALL = new RegExp(SPELLED_SEP, 'gu');

/** A spelled rest as typed: "lena dot codes" → ".codes" after "lena". */
function unspell(rest: string): string {
  return rest.replace(SPELLED_SEP_ALL, (sep) => (/underscore/iu.test(sep) ? '_' : '.'));
}

// "telegram: x", "WeChat ID: x", "my skype is x", "insta @x", "Line ID somchai".
const LABEL_REST =
  `(?:\\s{0,5}(?:'s\\s{1,5})?(ID|user\\s?name|user|handle|nick(?:name)?|account|acc|profile|name|number|no\\.?)${WB_R})?` +
  `\\s{0,5}(?:(\\(|[:：=]|->|[-–—]|${WB_L}(?:is|es|é|est|ist|это|هو)${WB_R})\\s{0,5})?` +
  `(?:[("“'«]\\s{0,1})?(@?)(${HANDLE_BODY})${SPELLED_REST}`;
// Tried at a messenger name: one small regex per pair of first letters holds only the names
// that can start there (the whole alternation in one regex compiles to about a megabyte of
// machine code, which every text would run through).
export const LABELLED = new NameAlternation(MESSENGERS, true, (names) => `(${names})${LABEL_REST}`);
/** The full pattern LABELLED stands for (a reference for tests). */
export const LABELLED_SOURCE = `(${MESSENGER_ANY})${LABEL_REST}`;

// An @handle not glued to a word (so not an email), not a scope or a call (@types/x, @Entity().
const AT_HANDLE = /(?<![\p{L}\p{N}_@./:\\-])@([A-Za-z0-9_][A-Za-z0-9_.-]{0,38})/gu;

// Discord's legacy "name#1234": the four-digit discriminator is itself strong evidence.
const DISCRIMINATOR = /(?<![\p{L}\p{N}_/@.#:&-])([A-Za-z][A-Za-z0-9_.]{1,31})#(\d{4})(?![\p{L}\p{N}_#])/gu;

// Skype's "live:" IDs; ".cid." IDs are unmistakable on their own.
// Same flags as SKYPE_LIVE: a text it does not match cannot hold a live: ID.
const SKYPE_GATE = /live:/iu;
const SKYPE_LIVE = /(?<![\p{L}\p{N}_.])live:(\.cid\.[0-9a-f]{6,32}|[A-Za-z0-9_][A-Za-z0-9_.-]{1,38})/giu;

// "search for "kofi_edits"", "my username there is kofi_edits", "add me: jane_88".
const FIND_QUOTED =
  /(?<![\p{L}])(?:search(?:\s{1,5}for)?|look\s{1,5}(?:me\s{1,5})?up|look\s{1,5}for|find(?:\s{1,5}me)?|add(?:\s{1,5}me)?)\s{1,5}(?:as\s{1,5})?["“'«‘]([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})["”'»’]/giu;
const LABEL_LATER = new RegExp(
  `(?<![\\p{L}])(?:user\\s?name|handle|nick(?:name)?|ID)(?:\\s{1,5}(?:there|on\\s{1,5}it|is))?\\s{0,5}(?:[:：=]|is)\\s{0,5}["“'«]?(@?)([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})${SPELLED_REST}`,
  'gu',
);

const SENTENCE_END = /[!?\n。！？]|\.(?=\s)/u;

// Words that follow a platform name when the platform is the topic, not a channel:
// "Telegram bot", "WhatsApp Business API", "Instagram ads", "Chat on WhatsApp button".
const TOPIC_AFTER =
  /^[\s'’s]{0,4}(?:bots?|api|sdk|business|ad\s{1,5}(?:accounts?|sets?|library|campaigns?|creatives?|manager)|channel|group|groups|mini[\s-]?app|integration|button|widget|clone|ads|advert\w{0,6}|marketing|webhooks?|template|automation|store|shop|stories|reels|posts?|feed|content|campaign|analytics|scraper|login|oauth|pixel|plugin|library|lib|client|server|desktop|web|premium|verification|support|account\s{1,5}manager|followers|likes|influencer)(?![\p{L}])/iu;

// Words that are not handles when they follow "platform:" or "platform is".
const STOP = new Set(
  `me my mine is are was the a an and or to for on in at with by of from via bot bots api business group channel
  channels yes no not none na n/a available only here there please link same number phone account id username user
  handle profile page ads marketing integration app apps web desktop mobile premium free ok okay fine better faster
  easier good great best down blocked banned broken slow preferred also too instead now later soon today tomorrow
  if so but as it this that these those we you your our they he she i just only too very more most less can could
  should would will may might must do does did done use using used works working work chat call calls video voice
  message messages group groups stories reels posts content followers verified official
  support sdk client server login button widget template store shop ok contact details info`
    .split(/\s+/u)
    .filter(Boolean),
);

// Reference words that put "#1234" after a name: issue#1234, order#4821, PR#1234.
const REF_WORDS = new Set(
  `issue issues pr prs pull ticket tickets order orders invoice inv no num item items bug bugs case task tasks story
  room job jobs id ref po build version commit step page line row col column part sku model unit apt suite flat
  house lot table figure fig section sec chapter rule req request batch run test episode ep vol track msg message
  post thread comment question room seat gate channel slot week day color colour file note card account acct
  receipt ref order ticket project milestone sprint release rev revision pin code cid hash tag`
    .split(/\s+/u)
    .filter(Boolean),
);

function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 120);
  const slice = text.slice(from, at);
  let cut = -1;
  for (let i = slice.length - 1; i >= 0; i--) {
    const ch = slice[i] as string;
    if (ch === '\n' || ch === '!' || ch === '?' || ch === '。' || ch === '！' || ch === '？') {
      cut = i + 1;
      break;
    }
    if (ch === '.' && /\s/u.test(slice[i + 1] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  return cut < 0 ? from : from + cut;
}

function sentenceEnd(text: string, at: number): number {
  const slice = text.slice(at, at + 80);
  const m = SENTENCE_END.exec(slice);
  return m ? at + m.index : Math.min(text.length, at + 80);
}

/** The last messenger named in [from, to) that is not the topic ("Telegram bot"). */
function cueIn(
  text: string,
  words: readonly TaggedWord[],
  from: number,
  to: number,
): { platform: string; end: number; start: number } | undefined {
  if (to <= from) return undefined;
  let best: { platform: string; end: number; start: number } | undefined;
  // Binary search for the first word ending after `from`, then walk forward.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as TaggedWord).end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < words.length; i++) {
    const w = words[i] as TaggedWord;
    if (w.start >= to) break;
    if (w.start < from || w.end > to) continue;
    if (w.platform === 'email' || w.platform === 'phone' || w.platform === 'meeting') continue;
    if (TOPIC_AFTER.test(text.slice(w.end, w.end + 40))) continue;
    best = { platform: w.platform, start: w.start, end: w.end };
  }
  return best;
}

function trimHandle(h: string): string {
  return h.replace(/[.-]{1,40}$/u, '');
}

function hasLetter(h: string): boolean {
  return /[A-Za-z]/u.test(h);
}

function handleish(h: string): boolean {
  // "10k", "2.5M", "v1.2" are amounts and versions, not user names.
  if (/^v?\d[\d.,]{0,12}[a-z]{0,3}$/iu.test(h)) return false;
  return /[._\d]/u.test(h) && (h.match(/[A-Za-z]/gu)?.length ?? 0) >= 2;
}

function codeAfter(text: string, end: number): boolean {
  return /^(?:\(|\/|\.[a-z]{1,8}\(|::|\[|\s{0,5}=)/u.test(text.slice(end, end + 12));
}

function finding(
  start: number,
  handle: string,
  platform: string | undefined,
  confidence: RawFinding['confidence'],
  evidence: string[],
  spelled = '',
): RawFinding {
  // A spelled rest ("lena dot codes") is part of the span and written out in the canonical.
  const bare = (handle + unspell(spelled)).replace(/^@/u, '').toLowerCase();
  const out: RawFinding = {
    start,
    end: start + handle.length + spelled.length,
    canonical: platform ? `${platform}:${bare}` : bare,
    confidence,
    evidence,
  };
  if (platform) out.platform = platform;
  return out;
}

/**
 * LABELLED's matches, as a global search would find them, tried only where a channel name
 * starts (the cue must be one): the regex is not run at every position of the text.
 */
function* labelledMatches(text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    const m = LABELLED.matchAt(text, at);
    if (!m) continue;
    from = at + m[0].length;
    yield m;
  }
}

function* labelled(text: string, starts: readonly number[]): Generator<RawFinding> {
  for (const m of labelledMatches(text, starts)) {
    const cue = m[1] as string;
    const label = m[2];
    const sep = m[3];
    const at = m[4] as string;
    const handle = trimHandle(m[5] as string);
    // "lena dot codes": only right after the whole handle as typed ("lena. dot x" is prose).
    const spelled = handle === m[5] ? (m[6] ?? '') : '';
    if (!weakWordOk(cue) && !label && !at) {
      // Lower-case "snap: jane.doe" only as a label at the start of a line or sentence.
      const lineStart =
        sentenceStart(text, m.index) >= m.index - 1 ||
        /^\s{0,5}$/u.test(text.slice(sentenceStart(text, m.index), m.index));
      if (!(sep && /^[:：]/u.test(sep) && handleish(m[5] as string) && lineStart)) continue;
    }
    const platform = platformOf(cue);
    if (!platform) continue;
    const cueEnd = m.index + cue.length;
    if (TOPIC_AFTER.test(text.slice(cueEnd, cueEnd + 40)) && !label && !sep) continue;
    const body = at + handle;
    const start = m.index + m[0].length - (m[6] ?? '').length - (m[5] as string).length - at.length;
    if (!hasLetter(handle) || handle.length < 2) continue;
    if (STOP.has(handle.toLowerCase())) continue;
    if (codeAfter(text, start + body.length + spelled.length)) continue;
    // A label with a number word is a phone number's cue ("WhatsApp number: ..."): not ours.
    if (label && /^(?:number|no\.?)$/iu.test(label) && !at) continue;
    const strongSep = sep !== undefined && /^[(:：=\-–—>]/u.test(sep);
    const labelOk = label !== undefined && !/^(?:name|account|acc|profile|number|no\.?)$/iu.test(label);
    let ok = false;
    let confidence: RawFinding['confidence'] = 'medium';
    if (at) {
      ok = true;
      confidence = 'high';
    } else if ((handleish(handle) || spelled) && (strongSep || labelOk || sep || label)) {
      ok = true;
      confidence = 'high';
    } else if (labelOk || strongSep) {
      // A plain word after "platform:" is a handle only where a handle ends: end of line,
      // punctuation, a bracket; "Instagram: reels and stories" is a list of topics.
      const after = text.slice(start + body.length, start + body.length + 6);
      ok = /^(?:\s{0,5}$|\s{0,5}[,;|)\n/]|\s{0,5}\(|[.!?](?:\s|$))/u.test(after) && /^[a-z0-9_.-]+$/u.test(handle);
      if (labelOk) ok = ok || /^(?:\s{0,5}$|\s{0,5}[,;|)(\n/.!?，。])/u.test(after);
    }
    if (!ok) continue;
    const evidence = ['platform-named', at ? 'at-handle' : 'labelled-handle', ...(spelled ? ['spelled-handle'] : [])];
    yield finding(start, body, platform, confidence, evidence, spelled);
  }
}

function* atHandles(text: string, words: readonly TaggedWord[]): Generator<RawFinding> {
  for (const m of execAll(AT_HANDLE, text)) {
    const handle = trimHandle(m[1] as string);
    if (!hasLetter(handle) || handle.length < 2) continue;
    const body = `@${handle}`;
    const start = m.index;
    if (codeAfter(text, start + body.length)) continue;
    if (/bot$/iu.test(handle)) continue;
    // The platform named earlier in the sentence ("my telegram is @x", "on Telegram, I'm @x")
    // or right after ("@x on insta", "@x (telegram)").
    const s = sentenceStart(text, start);
    let cue = cueIn(text, words, Math.max(s, start - 90), start);
    if (!cue) {
      const after = text.slice(
        start + body.length,
        Math.min(sentenceEnd(text, start + body.length), start + body.length + 30),
      );
      const near = /^\s{0,5}(?:\(|on\s{1,5}|in\s{1,5}|at\s{1,5}|via\s{1,5}|[-–—,:]\s{0,5})(?:the\s{1,5})?/iu.exec(
        after,
      );
      if (near) cue = cueIn(text, words, start + body.length + near[0].length, start + body.length + after.length);
      if (cue && cue.start - (start + body.length) > near![0].length + 1) cue = undefined;
    }
    if (!cue) continue;
    yield finding(start, body, cue.platform, 'high', ['platform-named', 'at-handle']);
  }
}

function* discriminators(text: string, words: readonly TaggedWord[]): Generator<RawFinding> {
  for (const m of execAll(DISCRIMINATOR, text)) {
    const name = m[1] as string;
    const lower = name.toLowerCase();
    if (REF_WORDS.has(lower) || /^[A-Z0-9]{1,5}$/u.test(name)) continue;
    const s = sentenceStart(text, m.index);
    const cue = cueIn(text, words, Math.max(s, m.index - 90), m.index);
    const discord = cue?.platform === 'discord';
    if (!discord && !/[a-z]/u.test(name)) continue;
    yield finding(m.index, m[0], 'discord', discord ? 'high' : 'medium', [
      'discriminator',
      ...(discord ? ['platform-named'] : []),
    ]);
  }
}

function* skypeLive(text: string, words: readonly TaggedWord[]): Generator<RawFinding> {
  for (const m of execAll(SKYPE_LIVE, text)) {
    const id = trimHandle(m[1] as string);
    const body = `live:${id}`;
    if (codeAfter(text, m.index + body.length)) continue;
    if (/^\.cid\./u.test(id)) {
      yield finding(m.index, body, 'skype', 'high', ['skype-live-id']);
      continue;
    }
    const s = sentenceStart(text, m.index);
    const cue = cueIn(text, words, Math.max(s, m.index - 90), m.index);
    if (cue?.platform === 'skype') yield finding(m.index, body, 'skype', 'high', ['skype-live-id', 'platform-named']);
    else if (handleish(id) && !/^(?:true|false|null|\d+)$/iu.test(id))
      yield finding(m.index, body, 'skype', 'medium', ['skype-live-id']);
  }
}

// Necessary literals of FIND_QUOTED (a quote) and LABEL_LATER (its label words, same case
// rules): each regex runs only where its literal occurs.
const QUOTE_CHAR = /["“'«‘]/u;
const LATER_LABEL = /user\s?name|handle|nick|ID/u;

function* laterHandles(text: string, words: readonly TaggedWord[]): Generator<RawFinding> {
  const passes: RegExp[] = [];
  if (QUOTE_CHAR.test(text)) passes.push(FIND_QUOTED);
  if (LATER_LABEL.test(text)) passes.push(LABEL_LATER);
  for (const re of passes) {
    for (const m of execAll(re, text)) {
      const at = re === LABEL_LATER ? (m[1] as string) : '';
      const raw = (re === LABEL_LATER ? m[2] : m[1]) as string;
      const rest = re === LABEL_LATER ? (m[3] ?? '') : '';
      const handle = trimHandle(raw);
      const spelled = handle === raw ? rest : '';
      if (!hasLetter(handle) || STOP.has(handle.toLowerCase())) continue;
      if (re === FIND_QUOTED || !at) {
        if (!handleish(handle) && !spelled && re === LABEL_LATER) continue;
      }
      // FIND_QUOTED ends in a closing quote, LABEL_LATER in the handle and its spelled rest.
      const start =
        re === LABEL_LATER
          ? m.index + m[0].length - rest.length - raw.length - at.length
          : m.index + m[0].lastIndexOf(at + raw);
      const body = at + handle;
      if (codeAfter(text, start + body.length + spelled.length)) continue;
      const s = sentenceStart(text, m.index);
      const cue = cueIn(text, words, Math.max(s, m.index - 100), m.index);
      if (!cue) continue;
      const evidence = ['platform-named', 'named-handle', ...(spelled ? ['spelled-handle'] : [])];
      yield finding(start, body, cue.platform, 'high', evidence, spelled);
    }
  }
}

export const handleDetector = defineDetector({
  id: 'handle',
  categories: ['social'],
  description:
    'Messenger and social-network handles, user names and IDs after a cue naming the platform ("my telegram is @x", "WeChat ID: x", "skype live:x", "name#1234").',
  view: 'base',
  // The finders below need a channel word, a '#' or "live:" (see find); tagging is cached
  // and shared with the request detector.
  gate: (base) => base.includes('#') || SKYPE_GATE.test(base) || tagChannels(base).any,
  *find(text) {
    const seen = new Set<string>();
    const { words, starts } = tagChannels(text);
    // Each finder needs something most texts lack; checked before its scan of the text.
    // A cue is a messenger word (cueIn skips email, phone and meeting words).
    const cue = words.some((w) => w.platform !== 'email' && w.platform !== 'phone' && w.platform !== 'meeting');
    const gens: Iterable<RawFinding>[] = [];
    if (starts.length) gens.push(labelled(text, starts));
    if (cue && text.includes('@')) gens.push(atHandles(text, words));
    if (text.includes('#')) gens.push(discriminators(text, words));
    if (SKYPE_GATE.test(text)) gens.push(skypeLive(text, words));
    if (cue) gens.push(laterHandles(text, words));
    for (const gen of gens) {
      for (const f of gen) {
        const key = `${f.start}:${f.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        yield f;
      }
    }
  },
  examples: {
    match: [
      'my telegram is @jane_dev',
      'skype: live:.cid.3f9a2c71e8b04d55',
      'WeChat ID: li_wei_88',
      'find me on discord, pixelfox#1234',
      'add me on insta @jane.codes',
      'find me on the bird app @jane_dev',
      'my telegram is jane dot codes',
    ],
    ignore: [
      '@Entity() export class User {}',
      'npm i @types/node',
      'cc @Daniel, he is in this room',
      'I built WhatsApp bots for two clients',
      'Looking for a Telegram bot developer',
      'we shipped the bird app, thanks @daniel',
    ],
  },
});
