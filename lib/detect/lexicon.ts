import { isAlnumPoint } from '../normalize/chars';
/**
 * Names of off-platform channels (messengers, social networks, email, phone, meeting apps)
 * with their common misspellings, slang and non-Latin spellings. Shared by the `handle` and
 * `request` detectors. Exports regex SOURCE strings (compiled by the detectors with the `u`
 * and `i` flags) and `platformOf` to name the platform behind a matched word.
 *
 * Latin names of five letters or more are matched "fuzzily": each letter may be repeated
 * (whatsappp) or replaced by a digit or symbol that looks like it (t3l3gr4m, teIegram,
 * wh@tsapp), because the base view only folds Cyrillic/Greek look-alikes.
 */

/**
 * Every match of a global regex. Uses `exec` on the regex itself: `matchAll` clones the
 * regex, and a clone of a large alternation is recompiled on every call (milliseconds).
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/**
 * Exactly what `text.matchAll(re)` yields, without the clone `matchAll` makes (a clone of
 * a large regex is compiled again on every call). Starts at re.lastIndex and leaves it as
 * it was, also while the caller's loop body runs, so code in the loop that uses the same
 * regex sees what it saw with matchAll. `re` must be global, as matchAll requires.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  const from = re.lastIndex;
  let next = from;
  try {
    for (;;) {
      re.lastIndex = next;
      const m = re.exec(text);
      if (m === null) return;
      next = re.lastIndex;
      if (m[0].length === 0) {
        // AdvanceStringIndex: by code point in unicode mode, as matchAll does.
        const wide = (re.unicode || re.flags.includes('v')) && (text.codePointAt(next) ?? 0) > 0xffff;
        next += wide ? 2 : 1;
      }
      re.lastIndex = from;
      yield m;
    }
  } finally {
    re.lastIndex = from;
  }
}

/** Word boundaries that understand every script (JS `\b` is ASCII-only). */
export const WB_L = '(?<![\\p{L}\\p{N}_])';
export const WB_R = '(?![\\p{L}\\p{N}_])';

// Look-alikes typed instead of a letter. Matched case-insensitively, so "I" covers "l".
// Currency signs stand in for the letters they look like: "$kype", "Sk¥pe", "T€legram", "Fa¢ebook".
const LEET: Readonly<Record<string, string>> = {
  a: 'a4@',
  b: 'b8',
  c: 'c¢',
  e: 'e3€',
  g: 'g9',
  i: 'i1l!|',
  l: 'l1i|',
  o: 'o0',
  s: 's5$',
  t: 't7',
  y: 'y¥',
  z: 'z2',
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/*
 * Bounded repeats in the detectors' patterns: V8 compiles x{0,3} or x{1,3} by writing the
 * rest of the pattern out again after each copy of x, but x{0,4}, x{1,5} and wider as one
 * loop. The spaces between words ("\\s{1,5}") and the repeated letters of a fuzzy name
 * ("t{1,5}") are therefore written with a bound of 5: the machine code of the big grammars
 * is about four times smaller, and a scan of a message runs through much of it (its cache
 * misses were most of a scan's time). A few more spaces or letters read the same.
 */

/** A word where each letter may be repeated or swapped for a look-alike; spaces optional. */
export function fuzzyWord(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) {
    if (ch === ' ' || ch === '-') {
      out += '[\\s._-]?';
      continue;
    }
    const cls = LEET[ch];
    out += `${cls ? `[${escapeRe(cls)}]` : escapeRe(ch)}{1,5}`;
  }
  return out;
}

interface PlatformEntry {
  id: string;
  /** Latin spellings matched fuzzily (5+ letters) or exactly (shorter). */
  latin: readonly string[];
  /** Regex sources matched as they are (non-Latin scripts, inflected forms). */
  other?: readonly string[];
  /**
   * Ambiguous everyday words ("line", "signal", "snap", "x", "wa", "tg"): only usable where
   * the surrounding grammar makes them a channel ("Line ID:", "on Signal", "your tg").
   */
  weak?: readonly string[];
  /**
   * Descriptions of the app instead of its name ("the app with the paper plane", "the
   * blue bird site"), as regex sources that start with at least two literal lower-case
   * letters (the name buckets key on them). Read as a channel only where a nickname is:
   * after "on"/"to"/"my"..., or right before a handle (see contextOk).
   */
  described?: readonly string[];
  /**
   * Case endings that Slavic languages glue to a brand name ("na WhatsAppie", "z
   * Telegrama", "na Messengerze"), as a regex source: allowed after the entry's fuzzy Latin
   * names (5+ letters, which no ordinary word extends this way).
   */
  endings?: string;
}

// "app with the paper plane (icon)", "app w/ a little camera logo": the app told by its icon.
const APP_WITH = (icon: string): string =>
  `app\\s{1,5}(?:with|w/)\\s{1,5}(?:the\\s{1,5}|a\\s{1,5})?(?:(?:little|tiny|white|blue|green|yellow|pink|purple|colou?rful)\\s{1,5}){0,4}${icon}`;
const ICON = '(?:\\s{1,5}(?:icon|logo))?';
const TWO_BUBBLES = '(?:two|2)\\s{1,5}(?:(?:green|white|chat|speech)\\s{1,5}){0,4}bubbles';

/** Messengers and social networks: a handle there is a means of direct contact. */
export const MESSENGERS: readonly PlatformEntry[] = [
  {
    id: 'whatsapp',
    latin: [
      'whatsapp',
      'whats app',
      'watsapp',
      'watsap',
      'whatsap',
      'whatapp',
      'whtsapp',
      'wassap',
      'wasap',
      'watzap',
      'wazap',
      'guasap',
      'wsp',
      'wpp',
      'zapzap',
      'zap zap',
      'whatsap',
      'wapp',
    ],
    other: [
      'الواتساب',
      'واتساب',
      'واتسآب',
      'الواتس',
      'واتس',
      'واتساپ',
      'وتساب',
      'в[оа]тсап\\p{L}{0,3}',
      'в[оа]тс[ао]п\\p{L}{0,3}',
      'вацап\\p{L}{0,3}',
      'ватс\\p{L}{0,3}',
      'वॉट्सऐप',
      'व्हाट्सएप',
      'व्हाट्सऐप',
      'वाट्सएप',
      'व्हाट्सप्प',
      'וואטסאפ',
    ],
    weak: ['wa', 'whats', 'zap', 'zapp', 'wasa', 'wassup', 'whatsup', 'watsup', 'the green app', 'green app'],
    described: [APP_WITH(`green\\s{1,5}(?:phone|chat\\s{1,5}bubble|bubble|speech\\s{1,5}bubble)${ICON}`)],
    endings: '(?:ie|a|em|u)',
  },
  {
    id: 'telegram',
    latin: ['telegram', 'telegrame', 'telegramm', 'telgram', 'telegran', 'telega'],
    other: [
      'телеграм\\p{L}{0,3}',
      'телеграмм\\p{L}{0,3}',
      'телег[аеиу]',
      'телеґрам\\p{L}{0,3}',
      'تلغرام',
      'التلغرام',
      'تليجرام',
      'التليجرام',
      'تيليجرام',
      'التيليجرام',
      'تلجرام',
      'تلگرام',
      'टेलीग्राम',
      'тг',
    ],
    weak: ['tg', 'tlg', 't.g.', 'tele', 'the blue app', 'blue app', 'the paper plane app', 'paper plane app'],
    described: [APP_WITH(`paper\\s{0,5}(?:plane|airplane|aeroplane)${ICON}`)],
    endings: '(?:ie|a|em|u)',
  },
  { id: 'skype', latin: ['skype', 'skyp'], other: ['скайп\\p{L}{0,3}', 'سكايب', 'skyp(?:ie|em)'] },
  // Not "-a": Portuguese and Spanish "discorda" (disagrees).
  { id: 'discord', latin: ['discord'], other: ['дискорд\\p{L}{0,3}', 'ديسكورد'], endings: '(?:zie|em|u)' },
  { id: 'signal', latin: [], other: ['сигнал[еі]'], weak: ['signal'] },
  { id: 'threema', latin: ['threema'] },
  {
    id: 'viber',
    latin: ['viber'],
    other: ['в[аіи]йбер\\p{L}{0,3}', 'вібер\\p{L}{0,3}', 'فايبر'],
    endings: '(?:ze|a|em|u)',
  },
  {
    id: 'wechat',
    latin: ['wechat', 'we chat', 'weixin'],
    other: ['微信', '威信'],
    described: [`chinese\\s{1,5}${APP_WITH(TWO_BUBBLES)}`, APP_WITH(TWO_BUBBLES)],
  },
  { id: 'line', latin: [], other: ['ไลน์', 'ライン'], weak: ['line'] },
  { id: 'kakao', latin: ['kakaotalk', 'kakao talk', 'kakao'], other: ['카카오톡', '카톡', '카카오'] },
  { id: 'zalo', latin: ['zalo'] },
  { id: 'imo', latin: [], weak: ['imo'] },
  {
    id: 'snapchat',
    latin: ['snapchat', 'snap chat'],
    other: ['سناب'],
    weak: ['snap', 'sc', 'the ghost app'],
    described: [APP_WITH(`ghost${ICON}`)],
  },
  { id: 'kik', latin: ['kik'] },
  {
    id: 'instagram',
    latin: ['instagram', 'insta', 'instgram', 'instagramm'],
    other: ['инст[аа]грам\\p{L}{0,3}', 'инст[аы]\\p{L}{0,1}', 'інстаграм\\p{L}{0,3}', 'انستغرام', 'انستقرام', 'انستا'],
    weak: ['ig', 'the gram', "the 'gram", 'the ’gram'],
    described: [APP_WITH('camera\\s{1,5}(?:icon|logo)')],
    endings: '(?:ie|a|em|u)',
  },
  {
    id: 'facebook',
    latin: ['facebook', 'messenger', 'fb messenger'],
    other: ['фейсбук\\p{L}{0,3}', 'فيسبوك', 'فيس بوك', 'ماسنجر'],
    weak: ['fb'],
    endings: '(?:u|a|iem|ze|em)',
  },
  { id: 'linkedin', latin: ['linkedin', 'linked in'], other: ['линкедин\\p{L}{0,3}', 'لينكد ?إن'] },
  {
    id: 'twitter',
    latin: ['twitter'],
    other: ['твиттер\\p{L}{0,3}'],
    weak: ['x', 'the bird app', 'bird app', 'the blue bird app', 'blue bird app', 'the bird site', 'birdsite'],
    described: ['blue\\s{1,5}bird\\s{1,5}(?:site|platform|network)', APP_WITH(`(?:blue\\s{1,5})?bird${ICON}`)],
  },
  // "tt" only right before a handle ("TT @x"): see contextOk.
  { id: 'tiktok', latin: ['tiktok', 'tik tok'], weak: ['tt'] },
  { id: 'slack', latin: [], weak: ['slack'] },
  { id: 'vk', latin: ['vkontakte', 'vk'], other: ['вконтакте', 'вк'] },
  { id: 'qq', latin: [], weak: ['qq'] },
];

/** Email, phone and meeting apps: channels a request may name, but not handle cues. */
export const CHANNELS: readonly PlatformEntry[] = [
  {
    id: 'email',
    latin: [
      'email',
      'e-mail',
      'e mail',
      'emial',
      'gmail',
      'g-mail',
      'hotmail',
      'yahoo mail',
      'protonmail',
      'mail',
      'email address',
      'mail address',
      'correo',
      'correo electronico',
      'courriel',
      'adresse mail',
      'adresse e-mail',
      'e-posta',
      'eposta',
    ],
    // Polish cases of "mail" ("wyślij maila", "napisz mailem").
    endings: '(?:a|em|u)',
    other: [
      'mail(?:a|em|u)',
      'correo electrónico',
      'adresse électronique',
      'e-mail-adresse',
      'emailadresse',
      'mailadresse',
      'почт[аыуе]',
      'эл(?:\\.|ектронн\\p{L}{0,3}) почт\\p{L}{1,2}',
      '[еи]мейл\\p{L}{0,2}',
      'мейл\\p{L}{0,2}',
      'ايميل\\p{L}{0,1}',
      'إيميل\\p{L}{0,1}',
      'الايميل',
      'الإيميل',
      'البريد',
      'بريدك',
      'ईमेल',
    ],
  },
  {
    id: 'phone',
    latin: [
      'phone number',
      'phone no',
      'phone',
      'cell number',
      'cellphone',
      'cell',
      'mobile number',
      'mobile',
      'number',
      'num',
      'digits',
      'contact number',
      'nambar',
      'namba',
      'celular',
      'cel',
      'numero',
      'telefono',
      'telefone',
      'fone',
      'telephone',
      'portable',
      'nummer',
      'telefonnummer',
      'handynummer',
      'handy',
      'mobilnummer',
      'sms',
      'imessage',
    ],
    other: [
      'número',
      'numéro',
      'teléfono',
      'téléphone',
      'móvil',
      'tél',
      'tel',
      'номер\\p{L}{0,2}',
      'телефон\\p{L}{0,2}',
      'мобильн\\p{L}{1,3}',
      'رقمك',
      'رقم',
      'الرقم',
      'جوالك',
      'الجوال',
      'نمرتك',
      'नंबर',
      'नम्बर',
    ],
  },
  {
    id: 'meeting',
    latin: ['zoom', 'google meet', 'gmeet', 'webex', 'hangouts', 'facetime', 'whereby', 'microsoft teams', 'ms teams'],
    other: ['зум\\p{L}{0,2}', 'زوم'],
    weak: ['teams', 'meet'],
  },
];

// Arabic glues prepositions and "and" to the noun: بالواتساب "on WhatsApp", عالواتس.
const ARABIC_PREFIX = '(?:و|ف)?(?:بال|ب|عال|ع|لل|ل)?';

const isArabic = (src: string): boolean => /^[\u0600-\u06FF]/u.test(src);

const SEPARATOR_CHARS = ' \t\n\v\f\r._-';
const WHITE_CHARS = ' \t\n\v\f\r';

interface SourceStart {
  source: string;
  /** Characters (lower case) the source can start with. */
  firsts: string;
  /** Characters that can come second, or null for any. */
  seconds: string | null;
  /** ASCII characters (lower case) that can come third and fourth, or null for any. */
  later: readonly [string | null, string | null];
  /** A name cut in two ("sk ype"). */
  cut?: boolean;
}

/** What may stand at positions 2 and 3 of a literal name (any, once it may have ended). */
function literalLater(word: string): [string | null, string | null] {
  const at = (p: number): string | null => {
    if (word.length <= p || word.slice(0, p + 1).includes(' ')) return null;
    return word[p] as string;
  };
  return [at(2), at(3)];
}

/** The same for a fuzzy name: each letter may repeat, so any earlier letter may be there. */
function fuzzyLater(name: string): [string | null, string | null] {
  const atoms = [...name].map((ch) => (ch === ' ' || ch === '-' ? null : (LEET[ch] ?? ch)));
  const letters = atoms.filter((a) => a !== null).length;
  const at = (p: number): string | null => {
    if (letters <= p) return null;
    let set = '';
    for (const a of atoms.slice(0, p + 1)) set += a ?? SEPARATOR_CHARS;
    return set;
  };
  return [at(2), at(3)];
}

function fuzzyStart(name: string): { firsts: string; seconds: string } {
  // fuzzyWord: each letter 1-3 times (or a look-alike), an optional separator at ' '/'-'.
  const atoms = [...name].map((ch) => (ch === ' ' || ch === '-' ? null : (LEET[ch] ?? ch)));
  const first = atoms[0] ?? '';
  const next = atoms[1] === null ? SEPARATOR_CHARS + (atoms[2] ?? '') : (atoms[1] ?? '');
  return { firsts: first, seconds: first + next };
}

function literalStart(word: string): { firsts: string; seconds: string | null } {
  const second = word[1];
  if (second === undefined) return { firsts: word[0] ?? '', seconds: null };
  return { firsts: word[0] as string, seconds: second === ' ' ? WHITE_CHARS : second };
}

function otherStart(src: string): { firsts: string; seconds: string | null } {
  const c = src[0] as string;
  if (isArabic(src)) {
    // The optional prefix letters or the name itself may come first.
    return { firsts: `وفبعل${c}`, seconds: null };
  }
  if (c === '[') return { firsts: src.slice(1, src.indexOf(']')), seconds: null };
  const d = src[1];
  if (d === undefined || '\\[(?*+{|.'.includes(d)) return { firsts: c, seconds: null };
  return { firsts: c, seconds: d === ' ' ? WHITE_CHARS : d };
}

/** The regex sources of an entry's names, each with the characters it can start with. */
function entrySources(e: PlatformEntry, withWeak: boolean): SourceStart[] {
  const out: SourceStart[] = [];
  for (const n of e.latin) {
    const word = n.toLowerCase();
    const fuzzy = word.replace(/[\s-]/gu, '').length >= 5;
    out.push({
      source: fuzzy ? `${fuzzyWord(n)}${e.endings ? `${e.endings}?` : ''}` : escapeRe(n),
      ...(fuzzy ? fuzzyStart(word) : literalStart(word)),
      later: fuzzy ? fuzzyLater(word) : literalLater(word),
    });
  }
  for (const n of e.latin) if (CUT_NAMES.has(n)) out.push(...cutSources(n));
  for (const o of e.other ?? []) {
    out.push({ source: isArabic(o) ? `${ARABIC_PREFIX}${o}` : o, ...otherStart(o), later: [null, null] });
  }
  if (withWeak) {
    for (const w of e.weak ?? []) {
      const word = w.toLowerCase();
      out.push({
        source: escapeLiteral(w).replace(/ /gu, '\\s{1,5}'),
        ...literalStart(word),
        later: literalLater(word),
      });
    }
    for (const d of e.described ?? []) out.push(describedStart(d));
  }
  return out;
}

/*
 * Messenger names cut in two by one space, hyphen or dot: "sk-ype", "sk ype", "tele gram",
 * "face.book". Only names whose halves are not a pair of ordinary words (so not "threema":
 * "three ma"), each cut written out as a literal (no look-alikes), tried before the other
 * names: "insta gram" is read whole, not as "insta". Not "_": "face_book_fan" is a handle.
 */
const CUT_NAMES = new Set([
  'whatsapp',
  'telegram',
  'skype',
  'discord',
  'instagram',
  'facebook',
  'messenger',
  'snapchat',
  'linkedin',
  'twitter',
  'tiktok',
  'viber',
]);
const CUT_CHARS = ' \t\n\v\f\r.-';

function cutSources(name: string): SourceStart[] {
  return Array.from({ length: name.length - 1 }, (_, i) => {
    const chars = [...name.slice(0, i + 1), null, ...name.slice(i + 1)];
    const at = (p: number): string => chars[p] ?? CUT_CHARS;
    return {
      source: `${name.slice(0, i + 1)}[\\s.-]${name.slice(i + 1)}`,
      firsts: at(0),
      seconds: at(1),
      later: [at(2), at(3)] as [string, string],
      cut: true,
    };
  });
}

/** A weak word as typed ("t.g."): its dots are dots. */
function escapeLiteral(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A description's source keyed on its first characters: literal lower-case letters, and
 * `\\s{1,5}` read as a space ("app\\s{1,5}with" starts "app "), at least two letters.
 */
function describedStart(src: string): SourceStart {
  const lead: string[] = [];
  for (let i = 0; lead.length < 4; ) {
    const c = src[i] as string;
    if (/^[a-z]$/u.test(c)) {
      lead.push(c);
      i++;
    } else if (src.startsWith('\\s{1,5}', i)) {
      lead.push(WHITE_CHARS);
      i += '\\s{1,5}'.length;
    } else break;
  }
  if (lead.length < 2 || lead[0] === WHITE_CHARS || lead[1] === WHITE_CHARS)
    throw new Error(`a description must start with two literal letters: ${src}`);
  return {
    source: src,
    firsts: lead[0] as string,
    seconds: lead[1] as string,
    later: [lead[2] ?? null, lead[3] ?? null],
  };
}

function sourceStarts(entries: readonly PlatformEntry[], withWeak: boolean): SourceStart[] {
  // Longest first, so "whatsapp" wins over "whats" and "telegrame" over "telegram"; a name
  // cut in two before all, so "insta gram" is read whole, not as "insta".
  return entries
    .flatMap((e) => entrySources(e, withWeak))
    .sort((a, b) => Number(b.cut === true) - Number(a.cut === true) || b.source.length - a.source.length);
}

function alternation(entries: readonly PlatformEntry[], withWeak: boolean): string {
  return `${WB_L}(?:${sourceStarts(entries, withWeak)
    .map((n) => n.source)
    .join('|')})${WB_R}`;
}

/** Messenger or social network name including ambiguous ones (line, signal, snap, x, tg). */
export const MESSENGER_ANY = alternation(MESSENGERS, true);

const COMPILED: ReadonlyArray<readonly [string, RegExp, boolean]> = [...MESSENGERS, ...CHANNELS].flatMap((e) => [
  [
    e.id,
    new RegExp(
      `^(?:${entrySources(e, false)
        .map((n) => n.source)
        .join('|')})$`,
      'iu',
    ),
    false,
  ] as const,
  ...(e.weak?.length || e.described?.length
    ? [
        [
          e.id,
          new RegExp(
            `^(?:${entrySources({ id: e.id, latin: [], weak: e.weak, described: e.described }, true)
              .map((n) => n.source)
              .join('|')})$`,
            'iu',
          ),
          true,
        ] as const,
      ]
    : []),
]);

// platformOf tries up to ~30 regexes; the same few words come back in every message.
const PLATFORM_CACHE_SIZE = 1000;
const platformCache = new Map<string, string | undefined>();

/** The platform id ('whatsapp', 'email', 'phone', 'meeting', ...) a matched word names. */
export function platformOf(word: string): string | undefined {
  const w = word.trim();
  if (platformCache.has(w)) return platformCache.get(w);
  let found: string | undefined;
  for (const [id, re] of COMPILED) {
    if (re.test(w)) {
      found = id;
      break;
    }
  }
  if (platformCache.size >= PLATFORM_CACHE_SIZE) platformCache.clear();
  platformCache.set(w, found);
  return found;
}

/**
 * Ambiguous platform words need a capital letter to be read as the brand in running text:
 * "Line", "Signal", "X", "Teams", "Snap" (but "line", "signal", "x" are ordinary words).
 * Short slang ("tg", "wa", "ig", "fb") is accepted in any case by the grammar that uses it.
 */
export function weakWordOk(word: string): boolean {
  const w = word.trim();
  const lower = w.toLowerCase();
  if (['line', 'signal', 'x', 'teams', 'snap', 'meet', 'imo', 'sc', 'slack', 'qq'].includes(lower))
    return /^\p{Lu}/u.test(w);
  return true;
}

// Slang and brand names that are also ordinary words: read as a channel only after a
// preposition or possessive ("on X", "no whats", "your tg") or before "number"/"ID".
const CONTEXT_WORDS = new Set([
  'whats',
  'wassup',
  'whatsup',
  'watsup',
  'zap',
  'zapp',
  'wa',
  'wasa',
  'tele',
  'sc',
  'imo',
  'x',
  'line',
  'signal',
  'teams',
  'meet',
  'snap',
  'slack',
  'qq',
]);
// "install Signal"; Indonesian "di"/"ke"/"lewat" (on, to, via) and "nomor" (number of):
// "chat di tele aja", "kirim nomor WA kamu"; after the word, Indonesian "-nya"/"kamu"
// (your): "WA-nya".
const CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:on|onto|to|into|in|via|over|through|at|using|my|your|ur|yr|our|no|na|pelo|pela|por|pro|pra|al|el|mi|tu|seu|teu|sua|tua|de|do|da|sur|auf|per|über|uber|me|add|apna|aapka|apka|aap\s{1,5}ka|the|install|download|di|ke|lewat|nomor|nomer)\s{1,5}$/iu;
const CONTEXT_AFTER =
  /^(?:\s{0,5}(?:number|no\.?|num|id|handle|user\s?name|account|:|\(|@)|-nya(?![\p{L}])|\s{1,5}(?:kamu|anda)(?![\p{L}]))/iu;

// Nicknames of platforms ("on the bird app", "on the gram"): read as a channel only after
// a preposition or possessive, or right before a handle ("the bird app @x", "handle").
const NICKNAMES = new Set([
  'the bird app',
  'bird app',
  'the blue bird app',
  'blue bird app',
  'the bird site',
  'birdsite',
  'the gram',
  "the 'gram",
  'the ’gram',
  'the paper plane app',
  'paper plane app',
  'the ghost app',
]);
const NICKNAME_BEFORE = /(?:^|[^\p{L}])(?:on|onto|to|via|over|through|using|my|your|ur|yr|our)\s{1,5}$/iu;
const NICKNAME_AFTER = /^\s{0,5}(?:(?:handle|user\s?name|id)(?![\p{L}])|[:：(]?\s{0,5}@[A-Za-z0-9_])/iu;

// Descriptions ("app with the paper plane") are read like nicknames; the article or "that"
// before them is not part of the match ("on that chinese app with the two bubbles").
const DESCRIBED = new RegExp(`^(?:${MESSENGERS.flatMap((e) => e.described ?? []).join('|')})$`, 'iu');
// The shortest a description can be ("app w/ bird"): shorter words skip the test.
const DESCRIBED_MIN = 11;
const DESCRIBED_BEFORE =
  /(?:^|[^\p{L}])(?:on|onto|to|via|over|through|using|my|your|ur|yr|our)\s{1,5}(?:(?:the|that|this)\s{1,5})?$/iu;
// Words read as a channel only right before an @handle or a label: "TT @jess.xo", "tt handle".
const HANDLE_ONLY = new Set(['tt']);

/** Whether a channel word names its platform only before an @handle or a label ("tt"). */
export function atHandleOnly(word: string): boolean {
  return HANDLE_ONLY.has(word.trim().toLowerCase());
}
const HANDLE_AFTER = /^\s{0,5}(?:(?:[:：(]\s{0,5})?@[A-Za-z0-9_]|(?:handle|user\s?name)(?![\p{L}]))/iu;

function contextOk(text: string, start: number, end: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (!weakWordOk(word)) return false;
  if (lower.length === 2 && HANDLE_ONLY.has(lower)) return HANDLE_AFTER.test(text.slice(end, end + 12));
  if (word.length >= DESCRIBED_MIN && DESCRIBED.test(word)) {
    return (
      DESCRIBED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      NICKNAME_AFTER.test(text.slice(end, end + 16))
    );
  }
  if (NICKNAMES.has(lower.replace(/\s{1,5}/gu, ' '))) {
    return (
      NICKNAME_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || NICKNAME_AFTER.test(text.slice(end, end + 16))
    );
  }
  if (!CONTEXT_WORDS.has(lower)) return true;
  const after = text.slice(end, end + 12);
  if (/^\s{0,5}\d/u.test(after)) return false;
  return CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || CONTEXT_AFTER.test(after);
}

/** Characters that stand for a platform word in a tagged text (same length as the word). */
export const TAG = {
  messenger: '\uE010',
  email: '\uE011',
  phone: '\uE012',
  meeting: '\uE013',
  more: '\uE01F',
} as const;

export interface TaggedWord {
  start: number;
  end: number;
  platform: string;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

const BUCKET_KEYS_MAX = 4096;

/*
 * One alternation of many names, tried at a position by a small regex holding only the
 * names that can start with the two characters found there. The full alternation (over 200
 * names) costs the same at every word start whether anything matches or not; a bucket holds
 * a handful, and most word starts ("th", "yo") have no bucket at all. The buckets keep the
 * full alternation's order, so a bucket matches exactly what the full regex matches there.
 */
export class NameAlternation {
  private readonly starts: readonly SourceStart[];
  /** The whole pattern around the alternation of a bucket's names (itself by default). */
  private readonly wrap: (names: string) => string;
  private readonly firsts = new Set<number>();
  private readonly asciiBuckets: (AsciiBucket | undefined)[] = new Array(128 * 128).fill(undefined);
  private readonly buckets = new Map<string, RegExp | null>();
  // One compiled regex per distinct set of names (many keys share one).
  private readonly compiled = new Map<string, RegExp>();

  /**
   * `wrap` builds the pattern from the alternation of names (`WB_L(?:…)WB_R`), such as a
   * capture of the name and what must follow it: a bucket then matches exactly what the
   * full alternation inside that pattern matches, without one regex holding every name.
   */
  constructor(
    entries: readonly PlatformEntry[],
    withWeak: boolean,
    wrap: (names: string) => string = (n) => n,
    starts: readonly SourceStart[] = sourceStarts(entries, withWeak),
  ) {
    this.starts = starts;
    this.wrap = wrap;
    for (const s of this.starts) for (const f of s.firsts.toLowerCase()) this.firsts.add(f.charCodeAt(0));
  }

  /** The names that can start with these two characters, as one sticky regex. */
  private bucket(c0: number, c1: number): RegExp | null {
    const b = Number.isNaN(c1) ? 0 : c1;
    const a = lowerCode(c0);
    if (!this.firsts.has(a)) return null;
    const key = String.fromCharCode(a, lowerCode(b));
    const hit = this.buckets.get(key);
    if (hit !== undefined) return hit;
    const re = this.build(a, lowerCode(b))?.re ?? null;
    // Hostile text can bring many distinct pairs; the compiled regexes stay.
    if (this.buckets.size >= BUCKET_KEYS_MAX) this.buckets.clear();
    this.buckets.set(key, re);
    return re;
  }

  /** The ASCII pair's bucket, with what its names allow at positions 2 and 3. */
  private asciiBucket(c0: number, c1: number): AsciiBucket {
    const key = c0 * 128 + c1;
    let hit = this.asciiBuckets[key];
    if (hit === undefined) {
      hit = this.build(lowerCode(c0), lowerCode(c1)) ?? NO_BUCKET;
      this.asciiBuckets[key] = hit;
    }
    return hit;
  }

  private build(a: number, b: number): AsciiBucket | null {
    if (!this.firsts.has(a)) return null;
    const first = String.fromCharCode(a);
    const second = String.fromCharCode(b);
    const parts = this.starts.filter(
      (s) => s.firsts.toLowerCase().includes(first) && (s.seconds === null || s.seconds.toLowerCase().includes(second)),
    );
    if (!parts.length) return null;
    const source = this.wrap(`${WB_L}(?:${parts.map((s) => s.source).join('|')})${WB_R}`);
    const re = this.compiled.get(source) ?? new RegExp(source, 'iuy');
    this.compiled.set(source, re);
    const allowed = (p: 0 | 1): Uint8Array | null => {
      const table = new Uint8Array(128);
      for (const s of parts) {
        const set = s.later[p];
        if (set === null) return null;
        for (const ch of set.toLowerCase()) if (ch.charCodeAt(0) < 128) table[ch.charCodeAt(0)] = 1;
      }
      return table;
    };
    return { re, third: allowed(0), fourth: allowed(1), pair: allowedPairs(parts) };
  }

  /** The name starting exactly at `at` (a word start), as the full alternation finds it. */
  matchAt(text: string, at: number): RegExpExecArray | null {
    const c0 = text.charCodeAt(at);
    const c1 = text.charCodeAt(at + 1);
    let re: RegExp | null;
    if (c0 < 128 && c1 < 128) {
      const bucket = this.asciiBucket(c0, c1);
      re = bucket.re;
      if (re === null) return null;
      // Third and fourth characters no name of the bucket allows (ASCII ones only).
      const c2 = text.charCodeAt(at + 2);
      if (bucket.third !== null && c2 < 128 && bucket.third[lowerCode(c2)] !== 1) return null;
      const c3 = text.charCodeAt(at + 3);
      if (bucket.fourth !== null && c3 < 128 && bucket.fourth[lowerCode(c3)] !== 1) return null;
      // The two together: "in the" has a third character of "in stagram" and a fourth of
      // "inst...", but no name starts "in t".
      if (bucket.pair !== null && c2 < 128 && c3 < 128) {
        const c = lowerCode(c3);
        if (((bucket.pair[lowerCode(c2) * 4 + (c >> 5)] as number) & (1 << (c & 31))) === 0) return null;
      }
    } else {
      re = this.bucket(c0, c1);
      if (re === null) return null;
    }
    re.lastIndex = at;
    return re.exec(text);
  }
}

interface AsciiBucket {
  re: RegExp | null;
  third: Uint8Array | null;
  fourth: Uint8Array | null;
  /** Bits of the (third, fourth) pairs some name allows, or null for any. */
  pair: Uint32Array | null;
}

const NO_BUCKET: AsciiBucket = { re: null, third: null, fourth: null, pair: null };

/** The (third, fourth) ASCII character pairs the names allow, one source at a time. */
function allowedPairs(parts: readonly SourceStart[]): Uint32Array | null {
  const bits = new Uint32Array(128 * 4);
  const codes = (set: string | null): number[] =>
    set === null
      ? Array.from({ length: 128 }, (_, c) => c)
      : [...set.toLowerCase()].map((ch) => ch.charCodeAt(0)).filter((c) => c < 128);
  for (const s of parts) {
    if (s.later[0] === null && s.later[1] === null) return null;
    const thirds = codes(s.later[0]);
    const fourths = codes(s.later[1]);
    for (const a of thirds) {
      for (const b of fourths) {
        const i = a * 4 + (b >> 5);
        bits[i] = (bits[i] as number) | (1 << (b & 31));
      }
    }
  }
  return bits;
}

/** The regex source of the full alternation (a reference for tests). */
export const ALL_CHANNELS_SOURCE = alternation([...MESSENGERS, ...CHANNELS], true);
const ALL_CHANNELS = new NameAlternation([...MESSENGERS, ...CHANNELS], true);

const ASCII_LETTER: readonly boolean[] = Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z]/u.test(String.fromCharCode(c)),
);
// Every look-alike class and name letter is ASCII (or folds to it: K, ſ are letters), or
// one of the currency signs of LEET.
const FUZZY_NEXT = /^[\p{L}\p{N}@$!|\s._\-€¥¢]$/u;
// ASCII characters: letter or digit, may start a name as a look-alike (@$|!), word (_).
const ALNUM_BIT = 1;
const START_BIT = 2;
const WORD_BIT = 4;
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/u.test(ch)) return ALNUM_BIT;
  if ('@$|!'.includes(ch)) return START_BIT;
  return ch === '_' ? WORD_BIT : 0;
});

/**
 * Where a channel word can start, as /(?<![\p{L}\p{N}_])[\p{L}\p{N}@$|!]/u finds them, by a
 * scan of character codes: the lexicon is only tried there.
 */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  let prevWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = ASCII_KIND[c] as number;
      if (!prevWord && (k & (ALNUM_BIT | START_BIT)) !== 0) out.push(i);
      prevWord = (k & (ALNUM_BIT | WORD_BIT)) !== 0;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const alnum = isAlnumPoint(cp);
    if (!prevWord && alnum) out.push(i);
    prevWord = alnum;
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * Replaces every channel word with a tag character of its kind padded to the same length,
 * so grammars can say "a messenger" with one character class and offsets stay unchanged.
 */
export interface Tagged {
  tagged: string;
  words: TaggedWord[];
  /**
   * Some channel word (messenger or not, context aside) was seen, typed whole or one
   * character at a time. False means no messenger name (MESSENGER_ANY) occurs anywhere in
   * the text: its names are a subset of the ones tried here, at every position where one
   * can start.
   */
  any: boolean;
  /** Every position where some channel name (messenger or not, context aside) starts. */
  starts: number[];
}

let lastText: string | undefined;
let lastResult: Tagged | undefined;

/** Drops the memo of the last text tagged. */
export function forgetTagged(): void {
  lastText = undefined;
  lastResult = undefined;
}

export function tagChannels(text: string): Tagged {
  // Both detectors tag the same base-view text: remember the last one.
  if (text === lastText && lastResult) return lastResult;
  const result = tagUncached(text);
  lastText = text;
  lastResult = result;
  return result;
}

// A name typed one character at a time, one space between: "t e l e g r a m", "W h @ t s A p p".
// A whole run (not one that starts inside another run), up to 40 characters.
const SPACED_UNIT = '[\\p{L}\\p{N}@$|€¥¢]';
const NOT_UNIT = '[^\\p{L}\\p{N}_@$|€¥¢]';
const SPACED_RUN = new RegExp(
  `(?<!(?:^|${NOT_UNIT})${SPACED_UNIT} )(?<!${SPACED_UNIT}|_)(?:${SPACED_UNIT} ){3,40}${SPACED_UNIT}(?![\\p{L}\\p{N}_])`,
  'gu',
);
const SPELLED_NAME_MAX = 24;

/** SPACED_RUN's necessary shape, by character codes: "x y z w" (three single spaces, two apart). */
function maySpell(text: string): boolean {
  for (let i = text.indexOf(' '); i >= 0 && i + 4 < text.length; i = text.indexOf(' ', i + 1)) {
    if (text.charCodeAt(i + 2) === 32 && text.charCodeAt(i + 4) === 32) {
      if (text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 3) !== 32) return true;
    }
  }
  return false;
}

/** Channel names spelled out one character at a time, each a tagged word over its span. */
function spelledOut(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  if (!maySpell(text)) return out;
  for (const m of execAll(SPACED_RUN, text)) {
    const joined = m[0].replace(/ /gu, '');
    if (joined.length < 4 || joined.length > SPELLED_NAME_MAX) continue;
    // The whole run must be one name: "a t e l e g r a m s" is not "telegram".
    if (ALL_CHANNELS.matchAt(joined, 0)?.[0].length !== joined.length) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!contextOk(text, start, end, joined)) continue;
    const platform = platformOf(joined);
    if (platform) out.push({ start, end, platform });
  }
  return out;
}

function tagKind(platform: string): keyof typeof TAG {
  return platform === 'email' || platform === 'phone' || platform === 'meeting' ? platform : 'messenger';
}

function tagUncached(text: string): Tagged {
  const words: TaggedWord[] = [];
  const starts: number[] = [];
  let out = '';
  let last = 0;
  const spelled = spelledOut(text);
  let next = 0;
  const flushSpelled = (upTo: number): void => {
    for (; next < spelled.length && (spelled[next] as TaggedWord).start <= upTo; next++) {
      const w = spelled[next] as TaggedWord;
      if (w.start < last) continue;
      words.push(w);
      out += text.slice(last, w.start) + TAG[tagKind(w.platform)] + TAG.more.repeat(w.end - w.start - 1);
      last = w.end;
    }
  };
  for (const at of wordStarts(text)) {
    if (next < spelled.length) flushSpelled(at);
    // A digit or @$|! starts a channel word only as a look-alike letter of a fuzzy name
    // (5+ letters), so the next character must be another letter, look-alike or separator
    // of that name: "1 😀 1 😀 ..." or "9 9 9 ..." is not tried against the whole lexicon.
    const c0 = text.charCodeAt(at);
    if (c0 < 128 && !ASCII_LETTER[c0] && !FUZZY_NEXT.test(text[at + 1] ?? '')) continue;
    const m = ALL_CHANNELS.matchAt(text, at);
    if (!m) continue;
    // Starts inside a tagged word count too ("fb messenger" holds "messenger").
    starts.push(at);
    if (at < last) continue;
    const word = m[0];
    if (!contextOk(text, at, at + word.length, word)) continue;
    const platform = platformOf(word);
    if (!platform) continue;
    const start = at;
    const end = start + word.length;
    words.push({ start, end, platform });
    out += text.slice(last, start) + TAG[tagKind(platform)] + TAG.more.repeat(word.length - 1);
    last = end;
  }
  flushSpelled(text.length);
  out += text.slice(last);
  return { tagged: out, words, any: starts.length > 0 || spelled.length > 0, starts };
}

/** Regex sources for one tagged word of a kind. */
export const T_MSG = `${TAG.messenger}${TAG.more}{0,60}`;
export const T_EMAIL = `${TAG.email}${TAG.more}{0,60}`;
export const T_PHONE = `${TAG.phone}${TAG.more}{0,60}`;
export const T_MEET = `${TAG.meeting}${TAG.more}{0,60}`;

export function wordAt(words: readonly TaggedWord[], at: number): TaggedWord | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as TaggedWord;
    if (w.end <= at) lo = mid + 1;
    else if (w.start > at) hi = mid - 1;
    else return w;
  }
  return undefined;
}
