import { isLetterPoint } from './chars';
import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

/**
 * Number words for single digits in the languages people use to dodge filters. Many are
 * also ordinary words ("do", "no", "un", "sat"), so words are turned into digits only
 * inside a run of number tokens that yields at least MIN_RUN_DIGITS digits.
 */
// No prototype: a token such as "constructor" must not find Object.prototype's members.
const WORDS: Record<string, string> = Object.create(null) as Record<string, string>;
function add(digit: string, ...words: string[]): void {
  for (const w of words) WORDS[w] = digit;
}
// English, Spanish, Portuguese, French, German, Italian, Hindi/Urdu (Latin script).
add('0', 'zero', 'oh', 'nought', 'nil', 'cero', 'zéro', 'null', 'sifar', 'shunya', 'shoonya', 'sunya');
add('1', 'one', 'uno', 'una', 'um', 'uma', 'un', 'une', 'eins', 'ek', 'aik', 'ik');
add('2', 'two', 'dos', 'dois', 'duas', 'deux', 'zwei', 'zwo', 'due', 'do', 'dho');
add('3', 'three', 'tres', 'três', 'trois', 'drei', 'tre', 'teen', 'tin', 'theen');
add('4', 'four', 'cuatro', 'quatro', 'quatre', 'vier', 'quattro', 'char', 'chaar', 'chār');
add('5', 'five', 'cinco', 'cinq', 'fünf', 'fuenf', 'cinque', 'panch', 'paanch', 'paanch', 'paach');
add('6', 'six', 'seis', 'meia', 'sechs', 'sei', 'chhe', 'chhah', 'chhe', 'chah', 'che', 'chhay', 'chay');
add('7', 'seven', 'siete', 'sete', 'sept', 'sieben', 'sette', 'saat', 'sat', 'saath');
add('8', 'eight', 'ocho', 'oito', 'huit', 'acht', 'otto', 'aath', 'aat', 'ath', 'aatth');
add('9', 'nine', 'nueve', 'nove', 'neuf', 'neun', 'nau', 'nao', 'no', 'nau');
// Russian, Ukrainian, Polish, Turkish, Indonesian/Malay, Tagalog, Vietnamese, Bengali
// (Latin script), Arabic.
add(
  '0',
  'ноль',
  'нуль',
  'zero',
  'sıfır',
  'sifir',
  'nol',
  'kosong',
  'sero',
  'không',
  'khong',
  'shunno',
  'shunyo',
  'صفر',
);
add('1', 'один', 'одна', 'jeden', 'bir', 'satu', 'isa', 'một', 'واحد');
add('2', 'два', 'две', 'дві', 'dwa', 'iki', 'dua', 'dalawa', 'hai', 'dui', 'اثنين', 'اثنان');
add('3', 'три', 'trzy', 'üç', 'tiga', 'tatlo', 'ba', 'ثلاثة', 'تلاتة');
add('4', 'четыре', 'чотири', 'cztery', 'dört', 'empat', 'apat', 'bốn', 'أربعة', 'اربعة');
add('5', 'пять', 'pięć', 'beş', 'lima', 'năm', 'خمسة');
add('6', 'шесть', 'шість', 'sześć', 'szesc', 'altı', 'alti', 'enam', 'anim', 'sáu', 'sau', 'chhoy', 'ستة');
add('7', 'семь', 'сім', 'siedem', 'yedi', 'tujuh', 'pito', 'bảy', 'سبعة');
add('8', 'восемь', 'вісім', 'osiem', 'sekiz', 'delapan', 'lapan', 'walo', 'tám', 'ثمانية', 'تمانية');
add('9', 'девять', 'dziewięć', 'dziewiec', 'dokuz', 'sembilan', 'siyam', 'chín', 'noy', 'تسعة');
const REPEAT: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  double: 2,
  triple: 3,
  doble: 2,
  triplo: 3,
  doppel: 2,
  doppio: 2,
});
/** Longer letter tokens are no number word: skipped without lower-casing them. */
const MIN_WORD = Math.min(...[...Object.keys(WORDS), ...Object.keys(REPEAT)].map((w) => w.length));
const MAX_WORD = Math.max(...[...Object.keys(WORDS), ...Object.keys(REPEAT)].map((w) => w.length));

// Tokens are runs of up to 16 letters or 24 ASCII digits (longer runs are cut), found by
// a scan of character codes rather than a regex: the step sees every text.
const MAX_LETTERS = 16;
const MAX_DIGIT_RUN = 24;
// What may stand between two number tokens of one run: up to four characters that are not
// letters or digits (spaces, punctuation, emoji).
const MAX_GAP = 4;
/** Code units of the letter at i (1, or 2 for an astral letter), or 0. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    return isLetterPoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isLetterPoint(c) ? 1 : 0;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** End of the token starting at i (letters or digits), or i when none starts there. */
function tokenEnd(text: string, i: number): number {
  if (isAsciiDigit(text.charCodeAt(i))) {
    let j = i + 1;
    while (j < text.length && j - i < MAX_DIGIT_RUN && isAsciiDigit(text.charCodeAt(j))) j++;
    return j;
  }
  let j = i;
  let letters = 0;
  for (let w = letterWidth(text, j); w > 0 && letters < MAX_LETTERS; w = letterWidth(text, j)) {
    j += w;
    letters++;
  }
  return j;
}

/** Whether [from, to) holds at most MAX_GAP code points. */
function shortGap(text: string, from: number, to: number): boolean {
  if (to - from <= MAX_GAP) return true;
  if (to - from > 2 * MAX_GAP) return false;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from)) n++;
  }
  return n <= MAX_GAP;
}

/**
 * Calls visit(start, end) for each token in order, as a global /[\p{L}]{1,16}|\d{1,24}/u
 * would find them; stops when visit returns true.
 */
export function eachToken(text: string, visit: (start: number, end: number) => boolean): void {
  let i = 0;
  while (i < text.length) {
    const end = tokenEnd(text, i);
    if (end > i) {
      if (visit(i, end)) return;
      i = end;
    } else {
      // A surrogate pair is one character; a lone surrogate is one code unit.
      const c = text.charCodeAt(i);
      const d = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    }
  }
}
const MIN_RUN_DIGITS = 4;

interface Tok {
  start: number;
  end: number;
  digits: string; // digits this token stands for ('' for a multiplier)
  repeat: number; // >1 for double/triple
  word: boolean;
}

/** A number word at the end of a run whose neighbour in the run is digits. */
function edgeWord(t: Tok, neighbour: Tok): boolean {
  return t.word && t.repeat === 1 && !neighbour.word;
}

function classify(raw: string): Pick<Tok, 'digits' | 'repeat' | 'word'> | null {
  if (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57) return { digits: raw, repeat: 1, word: false };
  if (raw.length > MAX_WORD) return null;
  const w = raw.toLowerCase();
  const d = WORDS[w];
  if (d !== undefined) return { digits: d, repeat: 1, word: true };
  const r = REPEAT[w];
  if (r !== undefined) return { digits: '', repeat: r, word: true };
  return null;
}

/**
 * True when a number word stands next to another number token (word or digit) across a
 * gap the step accepts. Words are converted only inside a run of at least MIN_RUN_DIGITS
 * digits, which needs two tokens or more, so without such a pair this step changes nothing.
 * A cheap necessary test for detectors that gate on it: one pass over the tokens.
 */
export function hasNumberWordPair(text: string): boolean {
  // Kind of the previous token: 0 not a number token, 1 digits, 2 number word.
  let prev = 0;
  let prevEnd = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path over ASCII that starts no token (spaces, punctuation).
    if (c < 128 && !isAsciiDigit(c) && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    if (end === i) {
      const d = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      continue;
    }
    const kind = isAsciiDigit(c) ? 1 : numberWord(text, i, end) ? 2 : 0;
    if (kind > 0 && prev > 0 && (kind === 2 || prev === 2) && shortGap(text, prevEnd, i)) return true;
    prev = kind;
    prevEnd = end;
    i = end;
  }
  return false;
}

// Number words by first letter, last letter and length when both letters are ASCII: most
// tokens are ruled out without slicing or lower-casing them. Other words ("пять", "pięć",
// "واحد") by their first character.
const SHAPES = new Uint8Array(26 * 26 * (MAX_WORD + 1));
const shapeKey = (first: number, last: number, length: number): number =>
  ((first - 97) * 26 + (last - 97)) * (MAX_WORD + 1) + length;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const OTHER_FIRSTS = new Set<number>();
for (const w of [...Object.keys(WORDS), ...Object.keys(REPEAT)]) {
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  if (isAsciiLower(first) && isAsciiLower(last)) SHAPES[shapeKey(first, last, w.length)] = 1;
  else {
    OTHER_FIRSTS.add(first);
    OTHER_FIRSTS.add(w[0]?.toUpperCase().charCodeAt(0) as number);
  }
}

function numberWord(text: string, start: number, end: number): boolean {
  if (end - start > MAX_WORD || end - start < MIN_WORD) return false;
  const c0 = text.charCodeAt(start);
  const first = c0 | 32;
  const last = text.charCodeAt(end - 1) | 32;
  if (!isAsciiLower(first) || !isAsciiLower(last) || c0 >= 128) {
    if (!OTHER_FIRSTS.has(c0)) return false;
  } else if (SHAPES[shapeKey(first, last, end - start)] !== 1) return false;
  let w = text.slice(start, end);
  if (WORDS[w] !== undefined || REPEAT[w] !== undefined) return true;
  w = w.toLowerCase();
  return WORDS[w] !== undefined || REPEAT[w] !== undefined;
}

export const spelledDigits = defineNormalizer({
  id: 'spelled-digits',
  description: 'Turns runs of number words ("nine one seven", "double five", "ek do teen") into digits.',
  apply(input) {
    const { text } = input;
    // Most texts hold no two number tokens side by side with a word among them.
    if (!hasNumberWordPair(text)) return input;
    const b = new TextBuilder(input);
    let last = 0;
    let run: Tok[] = [];
    let changed = false;

    const flush = (): void => {
      // A lone number word at either end of a run of digits is an ordinary word after or
      // before a number ("+1 415 555 0132 no calls", "0300 1234567 one more thing"), not
      // its last digit: only words beside other number words are read as digits.
      let lo = 0;
      let hi = run.length;
      while (hi - lo >= 2 && edgeWord(run[hi - 1] as Tok, run[hi - 2] as Tok)) hi--;
      while (hi - lo >= 2 && edgeWord(run[lo] as Tok, run[lo + 1] as Tok)) lo++;
      if (lo > 0 || hi < run.length) run = run.slice(lo, hi);
      const hasWord = run.some((t) => t.word);
      let count = 0;
      for (const t of run) count += t.repeat > 1 ? t.repeat - 1 : t.digits.length;
      if (hasWord && count >= MIN_RUN_DIGITS) {
        for (let i = 0; i < run.length; i++) {
          const t = run[i] as Tok;
          if (!t.word) continue;
          const next = run[i + 1];
          if (t.repeat > 1) {
            // "double five": one digit per word position, the repeated digit spans both words.
            if (next && next.digits.length === 1 && next.word) {
              b.keep(last, t.start);
              const out = next.digits.repeat(t.repeat);
              const anchors = t.repeat === 2 ? [t.start, next.start] : [t.start, t.start + 1, next.start];
              b.replace(t.start, next.end, out, anchors);
              last = next.end;
              i++;
            }
            continue;
          }
          b.keep(last, t.start);
          b.replace(t.start, t.end, t.digits);
          last = t.end;
          changed = true;
        }
        changed = true;
      }
      run = [];
    };

    let prevEnd = -1;
    eachToken(text, (start, end) => {
      const c = classify(text.slice(start, end));
      if (!c) {
        if (run.length) flush();
      } else {
        if (run.length && !shortGap(text, prevEnd, start)) flush();
        run.push({ start, end, ...c });
      }
      prevEnd = end;
      return false;
    });
    if (run.length) flush();
    if (!changed) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
