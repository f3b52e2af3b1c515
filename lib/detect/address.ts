import * as lex from './address-lexicon';
import { defineDetector, type RawFinding } from './define';
import { matchesOf } from './lexicon';
import { partitionPoint } from './sorted';
import type { Confidence } from './types';

// How it works. The text is cut into word / number / punctuation tokens once (linear). A
// "street core" is then recognised from the shapes streets take in ~25 languages:
//   A  12 Baker Street, 1600 Amphitheatre Pkwy           number + name + English type
//   B  20 Rue Hsine, 33 avenue de Provence               number + prefix type + name
//   C  Rue de Rivoli 12, ul. Hoża 41/7, Via Tasso 129     prefix type + name + number
//   D  Lindenstraße 12, Koskikatu 25, Andrássy út 5.     name with glued/following type + number
//   E  4844 Søndergade 52 / "lives at Jahu 80"            untyped name + number: only with support
//   + corner of X and Y, PO boxes, military APO/FPO, "House 23, Street 7", CJK markers.
// From a core the tail is read over unit, city, state, postcode and country parts, across
// commas and line breaks. Confidence rises with the parts found; weak shapes need support
// (a cue like "my address is", a unit, or a postcode) before they are reported at all.

// Tokens live in parallel typed arrays (kind, start, end, flags, punctuation code) reused
// from call to call: one object per token made long texts spend their time in the GC.
const K_NONE = 0;
const K_W = 1; // word
const K_N = 2; // number, "221B"
const K_O = 3; // ordinal, "5th"
const K_P = 4; // one punctuation character

// Token flags: layout bits, then the word lists the word is in (looked up once per token, so
// every later question about a word is a bit test).
const NL = 1 << 0; // a line break lies between this token and the previous one
const CAP = 1 << 1; // an ordinal, or a word starting with a capital
const STOP = 1 << 2;
const LEAD = 1 << 3;
const PART = 1 << 4;
const ENS = 1 << 5;
const ENC = 1 << 6;
const ENW = 1 << 7;
const DIR = 1 << 8;
const PRE = 1 << 9;
const PREA = 1 << 10;
const PREE = 1 << 11;
const PRED = 1 << 12;
const POST = 1 << 13;
const POSTA = 1 << 14;
const POSTD = 1 << 15;
const COUNT = 1 << 16;
const QTY = 1 << 17;
const UNIT = 1 << 18;
const NMARK = 1 << 19;
const HOUSE = 1 << 20;
const STREETW = 1 << 21;
const COMPEXC = 1 << 22;
const OUNIT = 1 << 23;
const UNITX = 1 << 24;
const CONJ = 1 << 25;
const CORNER = 1 << 26;
const LOWERED = 1 << 27; // the word's lower-case form is in the token's string slot
const SUFFIXED = 1 << 28; // five letters or more, ending like a glued street type ("…straße")
const DATE = 1 << 29;
const PRODUCT = 1 << 30; // a product, platform or model name: "Windows 11" is a version

const LEX = new Map<string, number>();
function addWords(list: Iterable<string>, bit: number): void {
  for (const w of list) LEX.set(w, (LEX.get(w) ?? 0) | bit);
}
addWords(lex.NAME_STOPWORDS, STOP);
addWords(lex.UNIT_WORDS_LEAD, LEAD);
addWords(lex.NAME_PARTICLES, PART);
addWords(lex.EN_TYPES_STRONG, ENS);
addWords(lex.EN_TYPES_COMMON_WORD, ENC);
addWords(lex.EN_TYPES_WEAK, ENW);
addWords(lex.DIRECTIONS, DIR);
addWords(lex.PREFIX_TYPES, PRE);
addWords(lex.PREFIX_TYPES_AMBIGUOUS, PREA);
addWords(lex.PREFIX_TYPES_ENGLISH, PREE);
addWords(lex.PREFIX_TYPES_NEED_DOT, PRED);
addWords(lex.POST_TYPES, POST);
addWords(lex.POST_TYPES_AMBIGUOUS, POSTA);
addWords(lex.POST_TYPES_NEED_DOT, POSTD);
addWords(lex.COUNT_PRECURSORS, COUNT);
addWords(lex.QUANTITY_WORDS, QTY);
addWords(lex.DATE_WORDS, DATE);
addWords(lex.UNIT_WORDS, UNIT);
addWords(lex.NUMBER_MARKS, NMARK);
addWords(lex.COMPOUND_EXCEPTIONS, COMPEXC);
addWords(lex.VERSIONED_NAMES, PRODUCT);
// "House 23, Street 7"
addWords(
  ['house', 'hse', 'h', 'plot', 'flat', 'shop', 'bungalow', 'villa', 'suite', 'apt', 'apartment', 'unit'],
  HOUSE,
);
addWords(['street', 'st', 'road', 'rd', 'lane', 'gali', 'block', 'sector', 'phase', 'mohalla'], STREETW);
// After an ordinal: "4º izq.", "3rd fl.", "2º B"
addWords(['izq', 'izda', 'dcha', 'dch', 'der', 'dcho', 'centro', 'ctro', 'a', 'b', 'c', 'd'], OUNIT);
// Unit words that do not start a unit part of the tail.
addWords(['no', 'number', 'box', 'gate', 'door'], UNITX);
addWords(['and', 'y', 'et', 'und'], CONJ);
addWords(['corner'], CORNER);

// The ASCII entries again in an open-addressed table keyed by a hash taken while the word is
// cut, so a plain ASCII word is looked up without making its string.
const WORD_SLOTS = 4096;
const WORD_TABLE = new Int32Array(WORD_SLOTS);
const WORD_KEYS: string[] = [];
const WORD_BITS: number[] = [];
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
const nextHash = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
const slotOf = (h: number): number => (h ^ (h >>> 11) ^ (h >>> 22)) & (WORD_SLOTS - 1);
for (const [w, bits] of LEX) {
  if (/[^ -~]/u.test(w)) continue; // only words the hand tokenizer can cut
  let h = 0;
  for (let q = 0; q < w.length; q++) h = nextHash(h, w.charCodeAt(q));
  let slot = slotOf(h);
  while (WORD_TABLE[slot] !== 0) slot = (slot + 1) & (WORD_SLOTS - 1);
  WORD_KEYS.push(w);
  WORD_BITS.push(bits);
  WORD_TABLE[slot] = WORD_KEYS.length;
}

/** Word-list bits of the ASCII word text[s, e) whose lower-case hash is h. */
function asciiWordBits(text: string, s: number, e: number, h: number): number {
  for (let slot = slotOf(h); ; slot = (slot + 1) & (WORD_SLOTS - 1)) {
    const entry = WORD_TABLE[slot] as number;
    if (entry === 0) return 0;
    const key = WORD_KEYS[entry - 1] as string;
    if (key.length !== e - s) continue;
    let q = 0;
    while (q < key.length && key.charCodeAt(q) === lowerAscii(text.charCodeAt(s + q))) q++;
    if (q === key.length) return WORD_BITS[entry - 1] as number;
  }
}

// Words (letters with inner apostrophes/hyphens), ordinals ("5th", "4º"), numbers with an
// optional letter ("221B"), single punctuation. Every quantifier is bounded. Plain ASCII is
// cut by hand to the same tokens; this regex takes over at any other character.
const TOKEN =
  /(\d{1,4}(?:st|nd|rd|th|er|e|ème|eme|º|ª|°)(?![\p{L}\p{N}]))|(\p{L}[\p{L}\p{M}]{0,39}(?:['’-]\p{L}[\p{L}\p{M}]{0,39}){0,3})|(\d{1,12}(?:[A-Za-z](?![\p{L}\p{N}]))?)|[^\s\p{L}\p{N}]/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const SPACE_LETTER_OR_NUMBER = /[\s\p{L}\p{N}]/uy;
// Ordinal endings made of ASCII letters, in the regex's order ("ème", "º"... go to the regex).
const ORDINAL_ENDS = ['st', 'nd', 'rd', 'th', 'er', 'e', 'eme'];

const UPPER = /\p{Lu}/u;
// Last letters that make a number a measure ("5k", "3m", "2h", "4x", "10s", "8g").
const KMHXSG = new Uint8Array(128);
for (const c of 'kmhxsgKMHXSG') KMHXSG[c.charCodeAt(0)] = 1;
const LETTER_END = /\p{L}$/u;
// Last two code units of each suffix, as one number: most words are ruled out by one lookup.
const endingOf = (x: string): number => x.charCodeAt(x.length - 2) * 65536 + x.charCodeAt(x.length - 1);
const COMPOUND_ENDINGS: ReadonlySet<number> = new Set(lex.COMPOUND_SUFFIXES.map(endingOf));
// The suffixes under each ending, longest first.
const SUFFIXES_BY_ENDING = new Map<number, string[]>();
for (const x of new Set(lex.COMPOUND_SUFFIXES)) {
  const list = SUFFIXES_BY_ENDING.get(endingOf(x)) ?? [];
  list.push(x);
  SUFFIXES_BY_ENDING.set(endingOf(x), list);
}
for (const list of SUFFIXES_BY_ENDING.values()) list.sort((x, y) => y.length - x.length);
// The same for ASCII words, indexed by the two lower-case codes (c1 * 128 + c2).
const ASCII_ENDINGS = new Uint8Array(128 * 128);
for (const x of lex.COMPOUND_SUFFIXES) {
  const c1 = x.charCodeAt(x.length - 2);
  const c2 = x.charCodeAt(x.length - 1);
  if (c1 < 128 && c2 < 128) ASCII_ENDINGS[c1 * 128 + c2] = 1;
}
const LOWER = /\p{Ll}/u;

/** Code points of a string, as a set (punctuation tokens are compared by code point). */
const codes = (s: string): ReadonlySet<number> => new Set([...s].map((c) => c.codePointAt(0) as number));
// Punctuation glued before a number that makes it a price, ID, time or decimal.
const NUMBER_GLUE = codes('$€£¥₹#+-.:/@_,');
const LEFT_GLUE = codes('$€£#+-.:/,');
const LINE_PREFIX = codes('>?|*-•·');
const C_HASH = 35;
const C_DOLLAR = 36;
const C_PERCENT = 37;
const C_AMP = 38;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_COMMA = 44;
const C_DASH = 45;
const C_DOT = 46;
const C_SLASH = 47;
const C_COLON = 58;
const C_SEMI = 59;
const C_AT = 64;
const C_UNDERSCORE = 95;
const C_ORDINAL = 0xba; // º
const C_EURO = 0x20ac;
const C_NUMERO = 0x2116; // №

const POSTCODE =
  /(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{5}-\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{3} \d{3}|\d{4,6})(?![\p{L}\p{N}]|[-./:]\d)/uy;

const PO_BOX =
  /(?<![\p{L}\p{N}])(?:P\.? ?O\.? ?Box|P\.O\.B\.?|Post ?Office ?Box|Post(?:al)? ?Box|Postbox|Postfach|Postboks|Postilokero|Postbus|Apartado(?: (?:de )?Correos)?|Apdo\.?|Caixa (?:Postal|Posta)|Casella ?Postale|Bo[iî]te ?Postale|Skrytka ?pocztowa|Private ?Bag|Locked ?Bag|GPO ?Box|PMB)[ \t]{0,3}(?:No\.? ?|# ?|: ?)?\d{1,6}(?![\p{N}])/giu;

// US military mail: "PSC 3294, Box 9168 / APO AA 61487", "Unit 8505 Box 9220 / DPO AE 90744".
const MILITARY_BOX =
  /(?<![\p{L}\p{N}])(?:PSC|CMR|Unit)[ \t]{1,3}\d{3,5},?[ \t]{1,3}Box[ \t]{1,3}\d{1,5}(?:[ \t,]{0,3}\n?[ \t]{0,3}(?:APO|DPO|FPO)[ \t]{1,3}(?:AA|AE|AP)[ \t]{1,3}\d{5})?(?!\d)/giu;
const MILITARY_SHIP =
  /(?<![\p{L}\p{N}])(?:USS|USNS|USNV|USCGC|USCG|USAV)[ \t]{1,3}[\p{L}'’.-]{1,30}(?:[ \t][\p{L}'’.-]{1,30}){0,2}[ \t,]{0,3}\n?[ \t]{0,3}FPO[ \t]{1,3}(?:AA|AE|AP)[ \t]{1,3}\d{5}(?!\d)/giu;
const MILITARY_LINE = /(?<![\p{L}\p{N}])(?:APO|DPO|FPO)[ \t]{1,3}(?:AA|AE|AP)[ \t]{1,3}\d{5}(?!\d)/gu;

// Chinese and Japanese markers that only occur in addresses: 〒 postcodes, "…路 12 号",
// "3丁目4番地".
const CJK_ADDRESS =
  /〒[ \t]?\d{3}-?\d{4}|\p{Script=Han}{1,12}(?:路|街|道|巷|弄|胡同)[ \t]?\d{1,5}[ \t]?(?:号|號)|\d{1,4}[ \t]?丁目[ \t]?\d{1,4}(?:[ \t]?番地?[ \t]?\d{0,4}|[ \t]?-[ \t]?\d{1,4})?/gu;

// "upgrade to Laravel 11", "runs on Windows 11": the word between a software verb and a name.
const VERSION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'from', 'in', 'with', 'for']);

// Cue words must be close: the window before a weak shape is cut at a sentence end.
// A question mark does not cut: "What is your address? It is ...".
const SENTENCE_END = /[.!](?=\s)|\n[ \t]*\n/gu;
const ADDRESS_CUE_ALL = new RegExp(lex.ADDRESS_CUE.source, 'giu');
const PREP_END: ReadonlySet<string> = new Set(['at', 'on', 'in', 'to']);

interface Core {
  /** Token range [a, b) of the street core. */
  a: number;
  b: number;
  evidence: string[];
  /** 'strong' stands alone; 'typed-weak' stands alone at low confidence; 'weak' needs support. */
  strength: 'strong' | 'typed-weak' | 'weak';
  /** A no-number street ("Baner Road") is an address only with a postcode after it. */
  needsPostcode?: boolean;
  /** An address only with a place, state or postcode after it, or a cue before it. */
  needsPlace?: boolean;
  /** Character span override for regex-found cores. */
  s?: number;
  e?: number;
}

interface Tail {
  end: number;
  unit: boolean;
  postcode: boolean;
  /** The postcode is four digits that read as a year (1900 to 2099): "Windows 11 2024". */
  postcodeYear: boolean;
  state: boolean;
  places: number;
  /** A place name after a comma or on its own line ("…, Saareküla"). */
  placeAfterSep: boolean;
}

// Case of each non-ASCII code unit, worked out once (toLowerCase/toUpperCase allocate):
// 0 not yet known, 1 changes when lower-cased, 2 changes when upper-cased, 3 neither.
const UNIT_CASE = new Uint8Array(65536);

function unitCase(c: number): number {
  let k = UNIT_CASE[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 3;
    UNIT_CASE[c] = k;
  }
  return k;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Scratch token arrays, grown as needed and reused by every call (findAddresses never
// re-enters itself, and all results are copied out before it returns).
let capacity = 0;
let KS = new Uint8Array(0);
let SS = new Int32Array(0);
let ES = new Int32Array(0);
let FS = new Int32Array(0);
let CS = new Int32Array(0);
let LS: string[] = [];
let COMPOUND_MEMO = new Int8Array(0);
let POSTCODE_MEMO = new Int32Array(0);
let NEXT_DIGIT = new Int32Array(0);
let COVERED = new Uint8Array(0);

// Scratch grown past this for a long text is let go afterwards, not kept for the page's life.
const SCRATCH_KEEP = 1 << 16;

function reserve(n: number): void {
  if (n <= capacity) return;
  capacity = Math.max(n, Math.min(capacity * 2, SCRATCH_KEEP), 256);
  KS = new Uint8Array(capacity);
  SS = new Int32Array(capacity);
  ES = new Int32Array(capacity);
  FS = new Int32Array(capacity);
  CS = new Int32Array(capacity);
  LS = new Array<string>(capacity).fill('');
  COMPOUND_MEMO = new Int8Array(capacity);
  POSTCODE_MEMO = new Int32Array(capacity);
  NEXT_DIGIT = new Int32Array(capacity);
  COVERED = new Uint8Array(capacity);
}

class Scanner {
  readonly text: string;
  readonly n: number;
  readonly ks: Uint8Array;
  readonly ss: Int32Array;
  readonly es: Int32Array;
  readonly fs: Int32Array;
  readonly cs: Int32Array;
  readonly ls: string[];
  /** Chat typed all in lower case (under 2% capitals) gets looser name rules. */
  readonly lower: boolean;
  /** Per token: compoundStreet (1 yes, -1 no, 0 not asked yet). */
  private readonly compoundMemo: Int8Array;
  /** Per token: postcodeAt + 2 (0 not asked yet). */
  private readonly postMemo: Int32Array;
  readonly hasCorner: boolean;
  readonly ascii: boolean;

  // Counters filled while tokenizing.
  private letters = 0;
  private upper = 0;
  private corner = false;
  private nonAscii = false;

  constructor(text: string) {
    this.text = text;
    reserve(text.length + 2);
    this.ks = KS;
    this.ss = SS;
    this.es = ES;
    this.fs = FS;
    this.cs = CS;
    this.ls = LS;
    this.n = this.tokenize();
    this.lower = this.letters > 0 && this.upper / this.letters < 0.02;
    this.compoundMemo = COMPOUND_MEMO;
    this.compoundMemo.fill(0, 0, this.n + 1);
    this.postMemo = POSTCODE_MEMO;
    this.postMemo.fill(0, 0, this.n + 1);
    this.hasCorner = this.corner;
    this.ascii = !this.nonAscii;
  }

  /** Counts letters and capitals in [from, to) as code units, for `lower`. */
  private countCase(from: number, to: number): void {
    const text = this.text;
    for (let q = from; q < to; q++) {
      const c = text.charCodeAt(q);
      if (c < 65) continue;
      const k = c > 127 ? unitCase(c) : 0;
      if (c > 127) this.nonAscii = true;
      if (c <= 90 || k === 1) {
        this.upper++;
        this.letters++;
      } else if ((c >= 97 && c <= 122) || k === 2) {
        this.letters++;
      }
    }
  }

  /** `(?![\p{L}\p{N}])` at pos. */
  private letterOrNumberAt(pos: number): boolean {
    if (pos >= this.text.length) return false;
    const c = this.text.charCodeAt(pos);
    if (c < 128) return isAsciiLetter(c) || isDigit(c);
    LETTER_OR_NUMBER.lastIndex = pos;
    return LETTER_OR_NUMBER.test(this.text);
  }

  /** Stores token n; `f` holds its flags (for a word, the word-list bits too). */
  private push(n: number, k: number, s: number, e: number, f: number): void {
    this.ks[n] = k;
    this.ss[n] = s;
    this.es[n] = e;
    if (k === K_P) this.cs[n] = this.text.codePointAt(s) as number;
    if (f & CORNER) this.corner = true;
    this.fs[n] = f;
  }

  /**
   * The TOKEN regex's tokens. ASCII words, numbers, ordinals and punctuation are cut by hand;
   * at any other character (or when one may extend a token) the regex takes the token.
   */
  private tokenize(): number {
    const text = this.text;
    const len = text.length;
    let n = 0;
    let p = 0;
    let nl = false;
    while (p < len) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (c === 32 || (c >= 9 && c <= 13)) {
          if (c === 10) nl = true;
          p++;
          continue;
        }
        if (isDigit(c)) {
          let q = p + 1;
          while (q < len && q - p < 13 && isDigit(text.charCodeAt(q))) q++;
          const run = q - p;
          let end = -1;
          if (run <= 4 && q < len) {
            const x = text.charCodeAt(q);
            // "5ème", "4º", "2ª", "3°": endings the regex knows.
            if (x === 0xe8 || x === 0xba || x === 0xaa || x === 0xb0) {
              p = this.regexToken(n++, p, nl);
              nl = false;
              continue;
            }
            if (x >= 97 && x <= 116) {
              for (const sfx of ORDINAL_ENDS) {
                if (text.startsWith(sfx, q) && !this.letterOrNumberAt(q + sfx.length)) {
                  end = q + sfx.length;
                  break;
                }
              }
            }
          }
          if (end > 0) {
            this.letters += end - q;
            this.push(n++, K_O, p, end, nl ? NL | CAP : CAP);
          } else {
            end = p + Math.min(run, 12);
            const x = end < len ? text.charCodeAt(end) : 0;
            if (isAsciiLetter(x) && !this.letterOrNumberAt(end + 1)) {
              this.letters++;
              if (x <= 90) this.upper++;
              end++;
            }
            this.push(n++, K_N, p, end, nl ? NL : 0);
          }
          nl = false;
          p = end;
          continue;
        }
        if (isAsciiLetter(c)) {
          // \p{L}[\p{L}\p{M}]{0,39}(?:['’-]\p{L}[\p{L}\p{M}]{0,39}){0,3}
          let q = p;
          let seg = 0;
          let joins = 0;
          let caps = 0;
          let other = false;
          let h = 0;
          for (;;) {
            const x = q < len ? text.charCodeAt(q) : 32;
            if (isAsciiLetter(x) && seg < 40) {
              if (x <= 90) caps++;
              h = nextHash(h, x | 32);
              seg++;
              q++;
              continue;
            }
            if (x >= 128) {
              other = true;
              break;
            }
            if ((x === 39 || x === 45) && joins < 3 && seg > 0) {
              const y = q + 1 < len ? text.charCodeAt(q + 1) : 32;
              if (y >= 128) {
                other = true;
                break;
              }
              if (isAsciiLetter(y)) {
                h = nextHash(h, x);
                joins++;
                seg = 0;
                q++;
                continue;
              }
            }
            break;
          }
          if (other) {
            p = this.regexToken(n++, p, nl);
            nl = false;
            continue;
          }
          this.letters += q - p - joins;
          this.upper += caps;
          let f = (nl ? NL : 0) | (c <= 90 ? CAP : 0) | asciiWordBits(text, p, q, h);
          if (
            q - p >= 5 &&
            ASCII_ENDINGS[lowerAscii(text.charCodeAt(q - 2)) * 128 + lowerAscii(text.charCodeAt(q - 1))]
          )
            f |= SUFFIXED;
          this.push(n++, K_W, p, q, f);
          nl = false;
          p = q;
          continue;
        }
        this.push(n++, K_P, p, p + 1, nl ? NL : 0);
        nl = false;
        p++;
        continue;
      }
      // Not a space, letter or number (an emoji, "€", "—"): one punctuation token, no regex.
      SPACE_LETTER_OR_NUMBER.lastIndex = p;
      if (!SPACE_LETTER_OR_NUMBER.test(text)) {
        const end =
          c >= 0xd800 && c <= 0xdbff && p + 1 < len && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? p + 2 : p + 1;
        this.countCase(p, end);
        this.push(n++, K_P, p, end, nl ? NL : 0);
        nl = false;
        p = end;
        continue;
      }
      const e = this.regexToken(n, p, nl);
      if (e < 0) break;
      n++;
      nl = false;
      p = e;
    }
    return n;
  }

  /** One token by the regex from p, stored at index n; returns its end, or -1 for none. */
  private regexToken(n: number, p: number, nlBefore: boolean): number {
    const text = this.text;
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (m === null) {
      this.countCase(p, text.length);
      return -1;
    }
    const s = m.index;
    const t = m[0];
    const e = s + t.length;
    let nl = nlBefore;
    for (let q = p; q < s && !nl; q++) if (text.charCodeAt(q) === 10) nl = true;
    this.countCase(p, e);
    const f = nl ? NL : 0;
    if (m[1] !== undefined) this.push(n, K_O, s, e, f | CAP);
    else if (m[2] !== undefined) {
      const c = t.charCodeAt(0);
      const capital = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t[0] as string);
      const word = t.toLowerCase();
      this.ls[n] = word;
      const wl = word.length;
      const ending = word.charCodeAt(wl - 2) * 65536 + word.charCodeAt(wl - 1);
      const suffixed = wl >= 5 && COMPOUND_ENDINGS.has(ending) ? SUFFIXED : 0;
      this.push(n, K_W, s, e, f | (capital ? CAP : 0) | LOWERED | suffixed | (LEX.get(word) ?? 0));
    } else if (m[3] !== undefined) this.push(n, K_N, s, e, f);
    else this.push(n, K_P, s, e, f);
    return e;
  }

  // ---------------------------------------------------------------------------------------
  // Token access: outside [0, n) a token reads as absent (kind K_NONE, no flags).

  kind(i: number): number {
    return i >= 0 && i < this.n ? (this.ks[i] as number) : K_NONE;
  }

  flags(i: number): number {
    return i >= 0 && i < this.n ? (this.fs[i] as number) : 0;
  }

  /** White space before token i (0 = glued to the previous token). */
  gap(i: number): number {
    return (this.ss[i] as number) - (i > 0 ? (this.es[i - 1] as number) : 0);
  }

  /** Length of token i's text. */
  len(i: number): number {
    return (this.es[i] as number) - (this.ss[i] as number);
  }

  isWord(i: number): boolean {
    const k = this.kind(i);
    return k === K_W || k === K_O;
  }

  isPunct(i: number, c: number): boolean {
    return this.kind(i) === K_P && this.cs[i] === c;
  }

  isCap(i: number): boolean {
    return (this.flags(i) & CAP) !== 0;
  }

  /** Token i starts a new line (false when absent). */
  nl(i: number): boolean {
    return (this.flags(i) & NL) !== 0;
  }

  /** Token i exists and is on the line of the token before it. */
  sameLine(i: number): boolean {
    return this.kind(i) !== K_NONE && (this.fs[i]! & NL) === 0;
  }

  /** Word i in lower case (made on first use: most words are only looked up by hash). */
  word(i: number): string {
    const f = this.fs[i] as number;
    if (f & LOWERED) return this.ls[i] as string;
    const w = this.text.slice(this.ss[i], this.es[i]).toLowerCase();
    this.ls[i] = w;
    this.fs[i] = f | LOWERED;
    return w;
  }

  /** Length of word i in lower case (an ASCII word keeps its length). */
  wordLength(i: number): number {
    return this.fs[i]! & LOWERED ? (this.ls[i] as string).length : this.len(i);
  }

  /** A word token is `w` (lower-cased). */
  isW(i: number, w: string): boolean {
    return this.kind(i) === K_W && this.wordLength(i) === w.length && this.word(i) === w;
  }

  /** Digits of a number token ("221B" has 3). */
  digitCount(i: number): number {
    const c = this.text.charCodeAt((this.es[i] as number) - 1);
    return c >= 48 && c <= 57 ? this.len(i) : this.len(i) - 1;
  }

  // ---------------------------------------------------------------------------------------

  /** A word that may be part of a street name; `cap` asks for a capital (unless all-lower text). */
  nameOk(i: number, cap: boolean): boolean {
    const k = this.kind(i);
    // An ordinal is in no word list and counts as capitalised.
    if (k === K_O) return true;
    if (k !== K_W || this.wordLength(i) > 40) return false;
    const f = this.fs[i] as number;
    if (f & (STOP | LEAD)) return false;
    if (cap && !this.lower && !(f & CAP)) return false;
    return true;
  }

  /**
   * A house number at i ("12", "221B", "41/7", "15-17", "19." in Hungarian), that is not
   * a quantity, time, price or decimal. Returns the token index after it, or -1. `marked`:
   * a number mark ("No:", "Nr.") stands right before it, so it may be glued to the mark.
   */
  houseNumber(i: number, allowTrailingDot: boolean, marked = false): number {
    if (this.kind(i) !== K_N || this.digitCount(i) > 6) return -1;
    if (i > 0 && !marked && this.gap(i) === 0 && (this.ks[i - 1] !== K_P || NUMBER_GLUE.has(this.cs[i - 1] as number)))
      return -1;
    let j = i + 1;
    if (this.kind(j) === K_P && this.gap(j) === 0) {
      const c1 = this.cs[j] as number;
      if ((c1 === C_SLASH || c1 === C_DASH) && this.kind(j + 1) === K_N && this.gap(j + 1) === 0) {
        if (this.len(j + 1) > 4) return -1;
        j += 2;
        // "41/7" is a flat; "12/3/2024" is a date.
        if (
          this.kind(j) === K_P &&
          this.gap(j) === 0 &&
          (this.cs[j] === C_SLASH || this.cs[j] === C_DASH) &&
          this.kind(j + 1) === K_N
        )
          return -1;
      } else if (
        c1 === C_COLON ||
        c1 === C_PERCENT ||
        c1 === C_COMMA ||
        c1 === C_DOT ||
        c1 === C_SLASH ||
        c1 === C_DASH
      ) {
        const k2 = this.kind(j + 1);
        const gluedDigit = (k2 === K_N || k2 === K_O) && this.gap(j + 1) === 0;
        if (c1 === C_PERCENT || gluedDigit) return -1;
        if (c1 === C_DOT && allowTrailingDot) j += 1;
      }
    }
    const ka = this.kind(j);
    if (ka !== K_NONE) {
      const glued = this.gap(j) === 0;
      // Glued to a word or number ("7Er5", "12px") it is part of an ID, not a house number.
      if (glued && ka !== K_P) return -1;
      if (glued && (this.cs[j] === C_UNDERSCORE || this.cs[j] === C_AT)) return -1;
      // "3 km" is a distance; "No:3 K:2" (Turkish floor label) is not.
      if (ka === K_W && !this.nl(j) && this.fs[j]! & QTY && !this.labelColon(j + 1)) return -1;
      if (ka === K_P && glued && (this.cs[j] === C_PERCENT || this.cs[j] === C_DOLLAR || this.cs[j] === C_EURO))
        return -1;
    }
    return j;
  }

  /** A colon glued to the token before i ("K:2", "D:5"). */
  labelColon(i: number): boolean {
    return this.isPunct(i, C_COLON) && this.gap(i) === 0;
  }

  /** "No.", "Nr.", "Nº", "#", "No:" before a house number; returns index after the mark. */
  numberMark(i: number): number {
    const k = this.kind(i);
    if (k === K_NONE || this.nl(i)) return i;
    if (k === K_P) return this.cs[i] === C_HASH || this.cs[i] === C_NUMERO ? i + 1 : i;
    if (k === K_W && this.fs[i]! & NMARK) {
      let j = i + 1;
      if (this.isPunct(j, C_DOT) || this.isPunct(j, C_COLON) || this.isPunct(j, C_ORDINAL)) j++;
      if (this.kind(j) === K_N) return j;
    }
    return i;
  }

  /** After a type word, an abbreviation dot glued to it is part of the street. */
  skipDot(j: number): number {
    return this.isPunct(j, C_DOT) && this.gap(j) === 0 ? j + 1 : j;
  }

  /** An abbreviation dot glued to the word before j ("ul.", "Str."); a slash only in "C/". */
  hasDot(j: number): boolean {
    if (this.kind(j) !== K_P || this.gap(j) !== 0) return false;
    if (this.cs[j] === C_DOT) return true;
    return this.cs[j] === C_SLASH && this.isW(j - 1, 'c') && j + 1 < this.n && this.gap(j + 1) > 0;
  }

  /** A one-word street with the type glued on ("Lindenstraße", "Koskikatu", "Nytorv"). */
  compoundStreet(i: number): boolean {
    if (i < 0 || i >= this.n || !(this.fs[i]! & SUFFIXED)) return false;
    const memo = this.compoundMemo[i];
    if (memo) return memo > 0;
    const r = this.compoundStreetUncached(i);
    this.compoundMemo[i] = r ? 1 : -1;
    return r;
  }

  private compoundStreetUncached(i: number): boolean {
    if (this.ks[i] !== K_W) return false;
    // SUFFIXED (set when cut) already says: five letters or more, ending like a suffix.
    if (this.fs[i]! & COMPEXC) return false;
    const w = this.word(i);
    // The longest suffix the word ends with, leaving at least two letters before it.
    for (const sfx of SUFFIXES_BY_ENDING.get(endingOf(w)) ?? []) {
      const len = sfx.length;
      if (len > w.length - 2 || !w.endsWith(sfx)) continue;
      // Short suffixes need a longer stem ("Katie" is not a road, "Nytorv" is).
      if (w.length < len + (len >= 4 ? 2 : 3)) return false;
      const before = w[w.length - len - 1] ?? '';
      return LETTER_END.test(before) || before === '-';
    }
    return false;
  }

  /** Walks back over up to `max` capitalised name words before token i (same line). */
  namesBefore(i: number, max: number, cap: boolean): number {
    let a = i;
    for (let n = 0; n < max; n++) {
      if (this.kind(a) === K_NONE || this.nl(a)) break;
      const p = a - 1;
      // "C. Beerninckstraat": an initial with its dot.
      if (this.isPunct(p, C_DOT) && this.gap(p) === 0 && this.kind(p - 1) === K_W && this.len(p - 1) <= 2) {
        if (!cap || this.isCap(p - 1)) {
          a = p - 1;
          continue;
        }
        break;
      }
      if (!this.nameOk(p, cap) || this.kind(p) !== K_W) break;
      if (this.fs[p]! & PART && !this.lower && !this.isCap(p)) {
        // Particles are only inside names ("Rua do Paseo"), never their first word.
        if (this.nameOk(p - 1, true) && this.sameLine(p)) {
          a = p;
          continue;
        }
        break;
      }
      a = p;
    }
    return a;
  }

  // Ends of address cues and of sentences, read from the text only as far as asked (a weak
  // shape early in a long text does not pay for the whole text).
  private readonly cueEnds: number[] = [];
  /** Per cue in cueEnds: it ends in a preposition ("we're on", "lives at", "sent to"). */
  private readonly cuePrep: boolean[] = [];
  private readonly breaks: number[] = [];
  private cueScan: Generator<RegExpExecArray> | null = null;
  private breakScan: Generator<RegExpExecArray> | null = null;
  private cuePending = -1;
  private breakPending = -1;

  /** An address cue ends at most 90 characters before `start`, with no sentence end between. */
  cueBefore(start: number): boolean {
    const text = this.text;
    if (!this.cueScan) {
      this.cueScan = matchesOf(ADDRESS_CUE_ALL, text);
      this.cuePending = nextEnd(this.cueScan);
    }
    const ends = this.cueEnds;
    const had = ends.length;
    this.cuePending = readEnds(this.cueScan, ends, this.cuePending, start);
    for (let q = had; q < ends.length; q++) {
      const e = ends[q] as number;
      this.cuePrep.push(
        e >= 3 && /\s/u.test(text[e - 3] as string) && PREP_END.has(text.slice(e - 2, e).toLowerCase()),
      );
    }
    const ci = lastIndexAtMost(ends, start);
    const c = ci >= 0 ? (ends[ci] as number) : -1;
    if (ci < 0 || start - c > 90) return false;
    // A preposition takes the first thing after it: past a version number or a semicolon
    // ("We're on Laravel 10.48.4 and PHP 8.2; the upgrade to ...") the cue is spent.
    if (this.cuePrep[ci]) {
      for (let q = c; q < start; q++) {
        const x = text.charCodeAt(q);
        if (x === C_SEMI) return false;
        if (x === C_DOT && isDigit(text.charCodeAt(q - 1)) && isDigit(text.charCodeAt(q + 1))) return false;
      }
    }
    if (!this.breakScan) {
      this.breakScan = matchesOf(SENTENCE_END, this.text);
      this.breakPending = nextEnd(this.breakScan);
    }
    this.breakPending = readEnds(this.breakScan, this.breaks, this.breakPending, start);
    const b = lastAtMost(this.breaks, start);
    return b === undefined || b <= c;
  }

  // ---------------------------------------------------------------------------------------
  // Street cores

  /** Whether any typed core can start at i: a number, or a word from the type lists. */
  mayStartTyped(i: number): boolean {
    const k = this.ks[i];
    if (k === K_N) return true;
    return k === K_W && (((this.fs[i] as number) & (PRE | POST | HOUSE | NMARK)) !== 0 || this.compoundStreet(i));
  }

  /** The typed core starting at i that reaches furthest (A, B, C, D or house-street). */
  typedCore(i: number): Core | null {
    let found: Core | null = null;
    for (let f = 0; f < 5; f++) {
      const c =
        f === 0
          ? this.coreNumberNameType(i)
          : f === 1
            ? this.coreNumberPrefixName(i)
            : f === 2
              ? this.corePrefixNameNumber(i)
              : f === 3
                ? this.coreNameTypeNumber(i)
                : this.coreHouseStreet(i);
      if (c && (!found || c.b > found.b)) found = c;
    }
    // "1453 Sok. No:8": only asked when a post type follows the number.
    if (this.ks[i] === K_N && this.flags(i + 1 + (this.isPunct(i + 1, C_DOT) ? 1 : 0)) & POST) {
      const c = this.coreNumberedStreet(i);
      if (c && (!found || c.b > found.b)) found = c;
    }
    return found;
  }

  /** A: "1600 Amphitheatre Pkwy", "24 Clarke Avenue", "1420 Westlake Ave N". */
  coreNumberNameType(i: number): Core | null {
    if (
      this.kind(i) !== K_N ||
      this.digitCount(i) > 6 ||
      KMHXSG[this.text.charCodeAt((this.es[i] as number) - 1)] === 1
    )
      return null;
    if (i > 0) {
      const pk = this.ks[i - 1];
      if (this.gap(i - 1) === 0 && this.gap(i) === 0 && pk !== K_P) return null;
      if (pk === K_P && this.gap(i) === 0 && NUMBER_GLUE.has(this.cs[i - 1] as number)) return null;
    }
    let j = i + 1;
    // "15-17 Main St": a range of house numbers.
    if (this.isPunct(j, C_DASH) && this.gap(j) === 0 && this.kind(j + 1) === K_N && this.gap(j + 1) === 0) j += 2;
    if (this.kind(j) === K_NONE || this.nl(j) || this.gap(j) === 0) return null;
    let names = 0;
    let allCap = true;
    for (let steps = 0; steps < 6 && j < this.n; steps++) {
      if (this.nl(j)) return null;
      if (names >= 1 && this.isWord(j)) {
        const type = this.enType(j, allCap);
        if (type) {
          let b = this.skipDot(j + 1);
          if (this.isWord(b) && this.sameLine(b) && this.enType(b, allCap)) b = this.skipDot(b + 1);
          if (this.isWord(b) && this.sameLine(b) && this.fs[b]! & DIR && (this.isCap(b) || this.lower))
            b = this.skipDot(b + 1);
          const strength = this.countLike(i, type);
          // "No 14 Olumide Close, off ...": a capitalised "No" is the house-number mark, not
          // the count in "No 5 Wall Street firms", when the street ends the clause.
          if (strength === 'weak' && type !== 'weak' && this.markedBefore(i) && this.clauseEnds(b))
            return { a: i - 1, b, evidence: ['street-number', 'street-type'], strength: type };
          return { a: i, b, evidence: ['street-number', 'street-type'], strength };
        }
      }
      // "1215 Morris, Ave": a stray comma before the type.
      if (names >= 1 && this.isPunct(j, C_COMMA) && this.isWord(j + 1)) {
        const f = this.fs[j + 1] as number;
        if (f & ENS && f & CAP && !(f & ENC)) {
          j++;
          continue;
        }
      }
      if (!this.nameOk(j, false)) return null;
      if (!this.isCap(j)) allCap = false;
      names++;
      j = this.skipDot(j + 1);
    }
    return null;
  }

  /**
   * "with 5 Wall Street firms", "The 2019 Alumni Center": a number after a counting word, or a
   * year before a long-tail type, reads as a count or a date; such shapes need support.
   */
  countLike(i: number, type: Core['strength']): Core['strength'] {
    if (i > 0 && !this.nl(i) && this.ks[i - 1] === K_W && this.fs[i - 1]! & COUNT) return 'weak';
    const n = Number(this.text.slice(this.ss[i], this.es[i]));
    if (type !== 'strong' && n >= 1900 && n <= 2099) return 'weak';
    return type;
  }

  /** A capitalised "No" or "Number" right before the number at i, on its line. */
  markedBefore(i: number): boolean {
    const m = i - 1;
    if (m < 0 || this.ks[m] !== K_W || this.nl(i) || this.gap(i) === 0 || !(this.fs[m]! & CAP)) return false;
    return (this.fs[m]! & NMARK) !== 0 || this.isW(m, 'number');
  }

  /** Nothing goes on at b but punctuation, a line end or a landmark street ("off X Road"). */
  clauseEnds(b: number): boolean {
    const k = this.kind(b);
    if (k === K_NONE || this.nl(b)) return true;
    if (k === K_P) {
      const c = this.cs[b] as number;
      return c === C_COMMA || c === C_DOT || c === C_SEMI || c === C_RPAREN || c === 33 || c === 63;
    }
    return this.landmarkAt(b) > 0;
  }

  /**
   * "off Adeniyi Road", "opposite Unity Close": a landmark word and a capitalised named
   * street with an English type. Returns the index after it, or -1.
   */
  landmarkAt(k: number): number {
    if (this.kind(k) !== K_W || this.wordLength(k) > 8 || !lex.LANDMARK_WORDS.has(this.word(k))) return -1;
    this.namesAfter(this.skipDot(k + 1), true, 5);
    const count = this.nCount;
    const end = this.nEnd;
    if (count < 2 || this.nCapCount < count) return -1;
    const last = this.isPunct(end - 1, C_DOT) ? end - 2 : end - 1;
    const type = this.enType(last, true);
    return (type === 'strong' || type === 'typed-weak') && this.isCap(last) ? end : -1;
  }

  /** Classifies an English street type at j given how the name was written. */
  enType(j: number, nameCap: boolean): Core['strength'] | null {
    const f = this.flags(j);
    if (!(f & (ENS | ENC | ENW))) return null;
    const cap = (f & CAP) !== 0;
    if (f & ENS && !(f & ENC)) {
      const l = this.word(j);
      if ((l === 'st' || l === 'dr' || l === 'ct' || l === 'pl' || l === 'av') && !cap && !this.lower) return null;
      return 'strong';
    }
    if (f & ENC) {
      if (cap && nameCap) return 'strong';
      return this.lower ? 'weak' : null;
    }
    if (cap && nameCap) return 'typed-weak';
    return this.lower ? 'weak' : null;
  }

  // prefixType's answer, kept in fields (it is asked often and an object per call is waste).
  private pAmbiguous = false;
  private pNext = 0;

  /** A prefix street type at i ("Rue", "ul."): sets pAmbiguous and pNext (the name's start). */
  prefixType(i: number): boolean {
    if (this.kind(i) !== K_W) return false;
    const f = this.fs[i] as number;
    if (!(f & PRE)) return false;
    const dotted = this.hasDot(i + 1);
    // "C/ Mayor 3": Spanish calle with a slash.
    if (f & PRED && !dotted) return false;
    const ambiguous = (f & PREA) !== 0;
    if (ambiguous && !(f & CAP) && !dotted && !this.lower) return false;
    // "et al. 2019" is a citation.
    if (this.isW(i, 'al') && this.isW(i - 1, 'et')) return false;
    this.pAmbiguous = ambiguous;
    this.pNext = dotted ? i + 2 : i + 1;
    return true;
  }

  // namesAfter's answer: the index after the names, how many, how many capitalised.
  private nEnd = 0;
  private nCount = 0;
  private nCapCount = 0;

  /** Name words after a prefix type; sets nEnd, nCount and nCapCount. */
  namesAfter(j: number, cap: boolean, max: number): void {
    let count = 0;
    let capCount = 0;
    let end = j;
    for (let n = 0; n < max; n++) {
      if (!this.isWord(end) || this.nl(end)) break;
      const f = this.fs[end] as number;
      if (f & PART && !(count === 0 && f & CAP && !(f & STOP))) {
        // "de", "del", "do" inside a name: only if a name word follows.
        if (this.nameOk(end + 1, false) && this.sameLine(end + 1)) {
          end++;
          continue;
        }
        break;
      }
      if (!this.nameOk(end, cap && count === 0)) break;
      count++;
      if (f & CAP) capCount++;
      end = this.skipDot(end + 1);
    }
    this.nEnd = end;
    this.nCount = count;
    this.nCapCount = capCount;
  }

  /** B: "20 Rue Hsine Eloued", "33 avenue de Provence", "69 Av Sidi Lakhmi". */
  coreNumberPrefixName(i: number): Core | null {
    if (this.kind(i) !== K_N || this.len(i) > 6) return null;
    if (i > 0 && this.ks[i - 1] === K_P && this.gap(i) === 0 && NUMBER_GLUE.has(this.cs[i - 1] as number)) return null;
    if (this.kind(i + 1) === K_NONE || this.nl(i + 1) || this.gap(i + 1) === 0) return null;
    if (!this.prefixType(i + 1)) return null;
    const ambiguous = this.pAmbiguous;
    const next = this.pNext;
    // English "avenue"/"place" after a number reads as a quantity unless the name is capitalised.
    this.namesAfter(next, ambiguous, 5);
    if (this.nCount === 0) return null;
    if (ambiguous && this.nCapCount === 0 && !this.lower) return null;
    const english = this.fs[i + 1]! & PREE && !(this.flags(next) & PART);
    return {
      a: i,
      b: this.nEnd,
      evidence: ['street-number', 'street-type'],
      strength: english ? 'typed-weak' : 'strong',
    };
  }

  /** C: "Rue de Virton 38", "ul. Hoża 41/7", "Calle 26 # 13-19", "Jl. Sudirman No. 5". */
  corePrefixNameNumber(i: number): Core | null {
    if (!this.prefixType(i)) return null;
    const ambiguous = this.pAmbiguous;
    const next = this.pNext;
    // Colombian grid addresses: "Calle 26 # 13-19", "Carrera 7 No. 45-12".
    if (this.kind(next) === K_N && !this.nl(next)) {
      const m = this.numberMark(next + 1);
      if (m > next + 1 || this.isPunct(next + 1, C_HASH)) {
        const h = this.houseNumber(m, false);
        if (h > 0) return { a: i, b: h, evidence: ['street-type', 'street-number'], strength: 'strong' };
      }
      return null;
    }
    this.namesAfter(next, ambiguous, 6);
    if (this.nCount === 0) return null;
    if (ambiguous && this.nCapCount === 0 && !this.lower) return null;
    let j = this.nEnd;
    if (this.isPunct(j, C_COMMA) && !this.nl(j)) j++;
    const markEnd = this.numberMark(j);
    if (this.kind(markEnd) === K_NONE || this.nl(markEnd)) return null;
    const h = this.houseNumber(markEnd, true, markEnd > j);
    if (h < 0) return null;
    // French/Italian words that are also English ("Place", "Route") need a particle after
    // them ("Place de la Gare") or some other support.
    const english = this.fs[i]! & PREE && !(this.flags(next) & PART);
    const strength: Core['strength'] = english ? 'weak' : 'strong';
    return { a: i, b: h, evidence: ['street-type', 'street-number'], strength };
  }

  /** D: "Lindenstraße 12", "Augsburger Strasse 36", "Kálmán Imre u. 12.", "Trenerys gate 232". */
  coreNameTypeNumber(i: number): Core | null {
    if (this.kind(i) !== K_W) return null;
    const f = this.fs[i] as number;
    let a = -1;
    let strength: Core['strength'] = 'strong';
    let needMark = false;
    if (this.compoundStreet(i)) {
      a = this.namesBefore(i, 3, true);
    } else if (f & POST) {
      if (i === 0 || f & NL || this.ks[i - 1] !== K_W) return null;
      // "Árpád fejedelem útja": a lower-case noun inside a name that starts capitalised.
      const lowerInside =
        !(f & POSTA) &&
        !this.nl(i - 1) &&
        this.nameOk(i - 1, false) &&
        this.nameOk(i - 2, true) &&
        this.sameLine(i - 1);
      if (!this.nameOk(i - 1, true) && !lowerInside) return null;
      if (f & POSTD && !this.hasDot(i + 1)) return null;
      if (f & POSTA) {
        // "Kongens gate 5", "Luite tee 87": the type in lower case after a capitalised name.
        // A capitalised abbreviation counts before a number mark: "Lale Sk. No:12".
        if (!this.lower && (f & CAP || !this.isCap(i - 1))) {
          if (!(f & POSTD) || !this.isCap(i - 1)) return null;
          needMark = true;
        } else strength = 'typed-weak';
      }
      a = this.namesBefore(i, 3, true);
      if (lowerInside && a === i) a = this.namesBefore(i - 1, 2, true);
      if (a === i) return null;
    } else {
      return null;
    }
    let j = this.skipDot(i + 1);
    if (this.isPunct(j, C_COMMA) && !this.nl(j)) j++;
    const mark = this.numberMark(j);
    if (needMark && (mark === j || this.ks[j] !== K_W)) return null;
    // "Papatya Sok. No:8": after a mark the number may be glued to it.
    if (this.kind(mark) === K_NONE || this.nl(mark) || (mark === j && this.gap(j) === 0)) return null;
    const h = this.houseNumber(mark, true, mark > j);
    if (h < 0) return null;
    return { a, b: h, evidence: ['street-type', 'street-number'], strength };
  }

  /**
   * A numbered street with a type written after it and a marked house number (Turkey):
   * "1453 Sok. No:8", "5. Sokak No: 12". The mark is required: "3 sokak" alone is a count.
   */
  coreNumberedStreet(i: number): Core | null {
    if (this.ks[i] !== K_N || this.digitCount(i) > 5 || this.digitCount(i) !== this.len(i)) return null;
    if (i > 0 && this.gap(i) === 0 && (this.ks[i - 1] !== K_P || NUMBER_GLUE.has(this.cs[i - 1] as number)))
      return null;
    let j = i + 1;
    if (this.isPunct(j, C_DOT) && this.gap(j) === 0) j++;
    if (this.kind(j) !== K_W || this.nl(j) || this.gap(j) === 0) return null;
    const f = this.fs[j] as number;
    if (!(f & POST) || (f & POSTA && !(f & POSTD))) return null;
    if (f & POSTD && !this.hasDot(j + 1)) return null;
    const after = this.skipDot(j + 1);
    const mark = this.numberMark(after);
    if (mark === after || this.ks[after] !== K_W || this.nl(mark)) return null;
    const h = this.houseNumber(mark, true, true);
    if (h < 0) return null;
    return { a: i, b: h, evidence: ['street-type', 'street-number'], strength: 'strong' };
  }

  /**
   * E: an untyped name with a house number, "4844 Søndergade 52", "Jahu 80", or numbers
   * before capitalised names after a cue ("is at 9816 214 Pavlou Drandaki"). Weak: reported
   * only with support.
   */
  coreUntyped(i: number): Core | null {
    const k = this.kind(i);
    if (k === K_N) {
      // Leading number: "20789 Allika 46" or "9816 214 Pavlou Drandaki".
      if (this.len(i) > 6) return null;
      if (i > 0) {
        const pk = this.ks[i - 1];
        if (pk === K_P && this.gap(i) === 0 && NUMBER_GLUE.has(this.cs[i - 1] as number)) return null;
        if (pk === K_N && !this.nl(i)) return null;
      }
      let j = i + 1;
      if (this.kind(j) === K_N && !this.nl(j) && this.gap(j) > 0) j++;
      this.namesAfter(j, true, 4);
      const count = this.nCount;
      const end = this.nEnd;
      if (count === 0) return null;
      if (!this.lower && this.nCapCount < count) return null;
      if (this.kind(end) === K_N && !this.nl(end)) {
        const h = this.houseNumber(end, true);
        if (h > 0 && !this.versionLike(j, end, h)) return { a: i, b: h, evidence: ['street-number'], strength: 'weak' };
      }
      if (count >= 2 || j > i + 1) {
        if (this.kind(end) === K_W && !this.nl(end) && this.fs[end]! & QTY) return null;
        return { a: i, b: end, evidence: ['street-number'], strength: 'weak' };
      }
      return null;
    }
    if (k === K_W) {
      // Name + number, no leading number: "Eyrarodda 66" after "return to".
      const f = this.fs[i] as number;
      if (!this.nameOk(i, true) || f & PART || this.len(i) < 2) return null;
      // Start at the first name.
      if (i > 0 && !(f & NL) && this.ks[i - 1] === K_W && this.nameOk(i - 1, true) && !(this.fs[i - 1]! & PART))
        return null;
      this.namesAfter(i, true, 4);
      // Without a leading number the name must really be capitalised, even in lower-case
      // chat: "we need 6 new screenshots" is not a street.
      if (this.nCount === 0 || this.nCapCount < this.nCount || !(f & CAP)) return null;
      const end = this.nEnd;
      if (this.kind(end) !== K_N || this.nl(end)) return null;
      if (this.isDate(end)) return null;
      const h = this.houseNumber(end, true);
      if (h < 0 || this.versionLike(i, end, h)) return null;
      return { a: i, b: h, evidence: ['street-number'], strength: 'weak' };
    }
    return null;
  }

  /**
   * The untyped "Name 12" with names [a, num) and the number at num (ending before h) reads
   * as a version or a model: a product name ("Windows 11", "Pixel 8"), a product word after
   * the number ("Angular 17 app"), a verb of software before it ("upgrade to Laravel 11",
   * "runs on Django 5"), or the same name with a dotted version nearby ("Laravel 10.48.4 ...
   * Laravel 11").
   */
  versionLike(a: number, num: number, h: number): boolean {
    for (let q = a; q < num; q++) if (this.fs[q]! & PRODUCT) return true;
    if (this.kind(h) === K_W && this.sameLine(h) && this.wordLength(h) <= 13 && lex.VERSION_FOLLOWERS.has(this.word(h)))
      return true;
    let v = a - 1;
    if (this.kind(v) === K_W && !this.nl(a) && VERSION_PREPOSITIONS.has(this.word(v))) v--;
    if (this.kind(v) === K_W && !this.nl(v + 1) && this.wordLength(v) <= 11 && lex.VERSION_VERBS.has(this.word(v)))
      return true;
    // "Laravel 10.48.4" within 40 tokens either side, for a one-word name.
    if (num !== a + 1) return false;
    const name = this.text.slice(this.ss[a], this.es[a]);
    const from = Math.max(0, a - 40);
    const to = Math.min(this.n - 3, a + 40);
    for (let q = from; q < to; q++) {
      if (q === a || this.ks[q] !== K_W || this.len(q) !== name.length) continue;
      if (!this.text.startsWith(name, this.ss[q] as number)) continue;
      if (this.ks[q + 1] === K_N && this.isPunct(q + 2, C_DOT) && this.gap(q + 2) === 0) {
        if (this.ks[q + 3] === K_N && this.gap(q + 3) === 0) return true;
      }
    }
    return false;
  }

  /** The number at i is a day after a month or weekday name ("September 12", "Sept. 3", "Monday 15"). */
  isDate(i: number): boolean {
    if (this.digitCount(i) > 2 || this.digitCount(i) !== this.len(i)) return false;
    const day = Number(this.text.slice(this.ss[i], this.es[i]));
    if (day < 1 || day > 31) return false;
    const m = this.isPunct(i - 1, C_DOT) ? i - 2 : i - 1;
    return (this.flags(m) & DATE) !== 0 && this.isWord(m);
  }

  /** "House 23, Street 7" (Pakistan, India, Bangladesh). */
  coreHouseStreet(i: number): Core | null {
    if (this.kind(i) !== K_W) return null;
    const f = this.fs[i] as number;
    if (!(f & HOUSE)) return f & NMARK ? this.coreMarkedStreet(i) : null;
    let j = this.skipDot(i + 1);
    j = this.numberMark(j);
    if (this.kind(j) !== K_N) return null;
    j++;
    if (this.isPunct(j, C_DASH) || this.isPunct(j, C_SLASH)) j += 2;
    const comma = this.isPunct(j, C_COMMA);
    if (comma) j++;
    if (this.kind(j) !== K_W) return null;
    if (!(this.fs[j]! & STREETW)) return comma ? this.namedStreetAfterUnit(i, j) : null;
    j = this.numberMark(this.skipDot(j + 1));
    if (this.kind(j) !== K_N) return null;
    return { a: i, b: j + 1, evidence: ['unit', 'street-number'], strength: 'strong' };
  }

  /**
   * "No 3, Adeniyi Road, Ikeja": a capitalised number mark, the number and a comma, then a
   * named street as after a house word (so a town or a cue is needed too).
   */
  coreMarkedStreet(i: number): Core | null {
    if (!(this.fs[i]! & CAP) || this.wordLength(i) < 2) return null;
    let j = this.skipDot(i + 1);
    if (this.labelColon(j)) j++;
    if (this.kind(j) !== K_N || this.nl(j) || this.houseNumber(j, false, true) !== j + 1) return null;
    if (!this.isPunct(j + 1, C_COMMA) || this.kind(j + 2) !== K_W) return null;
    const core = this.namedStreetAfterUnit(i, j + 2);
    if (core) core.evidence = ['street-number', 'street-type'];
    return core;
  }

  /**
   * "Plot 12, Admiralty Way", "Flat 3, Baker Street": after a numbered house or flat, a
   * capitalised street name with its type and no number, ending its line or followed by a
   * comma. An address only with a town, state or postcode after it, or a cue before it.
   */
  namedStreetAfterUnit(i: number, j: number): Core | null {
    this.namesAfter(j, true, 4);
    const count = this.nCount;
    if (count === 0 || this.nCapCount < count) return null;
    let b = -1;
    const t = this.nEnd;
    const typed = (k: number): boolean => {
      const s = this.enType(k, true);
      return (s === 'strong' || s === 'typed-weak') && this.isCap(k);
    };
    if (this.sameLine(t) && typed(t)) b = this.skipDot(t + 1);
    else if (count >= 2 && typed(t - 1)) b = t;
    if (b < 0) return null;
    if (this.kind(b) !== K_NONE && !this.isPunct(b, C_COMMA) && !this.nl(b)) return null;
    return { a: i, b, evidence: ['unit', 'street-type'], strength: 'strong', needsPlace: true };
  }

  /** "Baner Road", "Downing Street" with no number: an address only when a postcode follows. */
  coreNamedStreet(i: number): Core | null {
    if (this.kind(i) !== K_W) return null;
    const f = this.fs[i] as number;
    if (f & NL) return null;
    const b = this.skipDot(i + 1);
    if (this.kind(b) === K_NONE || !(this.isPunct(b, C_COMMA) || this.nl(b))) return null;
    const isType = (f & (ENS | ENW)) !== 0 && (f & CAP) !== 0;
    if (!isType && !this.compoundStreet(i)) return null;
    const a = this.namesBefore(i, 3, true);
    if (isType && a === i) return null;
    return { a, b, evidence: ['street-type'], strength: 'weak', needsPostcode: true };
  }

  // ---------------------------------------------------------------------------------------
  // The tail: unit, city, state, postcode, country, over commas and line breaks.

  unitAt(k: number): number {
    const kk = this.kind(k);
    if (kk === K_NONE) return -1;
    // "#12", "# 4B"
    if (this.isPunct(k, C_HASH)) return this.kind(k + 1) === K_N && !this.nl(k + 1) ? k + 2 : -1;
    // "4º izq.", "2nd Floor", "3rd fl."
    if (kk === K_O) {
      const j = k + 1;
      if (this.kind(j) === K_W && !this.nl(j) && this.fs[j]! & (UNIT | OUNIT)) return this.skipDot(j + 1);
      const last = this.text.charCodeAt((this.es[k] as number) - 1);
      return last === 0xba || last === 0xb0 || last === 0xaa ? this.skipDot(k + 1) : -1;
    }
    if (kk !== K_W) return -1;
    const f = this.fs[k] as number;
    // Turkish door and floor labels: "D:5", "K.2" (daire, kat).
    if (this.len(k) === 1 && (this.labelColon(k + 1) || this.isPunct(k + 1, C_DOT)) && this.gap(k + 1) === 0) {
      const x = this.text.charCodeAt(this.ss[k] as number) | 32;
      const num = k + 2;
      if ((x === 100 || x === 107) && this.kind(num) === K_N && this.gap(num) === 0) {
        if (this.isPunct(num + 1, C_SLASH) && this.gap(num + 1) === 0 && this.kind(num + 2) === K_N) return num + 3;
        return num + 1;
      }
    }
    if (!(f & UNIT) || f & UNITX) return -1;
    let j = this.skipDot(k + 1);
    if (this.isPunct(j, C_COLON)) j++;
    if (this.isPunct(j, C_HASH)) j++;
    j = this.numberMark(j);
    const nk = this.kind(j);
    if (nk === K_NONE || this.nl(j)) return -1;
    if (nk === K_N || (nk === K_W && this.len(j) <= 2 && UPPER.test(this.text.slice(this.ss[j], this.es[j])))) {
      j++;
      if ((this.isPunct(j, C_DASH) || this.isPunct(j, C_SLASH)) && this.gap(j) === 0 && this.kind(j + 1) === K_N)
        j += 2;
      return j;
    }
    return -1;
  }

  postcodeAt(k: number): number {
    if (k < 0 || k > this.n) return this.postcodeAtUncached(k);
    const memo = this.postMemo[k] as number;
    if (memo !== 0) return memo - 2;
    const r = this.postcodeAtUncached(k);
    this.postMemo[k] = r + 2;
    return r;
  }

  postcodeAtUncached(k: number): number {
    const kk = this.kind(k);
    if (kk !== K_N && kk !== K_W) return -1;
    const s = this.ss[k] as number;
    POSTCODE.lastIndex = s;
    const m = POSTCODE.exec(this.text);
    if (!m) return -1;
    const end = s + m[0].length;
    let j = k;
    while (j < this.n && (this.es[j] as number) <= end) j++;
    return this.es[j - 1] === end ? j : -1;
  }

  /** Token k is four digits from 1900 to 2099. */
  isYear(k: number): boolean {
    if (this.kind(k) !== K_N || this.len(k) !== 4 || this.digitCount(k) !== 4) return false;
    const y = Number(this.text.slice(this.ss[k], this.es[k]));
    return y >= 1900 && y <= 2099;
  }

  stateAt(k: number, afterSep: boolean): number {
    if (this.kind(k) !== K_W) return -1;
    const len = this.len(k);
    if (len < 2 || len > 3) return -1;
    const t = this.text.slice(this.ss[k], this.es[k]);
    const upper = t === t.toUpperCase() && !LOWER.test(t);
    if (!upper && !(this.lower && afterSep)) return -1;
    if (!upper) {
      const nk = this.kind(k + 1);
      if (nk !== K_NONE && !this.nl(k + 1) && !this.isPunct(k + 1, C_COMMA) && nk !== K_N) return -1;
    }
    if (this.fs[k]! & STOP && !upper) return -1;
    return this.skipDot(k + 1);
  }

  placeAt(k: number, afterSep: boolean): number {
    let j = k;
    let words = 0;
    for (let n = 0; n < 5; n++) {
      const kj = this.kind(j);
      if (kj === K_NONE || (j > k && this.nl(j))) break;
      if (kj === K_P && this.cs[j] === C_LPAREN && words > 0) {
        // "Cyprus (Greek)", "ΑΓΛΑΝΤΖΙΑ (ΑΓΛΑΓΓΙΑ)"
        let q = j + 1;
        while (q < j + 5 && this.isWord(q) && !this.nl(q)) q++;
        if (this.isPunct(q, C_RPAREN) && q > j + 1) {
          j = q + 1;
          continue;
        }
        break;
      }
      if (kj !== K_W && kj !== K_O) break;
      const f = this.fs[j] as number;
      // "London NW1 6XE": the postcode starts here.
      if (words > 0 && this.postcodeAt(j) > 0) break;
      if (words > 0 && f & PART && this.isWord(j + 1) && !this.nl(j + 1)) {
        j++;
        continue;
      }
      const capOk = (f & CAP) !== 0 || (this.lower && afterSep);
      if (!capOk || f & (STOP | LEAD) || this.isW(j, 'box')) break;
      words++;
      j = this.skipDot(j + 1);
    }
    if (words === 0) return -1;
    // A capitalised word before a colon is a label ("Mobile: ..."), not a place.
    if (this.isPunct(j, C_COLON) || this.isPunct(j, C_AT)) return -1;
    return j;
  }

  /** One tail part at k: postcode, unit, state or place. Records what it found in `res`. */
  component(k: number, sep: boolean, res: Tail): number {
    const post = this.postcodeAt(k);
    if (post > 0) {
      if (!res.postcode) res.postcodeYear = post === k + 1 && this.isYear(k);
      res.postcode = true;
      return post;
    }
    const unit = this.unitAt(k);
    if (unit > 0) {
      res.unit = true;
      return unit;
    }
    const state = this.stateAt(k, sep);
    if (
      state > 0 &&
      (this.postcodeAt(state) > 0 || this.isPunct(state, C_COMMA) || this.kind(state) === K_NONE || this.nl(state))
    ) {
      res.state = true;
      return state;
    }
    const place = this.placeAt(k, sep);
    if (place > 0) {
      res.places++;
      if (sep) res.placeAfterSep = true;
      return place;
    }
    const landmark = this.landmarkAt(k);
    if (landmark > 0) {
      res.places++;
      return landmark;
    }
    return -1;
  }

  tail(b: number): Tail {
    const n = this.n;
    const res: Tail = {
      end: b - 1 >= 0 && b - 1 < n ? (this.es[b - 1] as number) : 0,
      unit: false,
      postcode: false,
      postcodeYear: false,
      state: false,
      places: 0,
      placeAfterSep: false,
    };
    let j = b;
    let lines = 0;
    for (let comp = 0; comp < 12 && j < n; comp++) {
      let k = j;
      let sep = false;
      // "São Paulo - SP": a spaced dash separates like a comma; so does a slash between a
      // district and its city ("Kadıköy/İstanbul").
      if (
        this.isPunct(k, C_COMMA) ||
        this.isPunct(k, C_SEMI) ||
        (this.isPunct(k, C_DASH) && this.gap(k) > 0 && k + 1 < n && this.gap(k + 1) > 0) ||
        (this.isPunct(k, C_SLASH) && res.places > 0 && this.ks[k - 1] === K_W && this.isCap(k + 1))
      ) {
        sep = true;
        k++;
      }
      if (this.kind(k) === K_NONE) break;
      if (this.nl(k)) {
        if (++lines > 6) break;
        // More than two line breaks in between: a new block, not the next address line.
        let breaks = 0;
        for (let q = this.es[k - 1] as number; q < (this.ss[k] as number); q++)
          if (this.text.charCodeAt(q) === 10) breaks++;
        if (breaks > 2) break;
        sep = true;
        let skipped = 0;
        while (skipped < 4 && this.kind(k) === K_P && LINE_PREFIX.has(this.cs[k] as number) && !this.nl(k + 1)) {
          k++;
          skipped++;
        }
        if (this.isPunct(k, C_COMMA)) k++;
      }
      if (this.kind(k) === K_NONE) break;
      const end = this.component(k, sep, res);
      if (end < 0) break;
      j = end;
      res.end = this.es[end - 1] as number;
    }
    return res;
  }

  /** Leading numbers right before a core ("17151 2450 Crown St"), same line. */
  extendLeft(a: number): number {
    let i = a;
    for (let n = 0; n < 2; n++) {
      if (this.kind(i) === K_NONE || this.nl(i) || this.kind(i - 1) !== K_N || this.gap(i) === 0) break;
      if (this.len(i - 1) > 6) break;
      if (this.kind(i - 2) === K_P && this.gap(i - 1) === 0 && LEFT_GLUE.has(this.cs[i - 2] as number)) break;
      i--;
    }
    return i;
  }
}

/** End of the next match, or Infinity after the last. */
function nextEnd(scan: Generator<RegExpExecArray>): number {
  const r = scan.next();
  return r.done ? Number.POSITIVE_INFINITY : r.value.index + r.value[0].length;
}

/** Stores match ends up to `upTo` (ends only grow); returns the first end beyond it. */
function readEnds(scan: Generator<RegExpExecArray>, ends: number[], pending: number, upTo: number): number {
  let next = pending;
  while (next <= upTo) {
    ends.push(next);
    next = nextEnd(scan);
  }
  return next;
}

/** The index of the largest value in sorted `xs` that is <= x, or -1. */
function lastIndexAtMost(xs: number[], x: number): number {
  return partitionPoint(xs.length, (i) => (xs[i] as number) <= x) - 1;
}

/** The largest value in sorted `xs` that is <= x. */
function lastAtMost(xs: number[], x: number): number | undefined {
  const k = lastIndexAtMost(xs, x);
  return k >= 0 ? xs[k] : undefined;
}

function bump(c: Confidence, to: Confidence): Confidence {
  const order: Confidence[] = ['low', 'medium', 'high'];
  return order.indexOf(to) > order.indexOf(c) ? to : c;
}

interface Hit {
  start: number;
  end: number;
  confidence: Confidence;
  evidence: Set<string>;
}

function judge(sc: Scanner, core: Core, hits: Hit[]): void {
  const a = core.s === undefined ? sc.extendLeft(core.a) : core.a;
  const start = core.s ?? (sc.ss[a] as number);
  const coreEnd = core.e ?? (sc.es[core.b - 1] as number);
  const tail = sc.tail(core.b);
  const end = Math.max(coreEnd, tail.end);
  const ev = new Set(core.evidence);
  if (tail.unit) ev.add('unit');
  if (tail.postcode) ev.add('postcode');
  if (tail.state) ev.add('city-state');
  if (core.needsPostcode && !tail.postcode) return;
  // The cue window is only read when the shape needs it (it is the costliest step).
  const cue = (core.strength !== 'strong' || core.needsPlace === true) && sc.cueBefore(start);
  if (core.needsPlace && !cue && tail.places === 0 && !tail.postcode && !tail.state) return;
  if (cue) ev.add('address-cue');
  const located = tail.postcode || tail.state;
  let conf: Confidence;
  if (core.strength === 'strong') {
    conf = located ? 'high' : 'medium';
  } else if (core.strength === 'typed-weak') {
    conf = located || tail.unit ? 'high' : cue ? 'medium' : 'low';
  } else {
    // A number before the name and a town after a comma ("641 Dašická 688, Turkovice") is
    // the European street-number-town order.
    const leadNumber = sc.kind(core.a) === K_N && core.s === undefined;
    const town = leadNumber && tail.placeAfterSep && sc.kind(core.b - 1) !== K_W;
    // A year after "Name 12" is no postcode unless a place follows it ("Apollo 11 1969").
    const weakLocated = tail.state || (tail.postcode && !(tail.postcodeYear && tail.places === 0));
    const support = (cue ? 1 : 0) + (tail.unit ? 1 : 0) + (weakLocated ? 1 : 0) + (town ? 1 : 0);
    if (support === 0) return;
    conf = core.needsPostcode ? 'medium' : support >= 2 ? 'medium' : 'low';
    if (a < core.a && support >= 1) conf = bump(conf, 'medium');
  }
  hits.push({ start, end, confidence: conf, evidence: ev });
}

/** "the corner of 5th Avenue and Main Street", "corner of Bygget 64 and Komel Club". */
function corners(sc: Scanner, hits: Hit[]): void {
  const n = sc.n;
  let streety = false;
  const scanSide = (from: number): number => {
    let q = from;
    let count = 0;
    while (count < 7 && q < n) {
      const f = sc.fs[q] as number;
      if (f & NL) break;
      const k = sc.ks[q];
      if (k === K_N || k === K_O) streety = true;
      else if (k === K_W) {
        if (f & CONJ) break;
        if (f & (ENS | ENW | POST) && f & CAP) streety = true;
        if (f & PRE && !(f & PREA)) streety = true;
        if (sc.compoundStreet(q)) streety = true;
        if (f & STOP && !(f & CAP)) break;
      } else if (!(sc.cs[q] === C_DOT && sc.gap(q) === 0)) break;
      q++;
      count++;
    }
    return q;
  };
  for (let i = 0; i + 2 < n; i++) {
    if (!(sc.fs[i]! & CORNER) || sc.ks[i] !== K_W || !sc.isW(i + 1, 'of')) continue;
    streety = false;
    const j = scanSide(i + 2);
    const left = j - (i + 2);
    if (left === 0 || !(sc.isW(j, 'and') || sc.isPunct(j, C_AMP))) continue;
    const rightStart = j + 1;
    const end = scanSide(rightStart);
    if (end === rightStart || !streety) continue;
    // A right side that is only lower-case words is prose ("corner of the room and the wall").
    let capRight = false;
    for (let q = rightStart; q < end && !capRight; q++) capRight = sc.isCap(q) || sc.ks[q] === K_N;
    if (!capRight && !sc.lower) continue;
    const ev = new Set(['corner-of', 'street-type']);
    hits.push({ start: sc.ss[i] as number, end: sc.es[end - 1] as number, confidence: 'medium', evidence: ev });
    i = end - 1;
  }
}

// Literals every match of the regex below it contains: most texts skip the regex (which
// starts with a look-behind, so it is tried at every position) after one quick search.
const PO_BOX_WORD =
  /box|bag|pmb|p\.o\.b|postfach|postboks|postilokero|postbus|apartado|apdo|caixa|casella|postale|skrytka/iu;
const FPO_WORD = /fpo/iu;
const MILITARY_WORD = /[ADF]PO/u;
// All three of the above in one search: most texts have none of them.
const ANY_BOX_WORD =
  /box|bag|pmb|p\.o\.b|postfach|postboks|postilokero|postbus|apartado|apdo|caixa|casella|postale|skrytka|[adf]po/iu;
const CJK_MARK = /[〒路街道巷弄胡同丁]/u;

/** First token ending after pos (binary search keeps this linear overall). */
function tokenAt(sc: Scanner, pos: number): number {
  let lo = 0;
  let hi = sc.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sc.es[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushRegexCore(sc: Scanner, hits: Hit[], s: number, e: number, ev: string[], strength: Core['strength']) {
  const b = tokenAt(sc, e);
  const aTok = tokenAt(sc, s);
  judge(sc, { a: aTok, b, evidence: ev, strength, s, e }, hits);
}

function regexCores(sc: Scanner, hits: Hit[]): void {
  const { text } = sc;
  if (ANY_BOX_WORD.test(text)) {
    if (PO_BOX_WORD.test(text)) {
      for (const m of matchesOf(PO_BOX, text))
        pushRegexCore(sc, hits, m.index, m.index + m[0].length, ['po-box'], 'strong');
      for (const m of matchesOf(MILITARY_BOX, text))
        pushRegexCore(sc, hits, m.index, m.index + m[0].length, ['military'], 'strong');
    }
    if (FPO_WORD.test(text)) {
      for (const m of matchesOf(MILITARY_SHIP, text))
        pushRegexCore(sc, hits, m.index, m.index + m[0].length, ['military'], 'strong');
    }
    if (MILITARY_WORD.test(text)) {
      for (const m of matchesOf(MILITARY_LINE, text)) {
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          confidence: 'high',
          evidence: new Set(['military', 'postcode']),
        });
      }
    }
  }
  if (!sc.ascii && CJK_MARK.test(text)) {
    for (const m of matchesOf(CJK_ADDRESS, text)) {
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        confidence: 'medium',
        evidence: new Set(['street-number']),
      });
    }
  }
}

function merge(hits: Hit[]): Hit[] {
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.confidence = bump(last.confidence, h.confidence);
      for (const e of h.evidence) last.evidence.add(e);
    } else {
      out.push({ ...h, evidence: new Set(h.evidence) });
    }
  }
  return out;
}

function coversAny(covered: Uint8Array, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (covered[q]) return true;
  return false;
}

const LINK_CHUNK = /:\/\/|\bwww\.|@|[\p{L}\d-]\.[a-z]{2,12}\/|^\/|\/[\w-]{1,40}\//iu;

/** Whether pos lies in a white-space-free run that is a link, path or email ("tally.so/r/Qm8"). */
function insideLink(text: string, pos: number): boolean {
  let a = pos;
  let b = pos;
  while (a > 0 && pos - a < 200 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && b - pos < 200 && !/\s/.test(text[b]!)) b++;
  return LINK_CHUNK.test(text.slice(a, b));
}

const HAS_DIGIT = /\d/u;
const CORNER_WORD = /corner/iu;

export function findAddresses(text: string): RawFinding[] {
  // Every shape has a number except "corner of X and Y".
  const hasDigit = HAS_DIGIT.test(text);
  if (!hasDigit && !CORNER_WORD.test(text)) return [];
  const found = scan(new Scanner(text), hasDigit);
  if (capacity > SCRATCH_KEEP) {
    capacity = 0;
    reserve(1);
  }
  return found;
}

function scan(sc: Scanner, hasDigit: boolean): RawFinding[] {
  const text = sc.text;
  const hits: Hit[] = [];
  const n = sc.n;
  const ks = sc.ks;
  // Typed shapes first, so an untyped reading that starts earlier ("Kongens Nytorv 13")
  // does not hide the typed one; then untyped shapes only where nothing typed was found.
  const covered = COVERED;
  covered.fill(0, 0, n);
  let coveredUntil = -1;
  for (let i = 0; i < n; i++) {
    if (i < coveredUntil || !sc.mayStartTyped(i)) continue;
    const found = sc.typedCore(i);
    if (found) {
      const before = hits.length;
      judge(sc, found, hits);
      if (hits.length > before) {
        coveredUntil = found.b;
        covered.fill(1, found.a, found.b);
      }
    }
  }
  // Untyped shapes need a number: a house number within a few tokens, or a postcode later.
  const nextDigit = NEXT_DIGIT;
  nextDigit[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const k = i + 1 < n ? ks[i + 1] : K_NONE;
    nextDigit[i] = k === K_N || k === K_O ? i + 1 : (nextDigit[i + 1] as number);
  }
  coveredUntil = -1;
  for (let i = 0; i < n; i++) {
    if (i < coveredUntil || covered[i]) continue;
    const k = ks[i];
    let found: Core | null;
    if (k === K_N) found = sc.coreUntyped(i);
    else if (k === K_W && nextDigit[i] !== n) {
      // Without a leading number, an untyped name starts capitalised; a named street is an
      // English type word or a glued one.
      const f = sc.fs[i] as number;
      const untyped = (f & CAP) !== 0 && nextDigit[i]! <= i + 8;
      if (!untyped && !((f & (ENS | ENW) && f & CAP) || f & SUFFIXED)) continue;
      found = (untyped ? sc.coreUntyped(i) : null) ?? sc.coreNamedStreet(i);
    } else continue;
    if (found && !coversAny(covered, found.a, found.b)) {
      const before = hits.length;
      judge(sc, found, hits);
      if (hits.length > before) coveredUntil = found.b;
    }
  }
  if (sc.hasCorner) corners(sc, hits);
  // Every regex-found shape needs a digit (box number, ZIP, house number).
  if (hasDigit) regexCores(sc, hits);
  if (hits.length === 0) return [];
  return merge(hits.filter((h) => !insideLink(text, h.start))).map((h) => ({
    start: h.start,
    end: h.end,
    confidence: h.confidence,
    evidence: [...h.evidence],
  }));
}

export const addressDetector = defineDetector({
  id: 'address',
  categories: ['address'],
  description:
    'Physical and postal addresses: house number and street in many languages, units, postcodes, PO boxes and military mail.',
  view: 'base',
  // findAddresses' own first test: every shape has a number except "corner of X and Y".
  gate: (base) => HAS_DIGIT.test(base) || CORNER_WORD.test(base),
  // The array itself: a generator around it costs more than the scan of most messages.
  find(text) {
    return findAddresses(text);
  },
  examples: {
    match: [
      'ship it to 221B Baker Street, London NW1 6XE',
      '1600 Amphitheatre Pkwy, Mountain View, CA 94043',
      'P.O. Box 1234',
      'Bitte an Lindenstraße 12, 10969 Berlin schicken',
      'ul. Hoża 41/7, 00-681 Warszawa',
      'PSC 3294, Box 9168\nAPO AA 61487',
    ],
    ignore: [
      'Design a poster for the Baker Street Jazz Festival, 12 to 14 July',
      'I estimate 40 to 45 hours for the full build',
      'I live near Main Street',
      'we use G Suite and the test suite has 300 cases',
    ],
  },
});
