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
add('0', 'zero', 'oh', 'nought', 'nil', 'cero', 'zéro', 'null', 'sifar', 'sifr', 'shunya', 'shoonya', 'sunya');
add('1', 'one', 'uno', 'una', 'um', 'uma', 'un', 'une', 'eins', 'ek', 'aik', 'ik');
add('2', 'two', 'dos', 'dois', 'duas', 'deux', 'zwei', 'zwo', 'due', 'do', 'dho');
add('3', 'three', 'tres', 'três', 'trois', 'drei', 'tre', 'teen', 'tin', 'theen');
add('4', 'four', 'cuatro', 'quatro', 'quatre', 'vier', 'quattro', 'char', 'chaar', 'chār');
add('5', 'five', 'cinco', 'cinq', 'fünf', 'fuenf', 'cinque', 'panch', 'paanch', 'paach', 'paanj', 'panj');
add(
  '6',
  'six',
  'seis',
  'meia',
  'sechs',
  'sei',
  'chhe',
  'chhah',
  'chheh',
  'cheh',
  'chhey',
  'chah',
  'che',
  'chhay',
  'chay',
);
add('7', 'seven', 'siete', 'sete', 'sept', 'sieben', 'sette', 'saat', 'sat', 'saath');
add('8', 'eight', 'ocho', 'oito', 'huit', 'acht', 'otto', 'aath', 'aat', 'ath', 'aatth');
add('9', 'nine', 'nueve', 'nove', 'neuf', 'neun', 'nau', 'nao', 'nou', 'no');
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
/**
 * Words for two digits, as numbers are read out in pairs ("zéro six, douze, trente-quatre",
 * "forty two", "veintidós"): tens that a unit word may follow ("trente-quatre" is 34,
 * "treinta y dos" 32, "vingt" alone 20) and whole pairs (teens, one-word compounds).
 * French 60 and 80 also take a teen ("soixante-dix-huit" 78, "quatre-vingt-douze" 92);
 * "dix" takes a unit ("dix-sept"). Read only in runs of several groups (see flushRun).
 */
interface PairWord {
  value: number;
  /** 'tens': a unit word may follow; 'pair': the word is the whole pair. */
  kind: 'tens' | 'pair';
  /** A teen may follow (French 60, and 80 once "quatre" and "vingt" are joined). */
  teen: boolean;
}
const PAIRS: Record<string, PairWord> = Object.create(null) as Record<string, PairWord>;
function addPairs(kind: PairWord['kind'], value: number, ...words: string[]): void {
  for (const w of words) PAIRS[w] = { value, kind, teen: false };
}
// English, Spanish, Portuguese, French, Italian, German.
addPairs('pair', 10, 'ten', 'diez', 'dez', 'dieci', 'zehn');
addPairs('pair', 11, 'eleven', 'once', 'onze', 'undici', 'elf');
addPairs('pair', 12, 'twelve', 'doce', 'doze', 'douze', 'dodici', 'zwölf', 'zwoelf');
addPairs('pair', 13, 'thirteen', 'trece', 'treze', 'treize', 'tredici', 'dreizehn');
addPairs('pair', 14, 'fourteen', 'catorce', 'catorze', 'quatorze', 'quattordici', 'vierzehn');
addPairs('pair', 15, 'fifteen', 'quince', 'quinze', 'quindici', 'fünfzehn', 'fuenfzehn');
addPairs('pair', 16, 'sixteen', 'dieciséis', 'dieciseis', 'dezesseis', 'dezasseis', 'seize', 'sedici', 'sechzehn');
addPairs('pair', 17, 'seventeen', 'diecisiete', 'dezessete', 'dezassete', 'diciassette', 'siebzehn');
addPairs('pair', 18, 'eighteen', 'dieciocho', 'dezoito', 'diciotto', 'achtzehn');
addPairs('pair', 19, 'nineteen', 'diecinueve', 'dezenove', 'dezanove', 'diciannove', 'neunzehn');
addPairs('tens', 10, 'dix');
addPairs('tens', 20, 'twenty', 'veinte', 'vinte', 'vingt', 'vingts', 'venti');
addPairs('tens', 30, 'thirty', 'treinta', 'trinta', 'trente', 'trenta');
addPairs('tens', 40, 'forty', 'fourty', 'cuarenta', 'quarenta', 'quarante', 'quaranta');
addPairs('tens', 50, 'fifty', 'cincuenta', 'cinquenta', 'cinquante', 'cinquanta');
addPairs('tens', 60, 'sixty', 'sesenta', 'sessenta', 'soixante', 'sessanta');
addPairs('tens', 70, 'seventy', 'setenta', 'septante', 'settanta');
addPairs('tens', 80, 'eighty', 'ochenta', 'oitenta', 'huitante', 'octante', 'ottanta');
addPairs('tens', 90, 'ninety', 'noventa', 'nonante', 'novanta');
(PAIRS.soixante as PairWord).teen = true;
// One-word compounds: Spanish 21-29, Italian 21-99, German 21-99 (unit first).
const ES_UNITS = ['uno', 'dós', 'trés', 'cuatro', 'cinco', 'séis', 'siete', 'ocho', 'nueve'];
ES_UNITS.forEach((u, k) => {
  addPairs('pair', 21 + k, `veinti${u}`, `veinti${u.normalize('NFD').replace(/\p{M}/gu, '')}`);
});
addPairs('pair', 21, 'veintiún');
const IT_UNITS = ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const IT_TENS = ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
IT_TENS.forEach((t, j) => {
  IT_UNITS.forEach((u, k) => {
    // The tens drop their last vowel before a vowel: "ventuno", "trentotto".
    const stem = u === 'uno' || u === 'otto' ? t.slice(0, -1) : t;
    addPairs('pair', 20 + 10 * j + k + 1, stem + u, ...(u === 'tre' ? [`${stem}tré`] : []));
  });
});
const DE_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const DE_TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
DE_TENS.forEach((t, j) => {
  addPairs('tens', 20 + 10 * j, t, t.replace('ß', 'ss').replace('ü', 'ue'));
  DE_UNITS.forEach((u, k) => {
    const w = `${u}und${t}`;
    addPairs('pair', 20 + 10 * j + k + 1, w, w.replace('ß', 'ss').replaceAll('ü', 'ue'));
  });
});
// "vingt-et-un", "treinta y dos", "trinta e quatro", "ventitré e": between tens and a unit.
const JOINERS = new Set(['et', 'y', 'e']);
/** French 80 is "quatre-vingt(s)": the unit word and these, joined. */
const VINGT = new Set(['vingt', 'vingts']);

const NUMBER_WORDS = [...Object.keys(WORDS), ...Object.keys(REPEAT), ...Object.keys(PAIRS)];
/** Longer letter tokens are no number word: skipped without lower-casing them. */
const MIN_WORD = Math.min(...NUMBER_WORDS.map((w) => w.length));
const MAX_WORD = Math.max(...NUMBER_WORDS.map((w) => w.length));

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
/**
 * A run with a pair word ("douze", "trente-quatre") is read only when it has this many
 * groups and digits: a number read out in pairs, not a time ("twelve thirty") or a year
 * ("nineteen eighty-four").
 */
const MIN_PAIR_GROUPS = 3;
const MIN_PAIR_DIGITS = 6;

interface Tok {
  start: number;
  end: number;
  digits: string; // digits this token stands for ('' for a multiplier or a joiner)
  repeat: number; // >1 for double/triple
  word: boolean;
  /** Set for a tens or pair word ("trente", "douze"). */
  pair?: PairWord;
  /** "et", "y", "e" between a tens word and a unit word. */
  joiner?: boolean;
  lower: string;
}

function classify(raw: string): Omit<Tok, 'start' | 'end'> | null {
  if (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57) return { digits: raw, repeat: 1, word: false, lower: raw };
  if (raw.length > MAX_WORD) return null;
  const w = raw.toLowerCase();
  const d = WORDS[w];
  if (d !== undefined) return { digits: d, repeat: 1, word: true, lower: w };
  const r = REPEAT[w];
  if (r !== undefined) return { digits: '', repeat: r, word: true, lower: w };
  const p = PAIRS[w];
  if (p !== undefined) return { digits: String(p.value), repeat: 1, word: true, pair: p, lower: w };
  if (JOINERS.has(w)) return { digits: '', repeat: 1, word: true, joiner: true, lower: w };
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

// Number words by first, second and last letter and length when the first and last letters
// are ASCII, hashed into a table: most tokens ("done", "since", "sorry" beside "doce",
// "seize", "sixty") are ruled out without slicing or lower-casing them. A collision only
// costs a lookup. Other words ("пять", "pięć", "واحد") by their first character.
const SHAPE_SIZE = 1 << 15;
const SHAPES = new Uint8Array(SHAPE_SIZE);
// `| 32` lower-cases ASCII and Latin-1 letters ("É" → "é"); the hash only needs to agree for
// a word and its capitalised forms.
const shapeKey = (first: number, second: number, last: number, length: number): number =>
  (((first * 31 + (second | 32)) * 31 + last) * 17 + length) & (SHAPE_SIZE - 1);
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const OTHER_FIRSTS = new Set<number>();
for (const w of NUMBER_WORDS) {
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  if (isAsciiLower(first) && isAsciiLower(last)) SHAPES[shapeKey(first, w.charCodeAt(1), last, w.length)] = 1;
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
  } else if (SHAPES[shapeKey(first, text.charCodeAt(start + 1), last, end - start)] !== 1) return false;
  let w = text.slice(start, end);
  if (WORDS[w] !== undefined || REPEAT[w] !== undefined || PAIRS[w] !== undefined) return true;
  w = w.toLowerCase();
  return WORDS[w] !== undefined || REPEAT[w] !== undefined || PAIRS[w] !== undefined;
}

/** What a run of tokens reads as: groups of digits, each over one or more tokens. */
interface Group {
  start: number;
  end: number;
  /** The digits written for the group ('' for a multiplier without a digit after it). */
  digits: string;
  /** Digits the group counts for towards MIN_RUN_DIGITS. */
  count: number;
  word: boolean;
  repeat: boolean;
  pair: boolean;
  anchors?: readonly number[];
  /** The word of a one-word unit group. */
  lower?: string;
}

/** Spaces or a hyphen between the words of one pair ("trente-quatre", "forty two"). */
function pairGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0xa0 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}

/** 1-9 for a unit word ("quatre", "two"), else 0. */
function unitOf(t: Tok | undefined): number {
  if (!t?.word || t.pair || t.joiner || t.repeat !== 1 || t.digits.length !== 1) return 0;
  return Number(t.digits);
}

/** Whether `t` starts French 80 with the next token ("quatre-vingt", "quatre vingts"). */
function isQuatreVingt(text: string, t: Tok, next: Tok | undefined): boolean {
  return t.lower === 'quatre' && next !== undefined && VINGT.has(next.lower) && pairGap(text, t.end, next.start);
}

/**
 * The groups of a run. A tens word takes the unit after it ("forty two" → 42, "treinta y
 * dos" → 32), French 60 and 80 a teen ("soixante-douze" → 72, "quatre-vingt-dix-neuf" → 99);
 * "double five" is 55.
 */
function groupsOf(text: string, toks: readonly Tok[]): Group[] {
  const out: Group[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    if (!t.word) {
      out.push({
        start: t.start,
        end: t.end,
        digits: t.digits,
        count: t.digits.length,
        word: false,
        repeat: false,
        pair: false,
      });
      i++;
    } else if (t.repeat > 1) {
      // "double five": one digit per word position, the repeated digit spans both words.
      if (next?.word && !next.pair && !next.joiner && next.repeat === 1 && next.digits.length === 1) {
        const n = next as Tok;
        const anchors = t.repeat === 2 ? [t.start, n.start] : [t.start, t.start + 1, n.start];
        const digits = n.digits.repeat(t.repeat);
        out.push({
          start: t.start,
          end: n.end,
          digits,
          count: t.repeat,
          word: true,
          repeat: true,
          pair: false,
          anchors,
        });
        i += 2;
      } else {
        out.push({
          start: t.start,
          end: t.end,
          digits: '',
          count: t.repeat - 1,
          word: true,
          repeat: true,
          pair: false,
        });
        i++;
      }
    } else if (t.pair || isQuatreVingt(text, t, next)) {
      const quatreVingt = t.pair === undefined;
      let value = quatreVingt ? 80 : (t.pair as PairWord).value;
      const teen = quatreVingt || (t.pair as PairWord).teen;
      let j = quatreVingt ? i + 2 : i + 1;
      let end = (toks[j - 1] as Tok).end;
      if (quatreVingt || t.pair?.kind === 'tens') {
        let k = j;
        if (toks[k]?.joiner && pairGap(text, end, (toks[k] as Tok).start)) k++;
        const after = toks[k];
        const gapOk = after !== undefined && pairGap(text, (toks[k - 1] as Tok).end, after.start);
        const unit = gapOk ? unitOf(after) : 0;
        if (unit > 0) {
          value += unit;
          end = (after as Tok).end;
          j = k + 1;
        } else if (gapOk && teen && after?.pair) {
          const p = after.pair;
          if (p.kind === 'pair' && p.value >= 10 && p.value <= 19) {
            value += p.value;
            end = after.end;
            j = k + 1;
          } else if (p.value === 10) {
            // "soixante-dix-huit": 60 + 10 + 8.
            value += 10;
            end = after.end;
            j = k + 1;
            const u = toks[j];
            const du = u && pairGap(text, end, u.start) ? unitOf(u) : 0;
            if (du > 0) {
              value += du;
              end = (u as Tok).end;
              j++;
            }
          }
        }
      }
      out.push({ start: t.start, end, digits: String(value), count: 2, word: true, repeat: false, pair: true });
      i = j;
    } else if (t.joiner) {
      i++; // a joiner no pair took: left as written
    } else {
      out.push({
        start: t.start,
        end: t.end,
        digits: t.digits,
        count: 1,
        word: true,
        repeat: false,
        pair: false,
        lower: t.lower,
      });
      i++;
    }
  }
  return out;
}

/**
 * Number words that are far more often an ordinary word at the edge of a number: Hindi/Urdu
 * "hai" ("is": "mera number hai nau aath …", "… ek shunya hai"), Vietnamese for 2 inside a
 * number; "no" ("no. nine one …", "… zero two, no texts"), Hindi for 9 inside one.
 */
const EDGE_ORDINARY = new Set(['hai', 'no']);

function ordinaryEdge(g: Group | undefined): boolean {
  return g?.lower !== undefined && EDGE_ORDINARY.has(g.lower);
}

/**
 * A number word at the end of a run whose neighbour in the run is digits. Not one glued to
 * them ("zero3zero1"): nobody writes a word flush against a number unless it is part of it;
 * nor one beside a single digit ("six 4 six - 555 …"), words and digits typed in turns.
 */
function edgeWord(g: Group, neighbour: Group): boolean {
  if (!g.word || g.repeat || neighbour.word || neighbour.digits.length === 1) return false;
  return g.end !== neighbour.start && neighbour.end !== g.start;
}

/** Values in steps of one or ten: "ten, twenty, thirty", "eleven, twelve, thirteen". */
function counting(groups: readonly Group[]): boolean {
  if (groups.length < 3) return false;
  const value = (k: number): number => Number((groups[k] as Group).digits || 'NaN');
  const step = value(1) - value(0);
  if (Math.abs(step) !== 1 && Math.abs(step) !== 10) return false;
  for (let k = 2; k < groups.length; k++) if (value(k) - value(k - 1) !== step) return false;
  return true;
}

export const spelledDigits = defineNormalizer({
  id: 'spelled-digits',
  description:
    'Turns runs of number words ("nine one seven", "double five", "ek do teen", "zéro six, douze, trente-quatre") into digits.',
  apply(input) {
    const { text } = input;
    // Most texts hold no two number tokens side by side with a word among them.
    if (!hasNumberWordPair(text)) return input;
    const b = new TextBuilder(input);
    let last = 0;
    let changed = false;

    const flushRun = (toks: readonly Tok[]): void => {
      const all = groupsOf(text, toks);
      // A lone number word at either end of a run of digits is an ordinary word after or
      // before a number ("+1 415 555 0132 no calls", "0300 1234567 one more thing"), not
      // its last digit: only words beside other number words are read as digits.
      let lo = 0;
      let hi = all.length;
      while (hi - lo >= 2 && edgeWord(all[hi - 1] as Group, all[hi - 2] as Group)) hi--;
      while (hi - lo >= 2 && edgeWord(all[lo] as Group, all[lo + 1] as Group)) lo++;
      while (hi > lo && ordinaryEdge(all[hi - 1])) hi--;
      while (hi > lo && ordinaryEdge(all[lo])) lo++;
      const groups = lo > 0 || hi < all.length ? all.slice(lo, hi) : all;
      let count = 0;
      let hasWord = false;
      let hasPair = false;
      for (const g of groups) {
        count += g.count;
        hasWord ||= g.word;
        hasPair ||= g.pair;
      }
      if (hasPair && (groups.length < MIN_PAIR_GROUPS || count < MIN_PAIR_DIGITS || counting(groups))) {
        // Not a number read out in pairs: the parts between its pair words are read alone.
        let from = 0;
        for (let k = 0; k <= toks.length; k++) {
          const t = toks[k];
          if (t && !t.pair && !t.joiner && !isQuatreVingt(text, t, toks[k + 1])) continue;
          if (k > from) flushRun(toks.slice(from, k));
          from = k + 1;
        }
        return;
      }
      if (!hasWord || count < MIN_RUN_DIGITS) return;
      for (const g of groups) {
        if (!g.word || g.digits === '') continue;
        b.keep(last, g.start);
        b.replace(g.start, g.end, g.digits, g.anchors);
        last = g.end;
        changed = true;
      }
    };

    let run: Tok[] = [];
    const flush = (): void => {
      // A joiner ends no pair: "forty e" is not 40-something.
      if (run.at(-1)?.joiner) run.pop();
      if (run.length) flushRun(run);
      run = [];
    };

    let prevEnd = -1;
    eachToken(text, (start, end) => {
      const c = classify(text.slice(start, end));
      if (!c) {
        flush();
      } else {
        if (run.length && !shortGap(text, prevEnd, start)) flush();
        const tail = run.at(-1);
        if (c.joiner) {
          // Only between a tens word and what it takes: "vingt et un", "treinta y dos".
          if (tail?.pair?.kind !== 'tens') {
            flush();
            prevEnd = end;
            return false;
          }
        } else if (tail?.joiner && !(c.digits.length === 1 && c.word && !c.pair && c.digits !== '0') && !c.pair) {
          flush();
        }
        run.push({ start, end, ...c });
      }
      prevEnd = end;
      return false;
    });
    flush();
    if (!changed) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
