import { defineNormalizer } from './define';
import { type MappedText, TextBuilder } from './mapped-text';

/** Marks an "at" written as a plain word: the email detector decides whether it is one. */
export const SPELLED_AT = '\uE000';

// Bracketed words are never ordinary prose: [at] (at) {AT} <at> (a) → @, [dot] <dot> → .
const BRACKET_AT = /\s{0,5}[[({<]\s{0,5}(?:at|a|arroba|arobase)\s{0,5}[\])}>]\s{0,5}/giu;
const BRACKET_DOT = /\s{0,5}[[({<]\s{0,5}(?:dot|d0t|punto|ponto|point|punkt)\s{0,5}[\])}>]\s{0,5}/giu;
// Defanged symbols, "linkedin[.]com", "jo(@)example{.}com": only between word characters,
// so "(.)" or "[@]" standing alone in prose or code stays as it is.
const BRACKET_SYMBOL = /(?<=[\p{L}\p{N}_])\s{0,5}[[({<]\s{0,5}([.@])\s{0,5}[\])}>]\s{0,5}(?=[\p{L}\p{N}])/gu;
// Word forms: " dot " → "." and " slash " → "/" (harmless in prose), "_at_" → "@",
// " at " / " arroba " → the SPELLED_AT marker.
const WORD_DOT = /(?<=[\p{L}\d_])\s{1,5}(?:dot|d0t|punto|ponto|point|punkt)\s{1,5}(?=[\p{L}\d])/giu;
const WORD_SLASH = /(?<=[\p{L}\d_.])\s{1,5}slash\s{1,5}(?=[\p{L}\d])/giu;
const UNDERSCORE_AT = /(?<=[\p{L}\d])_at_(?=[\p{L}\d])/giu;
const WORD_AT = /(?<=[\p{L}\d_.])\s{1,5}(?:at|arroba|arobase)\s{1,5}(?=[\p{L}\d])/giu;
// Indian English names "@" "at the rate" ("at d rate", "@ the rate"): the marker too, so the
// email detector judges it like a plain "at" ("billed at the rate of 40" is no address).
const RATE_AT =
  /(?<=[\p{L}\d_.])(?:\s{1,5}at\s{1,5}|\s{0,5}@\s{0,5})(?:the|d|da|de)\s{1,5}rate(?:\s{1,5}of)?\s{1,5}(?=[\p{L}\d])/giu;
// Spaces around . @ / between word characters: "anil.k @ zoho.com", "forms . gle / x".
const SPACED_PUNCT = /(?<=[\p{L}\d_])\s{1,5}([.@/])\s{1,5}(?=[\p{L}\d_])/gu;

/** A word as a regex source that also matches its decomposed (NFD) spelling. */
function word(w: string): string {
  return [...w.normalize('NFC')]
    .map((c) => {
      const d = c.normalize('NFD');
      // Hangul syllables decompose into letters nobody types: left as they are.
      return d === c || (c >= '\uAC00' && c <= '\uD7A3') ? c : `(?:${c}|${d})`;
    })
    .join('')
    .replace(/ /gu, '\\s{1,5}');
}

/*
 * Local names of "@" and "." (Italian, Russian, Ukrainian, Polish, Turkish, Vietnamese,
 * Indonesian and Malay, Dutch, Czech and Slovak, Hungarian, the Nordic languages, Serbian,
 * Bulgarian, Greek, Hebrew, Persian, Arabic, Japanese, Korean, Chinese, Thai, Hindi; and the
 * dot of Finnish, Romanian, Croatian and Slovenian). Most are ordinary words too ("собака" is a dog, "małpa" a monkey,
 * "punt" and "точка" a point, "et" meat or "and"), so they become @ and . only in an
 * address's shape (see foldLocalWords), never on their own.
 */
const AT_WORDS = [
  'chiocciola',
  'chiocciolina',
  'собака',
  'собачка',
  'равлик',
  'małpa',
  'malpa',
  'małpka',
  'malpka',
  'a còng',
  'a cong',
  'a móc',
  'apenstaartje',
  'apestaartje',
  'apenstaart',
  'zavináč',
  'zavinac',
  'kukac',
  'snabel-a',
  'snabela',
  'krøllalfa',
  'мајмунче',
  'маймунка',
  'кльомба',
  'παπάκι',
  'παπακι',
  'שטרודל',
  'כרוכית',
  'アットマーク',
  'アット',
  '골뱅이',
  '앳',
  '艾特',
  'แอท',
  'एट',
];
// At-words that are everyday function words or verbs ("et": Turkish meat / "do!", French
// "and"): the email detector asks more of the address around them.
const WEAK_AT_WORDS = ['et', 'ات', 'اَت', 'آت', 'أت'];
const DOT_WORDS = [
  'точка',
  'крапка',
  'тачка',
  'kropka',
  'nokta',
  'chấm',
  'cham',
  'titik',
  'punt',
  'tečka',
  'tecka',
  'bodka',
  'pont',
  'prik',
  'punktum',
  'piste',
  'punct',
  'točka',
  'tocka',
  'tačka',
  'tacka',
  'pika',
  'τελεία',
  'τελεια',
  'נקודה',
  'דוט',
  'نقطه',
  'نقطة',
  'دوت',
  'دات',
  'ドット',
  '닷',
  '점',
  '点',
  'ดอท',
  'จุด',
  'डॉट',
  'डोट',
];
const AT_SOURCE = [...AT_WORDS, ...WEAK_AT_WORDS].map(word).join('|');
/**
 * Necessary for a local at-word between spaces, and cheap to scan every text for: its first
 * letters after a space (spelled-symbols.test.ts checks each word of the lists, in either case
 * and in NFD, against it). A scan's cost grows with each first letter in ASCII, so the list
 * keeps few ASCII-only words; the others cost next to nothing on an ASCII text.
 */
export const LOCAL_AT_HINT =
  / (?:et |chiocciol|ma[lł]pk?a |kukac |apen?staart|snabel-?a |zavin(?:á|a\u0301|a)(?:č|c\u030C|c) |a c(?:ò|o\u0300|o)ng |a m(?:ó|o\u0301)c |krøllalfa|соба|равл|ма(?:й|и\u0306)мун|мајм|кльом|παπ|שטר|כרו|アット|골뱅|앳|艾特|แอท|एट|[اآأ][\u064E\u0653\u0654]?ت )/i;
/** Every local at-word, for tests. */
export const LOCAL_AT_WORDS: readonly string[] = [...AT_WORDS, ...WEAK_AT_WORDS];
const DOT_SOURCE = DOT_WORDS.map(word).join('|');

/** A local at-word with its spaces, as the email detector reads it back from the base text. */
export const LOCAL_AT_WORD = new RegExp(`^\\s{0,5}(?:${AT_SOURCE})\\s{0,5}$`, 'iu');
/** The same for the at-words that are everyday words, which need more around them. */
export const WEAK_AT_WORD = new RegExp(`^\\s{0,5}(?:${WEAK_AT_WORDS.map(word).join('|')})\\s{0,5}$`, 'iu');
/** A local dot-word between spaces, as the next thing after a domain label. */
export const LOCAL_DOT_NEXT = new RegExp(`\\s{1,5}(?:${DOT_SOURCE})\\s`, 'iuy');
// A domain label (dots and all) and then a local dot-word, right after an "@".
const LOCAL_DOT_AFTER = new RegExp(`[\\p{L}\\p{M}\\p{N}.-]{1,253}\\s{1,5}(?:${DOT_SOURCE})\\s`, 'iuy');

/** Is there an "@" followed by a domain label and a local dot-word? Tried only at each "@". */
export function localDotAfterAt(text: string): boolean {
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    LOCAL_DOT_AFTER.lastIndex = i + 1;
    if (LOCAL_DOT_AFTER.test(text)) return true;
  }
  return false;
}

// An anchor: a local at-word, or an "@" or marker already there ("ivan@yandex точка ru").
const ANCHOR = new RegExp(`(?:${AT_SOURCE})|[@${SPELLED_AT}]`, 'giu');
const LABEL = /[\p{L}\p{M}\p{N}-]{1,63}/uy;
const SEPARATOR = new RegExp(
  `\\s{1,5}(?:${DOT_SOURCE})\\s{1,5}(?=[\\p{L}\\p{M}\\p{N}])|\\.(?=[\\p{L}\\p{M}\\p{N}])`,
  'iuy',
);
// The last label must look like a top-level domain: ASCII letters or a common IDN one.
const TLD_LIKE =
  /^(?:[a-z]{2,24}|рф|укр|бел|рус|срб|мкд|қаз|бг|ελ|ευ|ישראל|ایران|مصر|امارات|السعودية|中国|中國|公司|网络|한국|ไทย)$/iu;
const LOCAL_END = /[\p{L}\p{M}\p{N}_.%+-]/u;
const SPACE = /\s/u;

/**
 * "ivan.petrov собака yandex точка ru", "kasia małpa wp kropka pl": a local at-word between
 * a local part and a domain label becomes the marker, and each local dot-word between that
 * label and a later one that looks like a top-level domain becomes "." (after an "@" or the
 * marker too). Anywhere else ("точка зрения", "ekmek et peynir") the words stay as they are.
 */
function foldLocalWords(input: MappedText): MappedText {
  const { text } = input;
  const b = new TextBuilder(input);
  let last = 0;
  let changed = false;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const typed = m[0] === '@' || m[0] === SPELLED_AT;
    let atStart = m.index;
    let domainStart = m.index + m[0].length;
    if (typed) {
      if (!LOCAL_END.test(text[m.index - 1] ?? '')) continue;
    } else {
      // Spaces (one to three) on both sides, and a local part's last character before them.
      while (atStart > m.index - 3 && SPACE.test(text[atStart - 1] ?? '')) atStart--;
      while (domainStart < m.index + m[0].length + 3 && SPACE.test(text[domainStart] ?? '')) domainStart++;
      if (atStart === m.index || domainStart === m.index + m[0].length) continue;
      if (atStart < last || !LOCAL_END.test(text[atStart - 1] ?? '')) continue;
    }
    LABEL.lastIndex = domainStart;
    if (!LABEL.test(text)) continue;
    let pos = LABEL.lastIndex;
    // Separators after the first label: [start, end, spelled?]; kept up to the last one
    // followed by a label that looks like a top-level domain.
    const seps: [number, number, boolean][] = [];
    let keep = 0;
    for (let k = 0; k < 4; k++) {
      SEPARATOR.lastIndex = pos;
      const s = SEPARATOR.exec(text);
      if (!s) break;
      LABEL.lastIndex = SEPARATOR.lastIndex;
      const l = LABEL.exec(text);
      if (!l) break;
      seps.push([pos, SEPARATOR.lastIndex, s[0] !== '.']);
      pos = LABEL.lastIndex;
      if (TLD_LIKE.test(l[0])) keep = seps.length;
    }
    const spelled = seps.slice(0, keep).filter((s) => s[2]);
    if (typed && spelled.length === 0) continue;
    if (!typed) {
      b.keep(last, atStart);
      b.replace(atStart, domainStart, SPELLED_AT);
      last = domainStart;
    }
    for (const [s, e] of spelled) {
      b.keep(last, s);
      b.replace(s, e, '.');
      last = e;
    }
    changed = true;
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, last);
  }
  if (!changed) return input;
  b.keep(last, text.length);
  return b.build();
}

// Each rule with a cheap necessary test: a literal scan without the look-behinds that make
// the rule's own regex slow to try at every position (astral text most of all).
const BRACKET = /[[({<]/u;
const RULES: ReadonlyArray<readonly [RegExp, RegExp, (m: RegExpExecArray) => string]> = [
  [BRACKET, BRACKET_SYMBOL, (m) => m[1] as string],
  [BRACKET, BRACKET_AT, () => '@'],
  [BRACKET, BRACKET_DOT, () => '.'],
  [/_at_/iu, UNDERSCORE_AT, () => '@'],
  // Before the plain "at", which would leave "the rate" as a domain.
  [/\srate\s/iu, RATE_AT, () => SPELLED_AT],
  [/\s(?:dot|d0t|punto|ponto|point|punkt)\s/iu, WORD_DOT, () => '.'],
  [/\sslash\s/iu, WORD_SLASH, () => '/'],
  [/\s(?:at|arroba|arobase)\s/iu, WORD_AT, () => SPELLED_AT],
  [/\s[.@/]\s/u, SPACED_PUNCT, (m) => m[1] as string],
];

export const spelledSymbols = defineNormalizer({
  id: 'spelled-symbols',
  description: 'Reads [at], (dot), [.], "at", "at the rate", "dot", "slash", arroba and punto as @ . /.',
  apply(input) {
    let current = input;
    for (const [need, re, to] of RULES) {
      const { text } = current;
      if (!need.test(text)) continue;
      const b = new TextBuilder(current);
      let last = 0;
      let changed = false;
      // exec rather than matchAll, which clones (and recompiles) the regex on every call.
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
          continue;
        }
        b.keep(last, m.index);
        b.replace(m.index, m.index + m[0].length, to(m));
        last = m.index + m[0].length;
        changed = true;
      }
      if (!changed) continue;
      b.keep(last, text.length);
      current = b.build();
    }
    return current;
  },
});

/*
 * Run after spelledSymbols by the email detector alone, and only on a text it has found a
 * local at-word in, or a local dot-word after an "@" (LOCAL_AT_HINT, localDotAfterAt):
 * the typed and English forms are "@", "." and the marker by then, so the shape of an
 * address around a local word can be read from them. Not a step of the shared symbols view:
 * no other detector sees it.
 */
export const spelledLocalSymbols = defineNormalizer({
  id: 'spelled-local-symbols',
  description: 'Reads local names of @ and . (собака, małpa, et, точка, kropka, nokta…) inside an address.',
  apply: foldLocalWords,
});
