import { isSpaceCode } from '../normalize/chars';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import {
  atHandleOnly,
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
  wordAt,
} from './lexicon';
import { partitionPoint } from './sorted';

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
// A dot typed between spaces ("mari . fotografa . rj") reads the same (see spelledOk).
const SPELLED_SEP =
  '(?:\\s{1,5}(?:dot|DOT|Dot|underscore)\\s{1,5}|\\s{0,5}[[({<]\\s?(?:dot|DOT|Dot|underscore)\\s?[\\])}>]\\s{0,5}|\\s{1,5}\\.\\s{1,5})';
const SPELLED_REST = `((?:${SPELLED_SEP}[A-Za-z0-9_][A-Za-z0-9_-]{0,30}(?![A-Za-z0-9_-])){1,3})?`;
const SPELLED_SEP_ALL = new RegExp(SPELLED_SEP, 'gu');

/** A spelled rest as typed: "lena dot codes" → ".codes" after "lena". */
function unspell(rest: string): string {
  return rest.replace(SPELLED_SEP_ALL, (sep) => (/underscore/iu.test(sep) ? '_' : '.'));
}

// What may follow a handle that ends a clause: the end, punctuation, a bracket.
const CLAUSE_END = /^(?:\s{0,5}$|\s{0,5}[,;|)\n/]|[.!?](?:\s|$)|\s{1,5}[-–—(])/u;

/**
 * Whether a spelled rest belongs to the handle. Dots typed between spaces are also how a
 * sentence may go on ("my telegram is down . i'm busy"): only lower-case parts, and two such
 * dots or the end of the clause after the last part ("mari . fotografa . rj", "jo . dev,").
 */
function spelledOk(rest: string, after: string): boolean {
  if (!rest || /dot|underscore/iu.test(rest)) return true;
  const parts = rest.split('.').slice(1);
  if (!parts.every((p) => /^\s{0,5}[a-z0-9_]/u.test(p))) return false;
  return parts.length >= 2 || CLAUSE_END.test(after);
}

// "telegram: x", "WeChat ID: x", "my skype is x", "insta @x", "Line ID somchai".
// Then an aside before a colon ("ig (read it backwards): x"), a separator (French "c'est",
// an arrow), an opening quote, the handle.
const LABEL_REST =
  `(?:\\s{0,5}(?:'s\\s{1,5})?(ID|user\\s?name|user|handle|nick(?:name)?|account|acc|profile|name|number|no\\.?)${WB_R})?` +
  `(\\s{0,5}\\([^()\\n]{1,40}\\)(?=\\s{0,5}[:：]))?` +
  `\\s{0,5}(?:(\\(|=>|[:：=]|->|→|[-–—]|${WB_L}(?:is|es|é|est|ist|c['’]est|это|هو)${WB_R})\\s{0,5})?` +
  `(?:([("“'«‘])\\s{0,1})?(@?)(${HANDLE_BODY})${SPELLED_REST}`;
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

// What makes "name#1234" a Discord or Battle.net tag when no messenger is named: the
// network ("dc", "battle.net", "btag") or a first-person ask to add or reach the writer.
const TAG_CUE_BEFORE =
  /(?<![\p{L}])(?:dc|battle\.?net|b\.net|bnet|battle\s{0,5}tag|btag|blizzard|add\s{1,5}me|friend\s{1,5}me|hmu|hit\s{1,5}me\s{1,5}up|find\s{1,5}me|ping\s{1,5}me|dm\s{1,5}me|message\s{1,5}me|my\s{1,5}(?:tag|id|user\s?name|handle)|i['’]?m|i\s{1,5}am)(?![\p{L}])/iu;
const TAG_CUE_AFTER = /^\s{0,5}(?:on|in|at|\(|-|—|,)\s{0,5}(?:dc|discord|battle\.?net|bnet|btag)(?![\p{L}])/iu;

// Skype's "live:" IDs; ".cid." IDs are unmistakable on their own.
// Same flags as SKYPE_LIVE: a text it does not match cannot hold a live: ID.
const SKYPE_GATE = /live:/iu;
const SKYPE_LIVE = /(?<![\p{L}\p{N}_.])live:(\.cid\.[0-9a-f]{6,32}|[A-Za-z0-9_][A-Za-z0-9_.-]{1,38})/giu;

// "search for "kofi_edits"", "my username there is kofi_edits", "add me: jane_88".
const FIND_QUOTED =
  /(?<![\p{L}])(?:search(?:\s{1,5}for)?|look\s{1,5}(?:me\s{1,5})?up|look\s{1,5}for|find(?:\s{1,5}me)?|add(?:\s{1,5}me)?)\s{1,5}(?:as\s{1,5})?["“'«‘]([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})["”'»’]/giu;
const LABEL_LATER = new RegExp(
  `(?<![\\p{L}])(?:user\\s?name|handle|nick(?:name)?|ID|name(?=\\s{1,5}(?:there|on\\s{1,5}it)${WB_R}))(?:\\s{1,5}(?:there|on\\s{1,5}it|is))?\\s{0,5}(?:[:：=]|is)\\s{0,5}["“'«]?(@?)([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})${SPELLED_REST}`,
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

// Titles whose dot ends no sentence: "i-message si Ms. Joy @x" is one sentence.
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'sra', 'jr', 'mme', 'mlle']);

/** Whether the dot at `i` ends a title ("Ms.", "Dr."). */
function abbreviationAt(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && j > i - 5 && /\p{L}/u.test(text[j - 1] as string)) j--;
  if (j > 0 && /\p{L}/u.test(text[j - 1] as string)) return false;
  return TITLES.has(text.slice(j, i).toLowerCase());
}

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
    if (ch === '.' && /\s/u.test(slice[i + 1] ?? '') && !abbreviationAt(slice, i)) {
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
  for (let i = partitionPoint(words.length, (k) => (words[k] as TaggedWord).end <= from); i < words.length; i++) {
    const w = words[i] as TaggedWord;
    if (w.start >= to) break;
    if (w.start < from || w.end > to) continue;
    if (w.platform === 'email' || w.platform === 'phone' || w.platform === 'meeting') continue;
    if (TOPIC_AFTER.test(text.slice(w.end, w.end + 40))) continue;
    if (inLink(text, w.start)) continue;
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

// LABEL_REST on its own, tried right after a tagged name the buckets do not hold (spelled
// out: "t e l e g r a m: x"): its groups are LABELLED's without the cue.
const REST_AFTER = new RegExp(LABEL_REST, 'uy');

/**
 * LABELLED's matches, as a global search would find them, tried only where a channel name
 * starts (the cue must be one): the regex is not run at every position of the text. Then
 * LABEL_REST after the tagged names that start nowhere LABELLED was tried.
 */
function labelled(text: string, starts: readonly number[], words: readonly TaggedWord[]): RawFinding[] {
  const out: RawFinding[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    const m = LABELLED.matchAt(text, at);
    if (!m) continue;
    from = at + m[0].length;
    const cue = m[1] as string;
    const f = labelledFinding(text, m.index, cue, platformOf(cue), m, 1);
    if (f) out.push(f);
  }
  let k = 0;
  for (const w of words) {
    while (k < starts.length && (starts[k] as number) < w.start) k++;
    if (starts[k] === w.start || !isMessenger(w.platform)) continue;
    REST_AFTER.lastIndex = w.end;
    const m = REST_AFTER.exec(text);
    const f = m && labelledFinding(text, w.start, text.slice(w.start, w.end), w.platform, m, 0);
    if (f) out.push(f);
  }
  return out;
}

const isMessenger = (p: string): boolean => p !== 'email' && p !== 'phone' && p !== 'meeting';

// A first-person possessive right before the platform: "my snap", "mon snap", "mera telegram".
const MINE_BEFORE =
  /(?:^|[^\p{L}])(?:my|mera|meri|mere|apna|apni|apne|mon|ma|mi|meu|minha|mio|mia|mein|meine|mijn|moj|moja|mój)\s{1,5}$/iu;
// Lower-case weak names read after such a possessive and a separator ("mon snap c'est x").
const LOWER_AFTER_MINE = new Set(['snap', 'sc', 'signal']);
// A Hindi/Urdu copula after the handle: "mera telegram usman_gfx hai".
const COPULA_AFTER = /^\s{1,5}(?:hai|hain|he|h)(?![\p{L}])/iu;
const CLOSING_QUOTE: Readonly<Record<string, string>> = {
  '"': '"”',
  '“': '”"',
  "'": "'’",
  '‘': "’'",
  '«': '»',
  '(': ')',
};

// A link before the word in the same token ("github.com/kvstudio/tg-pay-bot"): a path, not
// a platform named in prose.
const LINK_PREFIX = /[a-z0-9-]\.[a-z]{2,24}(?::\d{1,5})?\/|:\/\//iu;

function inLink(text: string, at: number): boolean {
  let i = at;
  const stop = Math.max(0, at - 200);
  while (i > stop && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  // A link has a dot and a slash (or "://") before the word.
  return at - i >= 5 && LINK_PREFIX.test(text.slice(i, at));
}

/** A label that names a handle ("ID", "username", "handle"), not "name" or "account". */
function labelOk(label: string | undefined): boolean {
  return label !== undefined && !/^(?:name|account|acc|profile|number|no\.?)$/iu.test(label);
}

/**
 * The handle of one labelled match: `m` is LABELLED's match (`o` 1, its cue in group 1) or
 * REST_AFTER's after a tagged word (`o` 0), `index` where the cue starts.
 */
function labelledFinding(
  text: string,
  index: number,
  cue: string,
  platform: string | undefined,
  m: RegExpExecArray,
  o: number,
): RawFinding | undefined {
  const label = m[o + 1];
  const aside = m[o + 2];
  const sep = m[o + 3];
  const quote = m[o + 4];
  const at = m[o + 5] as string;
  const raw = m[o + 6] as string;
  const rest = m[o + 7] ?? '';
  const handle = trimHandle(raw);
  if (!platform || !hasLetter(handle) || handle.length < 2 || STOP.has(handle.toLowerCase())) return undefined;
  const matchEnd = m.index + m[0].length;
  const start = matchEnd - rest.length - raw.length - at.length;
  const body = at + handle;
  // "lena dot codes": only right after the whole handle as typed ("lena. dot x" is prose).
  const spelled = handle === raw && (!rest || spelledOk(rest, text.slice(matchEnd, matchEnd + 12))) ? rest : '';
  const end = start + body.length + spelled.length;
  if (!weakWordOk(cue) && !label && !at) {
    // Lower-case "snap: jane.doe" only as a label at the start of a line or sentence,
    // or after "my" ("my snap is jane.doe", "mon snap c'est jane.doe").
    const lineStart =
      sentenceStart(text, index) >= index - 1 || /^\s{0,5}$/u.test(text.slice(sentenceStart(text, index), index));
    const afterMine = sep !== undefined && LOWER_AFTER_MINE.has(cue.toLowerCase()) && mineBefore(text, index);
    if (!(sep && ((/^[:：]/u.test(sep) && lineStart) || afterMine) && (handleish(raw) || spelled))) return undefined;
  }
  if (atHandleOnly(cue) && !at && !labelOk(label)) return undefined;
  const cueEnd = index + cue.length;
  if (TOPIC_AFTER.test(text.slice(cueEnd, cueEnd + 40)) && !label && !sep) return undefined;
  if (codeAfter(text, end) || inLink(text, index)) return undefined;
  // A label with a number word is a phone number's cue ("WhatsApp number: ..."): not ours.
  if (label && /^(?:number|no\.?)$/iu.test(label) && !at) return undefined;
  // An aside before the colon: the handle must end the clause, and the aside is no topic
  // ("Telegram (bot API): send_message, ..." lists methods).
  if (aside && (!(at || handleish(handle) || spelled) || !CLAUSE_END.test(text.slice(end, end + 6)))) return undefined;
  if (aside && TOPIC_AFTER.test(aside.replace(/^\s{0,5}\(/u, ''))) return undefined;
  const strongSep = sep !== undefined && /^[(:：=\-–—>→]/u.test(sep);
  const named = labelOk(label);
  let ok = false;
  let confidence: RawFinding['confidence'] = 'medium';
  if (at) {
    ok = true;
    confidence = 'high';
  } else if (
    (handleish(handle) || spelled) &&
    (strongSep || named || sep || label || givenAsMine(text, index, end, quote))
  ) {
    ok = true;
    confidence = 'high';
  } else if (named || strongSep) {
    // A plain word after "platform:" is a handle only where a handle ends: end of line,
    // punctuation, a bracket; "Instagram: reels and stories" is a list of topics.
    const next = text.slice(start + body.length, start + body.length + 6);
    ok = /^(?:\s{0,5}$|\s{0,5}[,;|)\n/]|\s{0,5}\(|[.!?](?:\s|$))/u.test(next) && /^[a-z0-9_.-]+$/u.test(handle);
    if (named) ok = ok || /^(?:\s{0,5}$|\s{0,5}[,;|)(\n/.!?，。])/u.test(next);
  }
  if (!ok) return undefined;
  const evidence = ['platform-named', at ? 'at-handle' : 'labelled-handle', ...(spelled ? ['spelled-handle'] : [])];
  return finding(start, body, platform, confidence, evidence, spelled);
}

function mineBefore(text: string, index: number): boolean {
  return MINE_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * After "my <platform>" with no separator, a handle in quotes that end the clause or come
 * before a copula ("mera telegram 'usman_gfx' hai"), or one before a copula ("mera telegram
 * usman_gfx hai"). "my whatsapp 'send_message' template" names a template.
 */
function givenAsMine(text: string, index: number, end: number, quote: string | undefined): boolean {
  const closing = quote ? (CLOSING_QUOTE[quote] ?? '') : '';
  const quoted =
    closing !== '' &&
    closing.includes(text[end] ?? '\n') &&
    (CLAUSE_END.test(text.slice(end + 1, end + 7)) || COPULA_AFTER.test(text.slice(end + 1, end + 9)));
  return (quoted || COPULA_AFTER.test(text.slice(end, end + 8))) && mineBefore(text, index);
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
    cue ??= groupToJoin(text, words, Math.max(s, start - 90), start);
    if (!cue) continue;
    yield finding(start, body, cue.platform, 'high', ['platform-named', 'at-handle']);
  }
}

// A messenger's group or channel the writer asks to join: "Telegram group join karo @x",
// "join our WhatsApp channel @x". (Without "join" it is the topic: "our Telegram channel
// @acme_news has 2k members".)
const GROUP_AFTER = /^\s{1,5}(?:group|groups|channel|server|community)(?![\p{L}])/iu;
const JOIN = /(?<![\p{L}])(?:join|únete|unete|rejoins|entre|entra)(?![\p{L}])/iu;

function groupToJoin(
  text: string,
  words: readonly TaggedWord[],
  from: number,
  to: number,
): { platform: string; start: number; end: number } | undefined {
  for (const w of words) {
    if (w.start < from || w.end > to || !isMessenger(w.platform)) continue;
    if (!GROUP_AFTER.test(text.slice(w.end, w.end + 14)) || inLink(text, w.start)) continue;
    if (JOIN.test(text.slice(from, to))) return w;
  }
  return undefined;
}

function* discriminators(text: string, words: readonly TaggedWord[]): Generator<RawFinding> {
  for (const m of execAll(DISCRIMINATOR, text)) {
    const name = m[1] as string;
    const lower = name.toLowerCase();
    if (REF_WORDS.has(lower) || /^[A-Z0-9]{1,5}$/u.test(name)) continue;
    const s = sentenceStart(text, m.index);
    const from = Math.max(s, m.index - 90);
    const cue = cueIn(text, words, from, m.index);
    const discord = cue?.platform === 'discord';
    if (!discord && !/[a-z]/u.test(name)) continue;
    // The shape alone is also a gamer tag or a score row ("player tags like Nova#4821"): a
    // messenger, a gaming network or a first-person "add me" must be near.
    const end = m.index + m[0].length;
    if (!cue && !TAG_CUE_BEFORE.test(text.slice(from, m.index)) && !TAG_CUE_AFTER.test(text.slice(end, end + 30)))
      continue;
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
const LATER_LABEL = /user\s?name|handle|nick|ID|name\s{1,5}(?:there|on)/u;

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
      const restEnd = m.index + m[0].length;
      const spelled = handle === raw && spelledOk(rest, text.slice(restEnd, restEnd + 12)) ? rest : '';
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

// "Signal works for me, I'm bogdan.42 there", "I go by jane_dev on there": a handle the
// writer says they are there, where a messenger is named before.
// Tried on the text before each "there" / "on it".
const THERE_WORDS = ['there', 'on it'] as const;
const I_AM_THERE =
  /(?<![\p{L}])(?:I['’]?m|I\s{1,5}am|I\s{1,5}go\s{1,5}by)\s{1,5}([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})\s{1,5}(?:on\s{1,5})?$/iu;
// "I'm jo.dev on Signal": the same right before the messenger (tried at each one).
const I_AM_ON =
  /(?<![\p{L}])(?:I['’]?m|I\s{1,5}am|I\s{1,5}go\s{1,5}by)\s{1,5}([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})\s{1,5}(?:on|in)\s{1,5}(?:the\s{1,5})?$/iu;

// A handle set off by dashes after "on Discord" in a first-person sentence, tried right
// after each messenger word: "I'm usually on Discord more than here — nightowl_dev — if
// you...". Between the two only words of being there: "on Telegram a lot for news —
// crypto_daily —" names a channel read there. (Not brackets: "on Discord most days
// (UTC_plus_2)" is a note.)
const SET_OFF =
  /(?:\s{1,5}(?:more|than|here|mostly|usually|these|those|days|a|lot|most|of|the|time|too|also|as|well|now|always|often|anyway|btw|though|lately|nowadays|really|mainly|way)(?![\p{L}])){0,6}\s{0,5},?\s{0,5}(?:[—–]|(?<=\s)-)\s{0,5}(@?)([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})\s{0,5}(?=[—–]|-(?:\s|$)|$)/iuy;
const FIRST_PERSON = /(?<![\p{L}])(?:i|i['’]m|im)(?![\p{L}])/iu;

// Snapchat's ghost beside a handle: "Snap me 👻 → jess.xo22", "👻: jess.xo22", "@jess 👻".
const GHOST =
  /👻\s{0,5}(?:([:：=→>]|->|-)\s{0,5})?(@?)([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})|(?<![\p{L}\p{N}_@.])(@)([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})\s{0,5}👻/gu;
const GHOST_ASK = /(?<![\p{L}])(?:snap|sc|add|me|my|hmu|follow|find)(?![\p{L}])/iu;

// Hints that give the handle away where a messenger is named: "same name as here", "same
// handle on IG and TT as my profile name", "search my username on X", "the handle is my
// first name + underscore + dev", "username is my name here backwards".
// (English words: \\b is their boundary, and lets the regex look for its first letters.)
const SAME_NAME = new RegExp(
  `\\bsame\\s{1,5}(?:user\\s?name|handle|name|nick(?:name)?|id|tag)(?:\\s{1,5}[^\\s.!?,;]{1,20}){0,6}?\\s{1,5}as\\s{1,5}(?:(?:on|in)\\s{1,5})?(?:here|upwork|(?:my|this)\\s{1,5}upwork|(?:my|this)(?:\\s{1,5}(?:upwork|freelancer|display|public|real|full|account|profile|user)){0,4}\\s{1,5}(?:profile|account|name|user\\s?name|handle|one))${WB_R}`,
  'giu',
);
const NAME_HINT = new RegExp(
  `\\b(?:(?:search|look\\s{1,5}up|look\\s{1,5}for|find)(?:\\s{1,5}for)?\\s{1,5}my\\s{1,5}(?:full\\s{1,5}|real\\s{1,5})?(?:user\\s?name|handle|name|nick(?:name)?)|(?:user\\s?name|handle|nick(?:name)?)(?:\\s{1,5}(?:there|on\\s{1,5}it|here))?\\s{1,5}is\\s{1,5}(?:just\\s{1,5})?(?:the\\s{1,5}same\\s{1,5}as\\s{1,5})?my\\s{1,5}(?:(?:first|full|real|last|upwork)\\s{1,5})?name)${WB_R}`,
  'giu',
);
// What the rarer forms need, found in one pass: "there" / "on it" (iAmThere), "same"
// (SAME_NAME), "my" and "name" / "handle" (NAME_HINT).
const NEEDS = /there|on it|[Ss]ame|name|handle|\b[Mm]y\s/g;
const NEED_THERE = 1;
const NEED_SAME = 2;
const NEED_NAME = 4;
const NEED_MY = 8;
const NEED_ALL = 15;

function moreNeeds(text: string): number {
  let need = 0;
  NEEDS.lastIndex = 0;
  for (let m = NEEDS.exec(text); m !== null && need !== NEED_ALL; m = NEEDS.exec(text)) {
    const c = m[0].charCodeAt(0) | 32;
    if (c === 116 || c === 111) need |= NEED_THERE;
    else if (c === 115) need |= NEED_SAME;
    else if (c === 109) need |= NEED_MY;
    else need |= NEED_NAME;
  }
  return need;
}

/** A messenger named in the sentence around [start, end) (before it, inside, or after). */
function cueAround(text: string, words: readonly TaggedWord[], start: number, end: number) {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  return cueIn(text, words, Math.max(s, start - 100), Math.min(e, end + 60));
}

/**
 * A capitalized messenger name in [from, to) that no context made a tagged word ("Signal
 * works for me"): enough before "I'm <handle> there", which says the name is a place.
 */
function capitalizedName(text: string, starts: readonly number[], from: number, to: number) {
  for (let k = partitionPoint(starts.length, (i) => (starts[i] as number) < from); k < starts.length; k++) {
    const at = starts[k] as number;
    if (at >= to) break;
    const word = /^\p{Lu}[\p{L}]{1,15}/u.exec(text.slice(at, at + 16))?.[0] ?? '';
    const platform = word && weakWordOk(word) ? platformOf(word) : undefined;
    const end = at + word.length;
    if (platform && isMessenger(platform) && !TOPIC_AFTER.test(text.slice(end, end + 40)))
      return { platform, start: at, end };
  }
  return undefined;
}

/** The handle of an I_AM_THERE or I_AM_ON match, if it reads as one. */
function said(text: string, m: RegExpExecArray, platform: string): RawFinding | undefined {
  const raw = m[1] as string;
  const handle = trimHandle(raw);
  if (!handleish(handle) || STOP.has(handle.toLowerCase())) return undefined;
  const start = m.index + m[0].indexOf(raw);
  if (codeAfter(text, start + handle.length) || inLink(text, start)) return undefined;
  return finding(start, handle, platform, 'high', ['platform-named', 'named-handle']);
}

function iAmThere(out: RawFinding[], text: string, words: readonly TaggedWord[], starts: readonly number[]): void {
  for (const word of THERE_WORDS) {
    for (let i = text.indexOf(word, 8); i >= 0; i = text.indexOf(word, i + 1)) {
      if (isWordCode(text.charCodeAt(i + word.length)) || isWordCode(text.charCodeAt(i - 1))) continue;
      if (!handleBefore(text, i, word === 'there')) continue;
      const back = Math.max(0, i - 60);
      const m = I_AM_THERE.exec(text.slice(back, i));
      if (!m) continue;
      m.index += back;
      const from = Math.max(sentenceStart(text, m.index), m.index - 100);
      const cue = cueIn(text, words, from, m.index) ?? capitalizedName(text, starts, from, m.index);
      const f = cue && said(text, m, cue.platform);
      if (f) out.push(f);
    }
  }
}

/** A letter, digit or underscore (ASCII, or any letter beyond). */
function isWordCode(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return /\p{L}/u.test(String.fromCharCode(c));
}

/**
 * Where "on", "in", "at" or "via" starts right before `at` (past spaces and one "the"), or
 * -1: by character codes, as it is tried at every messenger word.
 */
function prepStart(text: string, at: number, the = true): number {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === at) return -1;
  let j = i;
  while (j > 0 && j > i - 4 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  if (j > 0 && isWordCode(text.charCodeAt(j - 1))) return -1;
  const a = text.charCodeAt(j) | 32;
  const b = text.charCodeAt(j + 1) | 32;
  if (i - j === 3 && a === 116 && b === 104 && (text.charCodeAt(j + 2) | 32) === 101) {
    // "the" ("on the app with ..."): the word before it.
    return the ? prepStart(text, j, false) : -1;
  }
  if (i - j === 2 && b === 110 && (a === 111 || a === 105)) return j;
  if (i - j === 2 && a === 97 && b === 116) return j;
  return i - j === 3 && a === 118 && b === 105 && (text.charCodeAt(j + 2) | 32) === 97 ? j : -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The preposition at `j` (see prepStart) is "on" or "in" (I_AM_ON's). */
const onOrIn = (text: string, j: number): boolean =>
  j >= 0 && (text.charCodeAt(j) | 32) !== 97 && (text.charCodeAt(j) | 32) !== 118;
/** The preposition at `j` is "on", "at" or "via" (SET_OFF's). */
const onAtVia = (text: string, j: number): boolean => j >= 0 && (text.charCodeAt(j) | 32) !== 105;

/**
 * Whether the token before `at` (past spaces, and one "on" if asked) reads as a handle:
 * letters with a dot, underscore or digit ("bogdan.42 there", "jo.dev on Signal"). Tried
 * before the regexes of "I'm <handle> there / on X", which most "there"s and "on X"s fail.
 */
function handleBefore(text: string, at: number, skipOn: boolean): boolean {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (skipOn && i >= 3 && (text.charCodeAt(i - 1) | 32) === 110 && (text.charCodeAt(i - 2) | 32) === 111) {
    if (isSpaceCode(text.charCodeAt(i - 3))) {
      i -= 2;
      while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    }
  }
  let letters = 0;
  let mark = false;
  for (let j = i; j > 0 && i - j < 40; j--) {
    const c = text.charCodeAt(j - 1);
    if (isAsciiLetter(c)) letters++;
    else if (c === 46 || c === 95 || (c >= 48 && c <= 57)) mark = true;
    else if (c !== 45) break;
  }
  return mark && letters >= 2;
}

/**
 * Which of I_AM_ON ("I'm jo.dev on Signal") and SET_OFF ("on Discord — x —") may match at
 * some messenger word: bits 1 and 2.
 */
function prepositions(text: string, words: readonly TaggedWord[]): number {
  let bits = 0;
  let dash: boolean | undefined;
  for (const w of words) {
    if (w.start < 3 || !isMessenger(w.platform)) continue;
    const j = prepStart(text, w.start);
    if (j < 0) continue;
    if (onOrIn(text, j) && handleBefore(text, j, false)) bits |= 1;
    if (onAtVia(text, j)) {
      dash ??= text.includes('—') || text.includes('–') || text.includes(' - ');
      if (dash) bits |= 2;
    }
  }
  return bits;
}

/** Whether some channel name starts with a capital letter (ASCII or not). */
function capitalizedStart(text: string, starts: readonly number[]): boolean {
  for (const at of starts) {
    const c = text.charCodeAt(at);
    if ((c >= 65 && c <= 90) || (c >= 128 && /\p{Lu}/u.test(text[at] as string))) return true;
  }
  return false;
}

function iAmOn(out: RawFinding[], text: string, words: readonly TaggedWord[]): void {
  for (const w of words) {
    if (w.start < 3 || !isMessenger(w.platform)) continue;
    const j = prepStart(text, w.start);
    if (!onOrIn(text, j) || !handleBefore(text, j, false)) continue;
    const from = Math.max(0, w.start - 64);
    const m = I_AM_ON.exec(text.slice(from, w.start));
    if (!m || TOPIC_AFTER.test(text.slice(w.end, w.end + 40))) continue;
    m.index += from;
    const f = said(text, m, w.platform);
    if (f) out.push(f);
  }
}

function setOff(out: RawFinding[], text: string, words: readonly TaggedWord[]): void {
  for (const cue of words) {
    if (!isMessenger(cue.platform) || cue.start < 3 || !onAtVia(text, prepStart(text, cue.start))) continue;
    SET_OFF.lastIndex = cue.end;
    const m = SET_OFF.exec(text);
    if (!m) continue;
    const at = m[1] as string;
    const raw = m[2] as string;
    const handle = trimHandle(raw);
    if (at || !handleish(handle) || STOP.has(handle.toLowerCase())) continue;
    const start = m.index + m[0].lastIndexOf(raw);
    if (codeAfter(text, start + handle.length) || inLink(text, cue.start)) continue;
    if (TOPIC_AFTER.test(text.slice(cue.end, cue.end + 40))) continue;
    if (!FIRST_PERSON.test(text.slice(sentenceStart(text, cue.start), cue.start))) continue;
    out.push(finding(start, handle, cue.platform, 'high', ['platform-named', 'set-off-handle']));
  }
}

function ghosts(out: RawFinding[], text: string): void {
  for (const m of execAll(GHOST, text)) {
    const sep = m[1];
    const at = (m[2] ?? m[4]) as string;
    const raw = (m[3] ?? m[5]) as string;
    const handle = trimHandle(raw);
    if (!hasLetter(handle) || handle.length < 2 || STOP.has(handle.toLowerCase())) continue;
    if (!at && !handleish(handle)) continue;
    const start = m.index + m[0].indexOf(at + raw);
    const body = at + handle;
    if (codeAfter(text, start + body.length)) continue;
    // "👻 party_2024" may be a mood: without @ or a separator after the ghost, an ask must
    // come before ("snap me 👻 jess.xo").
    if (!at && !sep && !GHOST_ASK.test(text.slice(sentenceStart(text, m.index), m.index))) continue;
    out.push(finding(start, body, 'snapchat', 'high', ['platform-emoji', at ? 'at-handle' : 'named-handle']));
  }
}

function hints(out: RawFinding[], text: string, words: readonly TaggedWord[], re: RegExp): void {
  for (const m of execAll(re, text)) {
    const end = m.index + m[0].length;
    // "search my name on Google": a place named right after must be the messenger.
    const place = /^\s{1,5}(?:on|in|at|via)\s{1,5}(?:the\s{1,5})?/iu.exec(text.slice(end, end + 12));
    const there = place ? wordAt(words, end + place[0].length) : undefined;
    const cue = place
      ? there && there.start === end + place[0].length && cueIn(text, words, there.start, there.end)
      : cueAround(text, words, m.index, end);
    if (!cue || inLink(text, cue.start)) continue;
    out.push({
      start: m.index,
      end,
      canonical: `${cue.platform}:~${re === SAME_NAME ? 'same-name' : 'name-hint'}`,
      confidence: 'medium',
      evidence: ['platform-named', 'handle-hint'],
      platform: cue.platform,
    });
  }
}

/**
 * The rarer forms, each tried only where a word it needs occurs (most texts allocate
 * nothing here).
 */
function rarer(text: string, words: readonly TaggedWord[], starts: readonly number[], cue: boolean): RawFinding[] {
  // (A ghost is two code units: a one-byte text is ruled out at once.)
  const ghost = text.includes('👻');
  const need = cue ? moreNeeds(text) : 0;
  const preps = cue ? prepositions(text, words) : 0;
  const on = (preps & 1) !== 0;
  const presence = (preps & 2) !== 0;
  // "Signal works for me, I'm x there": a capitalized name no context tagged.
  const there = cue ? (need & NEED_THERE) !== 0 : capitalizedStart(text, starts) && text.includes('there');
  const name = (need & (NEED_NAME | NEED_MY)) === (NEED_NAME | NEED_MY);
  if (!ghost && !on && !presence && !there && !name && (need & NEED_SAME) === 0) return NONE;
  const out: RawFinding[] = [];
  if (ghost) ghosts(out, text);
  if (there) iAmThere(out, text, words, starts);
  if (need & NEED_SAME) hints(out, text, words, SAME_NAME);
  if (name) hints(out, text, words, NAME_HINT);
  if (on) iAmOn(out, text, words);
  if (presence) setOff(out, text, words);
  return out;
}

const NONE: RawFinding[] = [];

export const handleDetector = defineDetector({
  id: 'handle',
  categories: ['social'],
  description:
    'Messenger and social-network handles, user names and IDs after a cue naming the platform ("my telegram is @x", "WeChat ID: x", "skype live:x", "name#1234").',
  view: 'base',
  // The finders below need a channel word, a '#', "live:" or 👻 (see find); tagging is cached
  // and shared with the request detector.
  gate: (base) => base.includes('#') || SKYPE_GATE.test(base) || tagChannels(base).any || base.includes('👻'),
  *find(text) {
    const { words, starts } = tagChannels(text);
    // Each finder needs something most texts lack; checked before its scan of the text.
    // A cue is a messenger word (cueIn skips email, phone and meeting words).
    const cue = words.some((w) => w.platform !== 'email' && w.platform !== 'phone' && w.platform !== 'meeting');
    // One list, each finder's loop apart (a loop over generators and arrays at once is slow).
    const found: RawFinding[] = starts.length || cue ? labelled(text, starts, words) : [];
    if (cue && text.includes('@')) for (const f of atHandles(text, words)) found.push(f);
    if (text.includes('#')) for (const f of discriminators(text, words)) found.push(f);
    if (SKYPE_GATE.test(text)) for (const f of skypeLive(text, words)) found.push(f);
    if (cue) for (const f of laterHandles(text, words)) found.push(f);
    for (const f of rarer(text, words, starts, cue)) found.push(f);
    if (found.length < 2) {
      yield* found;
      return;
    }
    const seen = new Set<string>();
    for (const f of found) {
      const key = `${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield f;
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
      'snap me 👻 mila.snaps_22',
      "I'm on Signal, I go by rita_k.22 there",
    ],
    ignore: [
      'The scoreboard lists gamer tags such as Orbit#7710 beside each rank',
      'Demo repo: github.com/acme/tg-pay-bot',
      '@Entity() export class User {}',
      'npm i @types/node',
      'cc @Daniel, he is in this room',
      'I built WhatsApp bots for two clients',
      'Looking for a Telegram bot developer',
      'we shipped the bird app, thanks @daniel',
    ],
  },
});
