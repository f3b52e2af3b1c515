import * as lex from './address-lexicon';
import { defineDetector, type RawFinding } from './define';
import { matchesOf } from './lexicon';
import type { Confidence } from './types';

// Local bindings: read once, not through the module namespace on every token.
const ADDRESS_CUE = lex.ADDRESS_CUE;
const COMPOUND_EXCEPTIONS = lex.COMPOUND_EXCEPTIONS;
const COMPOUND_SUFFIXES = lex.COMPOUND_SUFFIXES;
const COUNT_PRECURSORS = lex.COUNT_PRECURSORS;
const DIRECTIONS = lex.DIRECTIONS;
const EN_TYPES_COMMON_WORD = lex.EN_TYPES_COMMON_WORD;
const EN_TYPES_STRONG = lex.EN_TYPES_STRONG;
const EN_TYPES_WEAK = lex.EN_TYPES_WEAK;
const NAME_PARTICLES = lex.NAME_PARTICLES;
const NAME_STOPWORDS = lex.NAME_STOPWORDS;
const NUMBER_MARKS = lex.NUMBER_MARKS;
const POST_TYPES = lex.POST_TYPES;
const POST_TYPES_AMBIGUOUS = lex.POST_TYPES_AMBIGUOUS;
const POST_TYPES_NEED_DOT = lex.POST_TYPES_NEED_DOT;
const PREFIX_TYPES = lex.PREFIX_TYPES;
const PREFIX_TYPES_AMBIGUOUS = lex.PREFIX_TYPES_AMBIGUOUS;
const PREFIX_TYPES_ENGLISH = lex.PREFIX_TYPES_ENGLISH;
const PREFIX_TYPES_NEED_DOT = lex.PREFIX_TYPES_NEED_DOT;
const QUANTITY_WORDS = lex.QUANTITY_WORDS;
const UNIT_WORDS = lex.UNIT_WORDS;
const UNIT_WORDS_LEAD = lex.UNIT_WORDS_LEAD;

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

type Kind = 'w' | 'n' | 'o' | 'p';
interface Tok {
  k: Kind;
  s: number;
  e: number;
  t: string;
  l: string;
  /** A line break lies between this token and the previous one. */
  nl: boolean;
  /** Characters of white space before this token (0 = glued to the previous token). */
  gap: number;
  /** An ordinal, or a word starting with a capital. */
  cap: boolean;
}

// Words (letters with inner apostrophes/hyphens), ordinals ("5th", "4º"), numbers with an
// optional letter ("221B"), single punctuation. Every quantifier is bounded.
const TOKEN =
  /(\d{1,4}(?:st|nd|rd|th|er|e|ème|eme|º|ª|°)(?![\p{L}\p{N}]))|(\p{L}[\p{L}\p{M}]{0,39}(?:['’-]\p{L}[\p{L}\p{M}]{0,39}){0,3})|(\d{1,12}(?:[A-Za-z](?![\p{L}\p{N}]))?)|[^\s\p{L}\p{N}]/gu;

const UPPER = /\p{Lu}/u;
// Last letters that make a number a measure ("5k", "3m", "2h", "4x", "10s", "8g").
const KMHXSG: ReadonlySet<number> = new Set([...'kmhxsgKMHXSG'].map((c) => c.charCodeAt(0)));
const LETTER_END = /\p{L}$/u;
const COMPOUND_SUFFIX_SET: ReadonlySet<string> = new Set(COMPOUND_SUFFIXES);
const SUFFIX_MAX = Math.max(...COMPOUND_SUFFIXES.map((x) => x.length));
const COMPOUND_ENDINGS: ReadonlySet<string> = new Set(COMPOUND_SUFFIXES.map((x) => x.slice(x.length - 2)));
const LOWER = /\p{Ll}/u;

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

// Cue words must be close: the window before a weak shape is cut at a sentence end.
// A question mark does not cut: "What is your address? It is ...".
const SENTENCE_END = /[.!](?=\s)|\n[ \t]*\n/gu;
const ADDRESS_CUE_ALL = new RegExp(ADDRESS_CUE.source, 'giu');
const LINE_PREFIX = new Set(['>', '?', '|', '*', '-', '•', '·']);

interface Core {
  /** Token range [a, b) of the street core. */
  a: number;
  b: number;
  evidence: string[];
  /** 'strong' stands alone; 'typed-weak' stands alone at low confidence; 'weak' needs support. */
  strength: 'strong' | 'typed-weak' | 'weak';
  /** A no-number street ("Baner Road") is an address only with a postcode after it. */
  needsPostcode?: boolean;
  /** Character span override for regex-found cores. */
  s?: number;
  e?: number;
}

interface Tail {
  end: number;
  unit: boolean;
  postcode: boolean;
  state: boolean;
  places: number;
  /** A place name after a comma or on its own line ("…, Saareküla"). */
  placeAfterSep: boolean;
}

/** UPPER on the first code unit, without a regex for ASCII. */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t[0] as string);
}

/** Digits of a number token ("221B" has 3). */
function digitCount(t: Tok): number {
  const c = t.t.charCodeAt(t.t.length - 1);
  return c >= 48 && c <= 57 ? t.t.length : t.t.length - 1;
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  // A plain exec loop: one iteration per token, so no generator in between.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m.index;
    const t = m[0];
    const k: Kind = m[1] !== undefined ? 'o' : m[2] !== undefined ? 'w' : m[3] !== undefined ? 'n' : 'p';
    let nl = false;
    for (let q = prevEnd; q < s; q++) {
      if (text.charCodeAt(q) === 10) {
        nl = true;
        break;
      }
    }
    const cap = k === 'o' || (k === 'w' && startsUpper(t));
    toks.push({ k, s, e: s + t.length, t, l: k === 'w' ? t.toLowerCase() : t, nl, gap: s - prevEnd, cap });
    prevEnd = s + t.length;
  }
  return toks;
}

/** Share of upper-case letters: chat typed all in lower case gets looser name rules. */
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

function isLowerText(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let q = 0; q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (c < 65) continue;
    const k = c > 127 ? unitCase(c) : 0;
    if (c <= 90 || k === 1) {
      upper++;
      letters++;
    } else if ((c >= 97 && c <= 122) || k === 2) {
      letters++;
    }
  }
  return letters > 0 && upper / letters < 0.02;
}

const isCap = (t: Tok | undefined): boolean => !!t && t.cap;
const isPunct = (t: Tok | undefined, ch: string): boolean => !!t && t.k === 'p' && t.t === ch;
const sameLine = (t: Tok | undefined): boolean => !!t && !t.nl;
const isWord = (t: Tok | undefined): t is Tok => !!t && (t.k === 'w' || t.k === 'o');

class Scanner {
  readonly text: string;
  readonly toks: Tok[];
  readonly lower: boolean;

  constructor(text: string) {
    this.text = text;
    this.toks = tokenize(text);
    this.lower = isLowerText(text);
  }

  /** A word that may be part of a street name; `cap` asks for a capital (unless all-lower text). */
  nameOk(i: number, cap: boolean): boolean {
    const t = this.toks[i];
    if (!isWord(t) || t.l.length > 40) return false;
    if (NAME_STOPWORDS.has(t.l) || UNIT_WORDS_LEAD.has(t.l)) return false;
    if (cap && !this.lower && !isCap(t)) return false;
    return true;
  }

  /**
   * A house number at i ("12", "221B", "41/7", "15-17", "19." in Hungarian), that is not
   * a quantity, time, price or decimal. Returns the token index after it, or -1.
   */
  houseNumber(i: number, allowTrailingDot: boolean): number {
    const t = this.toks[i];
    if (t?.k !== 'n' || digitCount(t) > 6) return -1;
    const prev = this.toks[i - 1];
    if (prev && t.gap === 0 && (prev.k !== 'p' || '$€£¥₹#+-.:/@_,'.includes(prev.t))) return -1;
    let j = i + 1;
    const n1 = this.toks[j];
    if (n1 && n1.k === 'p' && n1.gap === 0) {
      if ((n1.t === '/' || n1.t === '-') && this.toks[j + 1]?.k === 'n' && this.toks[j + 1]!.gap === 0) {
        if (this.toks[j + 1]!.t.length > 4) return -1;
        j += 2;
        // "41/7" is a flat; "12/3/2024" is a date.
        const n3 = this.toks[j];
        if (n3 && n3.k === 'p' && n3.gap === 0 && (n3.t === '/' || n3.t === '-') && this.toks[j + 1]?.k === 'n')
          return -1;
      } else if (n1.t === ':' || n1.t === '%' || n1.t === ',' || n1.t === '.' || n1.t === '/' || n1.t === '-') {
        const n2 = this.toks[j + 1];
        const gluedDigit = !!n2 && n2.gap === 0 && (n2.k === 'n' || n2.k === 'o');
        if (n1.t === '%' || gluedDigit) return -1;
        if (n1.t === '.' && allowTrailingDot) j += 1;
      }
    }
    const after = this.toks[j];
    // Glued to a word or number ("7Er5", "12px") it is part of an ID, not a house number.
    if (after && after.gap === 0 && after.k !== 'p') return -1;
    if (after && after.gap === 0 && (after.t === '_' || after.t === '@')) return -1;
    if (after && !after.nl && after.k === 'w' && QUANTITY_WORDS.has(after.l)) return -1;
    if (after && after.k === 'p' && after.gap === 0 && (after.t === '%' || after.t === '$' || after.t === '€'))
      return -1;
    return j;
  }

  /** "No.", "Nr.", "Nº", "#", "No:" before a house number; returns index after the mark. */
  numberMark(i: number): number {
    const t = this.toks[i];
    if (!t || t.nl) return i;
    if (isPunct(t, '#') || isPunct(t, '№')) return i + 1;
    if (t.k === 'w' && NUMBER_MARKS.has(t.l)) {
      let j = i + 1;
      if (isPunct(this.toks[j], '.') || isPunct(this.toks[j], ':') || isPunct(this.toks[j], 'º')) j++;
      if (this.toks[j]?.k === 'n') return j;
    }
    return i;
  }

  /** After a type word, an abbreviation dot glued to it is part of the street. */
  skipDot(j: number): number {
    const t = this.toks[j];
    return t && t.k === 'p' && t.t === '.' && t.gap === 0 ? j + 1 : j;
  }

  /** An abbreviation dot glued to the word before j ("ul.", "Str."); a slash only in "C/". */
  hasDot(j: number): boolean {
    const t = this.toks[j];
    if (t?.k !== 'p' || t.gap !== 0) return false;
    if (t.t === '.') return true;
    return t.t === '/' && this.toks[j - 1]?.l === 'c' && (this.toks[j + 1]?.gap ?? 0) > 0;
  }

  private compoundMemo: Int8Array | null = null;

  /** A one-word street with the type glued on ("Lindenstraße", "Koskikatu", "Nytorv"). */
  compoundStreet(i: number): boolean {
    if (!this.compoundMemo) this.compoundMemo = new Int8Array(this.toks.length);
    const memo = this.compoundMemo[i];
    if (memo) return memo > 0;
    const r = this.compoundStreetUncached(i);
    this.compoundMemo[i] = r ? 1 : -1;
    return r;
  }

  private compoundStreetUncached(i: number): boolean {
    const t = this.toks[i];
    if (t?.k !== 'w' || t.l.length < 5 || COMPOUND_EXCEPTIONS.has(t.l)) return false;
    const w = t.l;
    // Most words end in no suffix's last two letters: one lookup rules them out.
    if (!COMPOUND_ENDINGS.has(w.slice(w.length - 2))) return false;
    // Longest suffix first, by length, so each word costs a few set lookups.
    for (let len = Math.min(SUFFIX_MAX, w.length - 2); len >= 2; len--) {
      if (!COMPOUND_SUFFIX_SET.has(w.slice(w.length - len))) continue;
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
      const cur = this.toks[a];
      if (!cur || cur.nl) break;
      const p = a - 1;
      const pt = this.toks[p];
      // "C. Beerninckstraat": an initial with its dot.
      if (
        pt &&
        pt.k === 'p' &&
        pt.t === '.' &&
        pt.gap === 0 &&
        this.toks[p - 1]?.k === 'w' &&
        this.toks[p - 1]!.t.length <= 2
      ) {
        if (!cap || isCap(this.toks[p - 1])) {
          a = p - 1;
          continue;
        }
        break;
      }
      if (!this.nameOk(p, cap) || !pt || pt.k !== 'w') break;
      if (NAME_PARTICLES.has(pt.l) && !this.lower && !isCap(pt)) {
        // Particles are only inside names ("Rua do Paseo"), never their first word.
        if (this.nameOk(p - 1, true) && sameLine(pt)) {
          a = p;
          continue;
        }
        break;
      }
      a = p;
    }
    return a;
  }

  private cueEnds: number[] | null = null;
  private breaks: number[] = [];

  /** An address cue ends at most 90 characters before `start`, with no sentence end between. */
  cueBefore(start: number): boolean {
    if (!this.cueEnds) {
      // Found once for the whole text, so each question is a binary search.
      this.cueEnds = [];
      for (const m of matchesOf(ADDRESS_CUE_ALL, this.text)) this.cueEnds.push(m.index + m[0].length);
      for (const m of matchesOf(SENTENCE_END, this.text)) this.breaks.push(m.index + m[0].length);
    }
    const c = lastAtMost(this.cueEnds, start);
    if (c === undefined || start - c > 90) return false;
    const b = lastAtMost(this.breaks, start);
    return b === undefined || b <= c;
  }

  // ---------------------------------------------------------------------------------------
  // Street cores

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
    return found;
  }

  /** A: "1600 Amphitheatre Pkwy", "24 Clarke Avenue", "1420 Westlake Ave N". */
  coreNumberNameType(i: number): Core | null {
    const toks = this.toks;
    const num = toks[i];
    if (num?.k !== 'n' || digitCount(num) > 6 || KMHXSG.has(num.t.charCodeAt(num.t.length - 1))) return null;
    const prev = toks[i - 1];
    if (prev && prev.gap === 0 && num.gap === 0 && prev.k !== 'p') return null;
    if (prev && prev.k === 'p' && num.gap === 0 && '$€£¥₹#+-.:/@_,'.includes(prev.t)) return null;
    let j = i + 1;
    // "15-17 Main St": a range of house numbers.
    if (
      toks[j]?.k === 'p' &&
      toks[j]!.gap === 0 &&
      toks[j]!.t === '-' &&
      toks[j + 1]?.k === 'n' &&
      toks[j + 1]!.gap === 0
    )
      j += 2;
    const first = toks[j];
    if (!first || first.nl || first.gap === 0) return null;
    let names = 0;
    let allCap = true;
    for (let steps = 0; steps < 6 && j < toks.length; steps++) {
      const t = toks[j]!;
      if (t.nl) return null;
      if (names >= 1 && isWord(t)) {
        const type = this.enType(j, allCap);
        if (type) {
          let b = this.skipDot(j + 1);
          if (isWord(toks[b]) && sameLine(toks[b]) && this.enType(b, allCap)) b = this.skipDot(b + 1);
          if (isWord(toks[b]) && sameLine(toks[b]) && DIRECTIONS.has(toks[b]!.l) && (isCap(toks[b]) || this.lower))
            b = this.skipDot(b + 1);
          return { a: i, b, evidence: ['street-number', 'street-type'], strength: this.countLike(i, type) };
        }
      }
      // "1215 Morris, Ave": a stray comma before the type.
      if (
        names >= 1 &&
        isPunct(t, ',') &&
        isWord(toks[j + 1]) &&
        EN_TYPES_STRONG.has(toks[j + 1]!.l) &&
        isCap(toks[j + 1]) &&
        !EN_TYPES_COMMON_WORD.has(toks[j + 1]!.l)
      ) {
        j++;
        continue;
      }
      if (!this.nameOk(j, false)) return null;
      if (!isCap(t)) allCap = false;
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
    const prev = this.toks[i - 1];
    if (prev && !this.toks[i]!.nl && prev.k === 'w' && COUNT_PRECURSORS.has(prev.l)) return 'weak';
    const n = Number(this.toks[i]!.t);
    if (type !== 'strong' && n >= 1900 && n <= 2099) return 'weak';
    return type;
  }

  /** Classifies an English street type at j given how the name was written. */
  enType(j: number, nameCap: boolean): Core['strength'] | null {
    const t = this.toks[j]!;
    const l = t.l;
    const cap = isCap(t);
    if (EN_TYPES_STRONG.has(l) && !EN_TYPES_COMMON_WORD.has(l)) {
      if ((l === 'st' || l === 'dr' || l === 'ct' || l === 'pl' || l === 'av') && !cap && !this.lower) return null;
      return 'strong';
    }
    if (EN_TYPES_COMMON_WORD.has(l)) {
      if (cap && nameCap) return 'strong';
      return this.lower ? 'weak' : null;
    }
    if (EN_TYPES_WEAK.has(l)) {
      if (cap && nameCap) return 'typed-weak';
      return this.lower ? 'weak' : null;
    }
    return null;
  }

  prefixType(i: number): { ambiguous: boolean; next: number } | null {
    const t = this.toks[i];
    if (t?.k !== 'w' || !PREFIX_TYPES.has(t.l)) return null;
    const dotted = this.hasDot(i + 1);
    // "C/ Mayor 3": Spanish calle with a slash.
    if (PREFIX_TYPES_NEED_DOT.has(t.l) && !dotted) return null;
    const ambiguous = PREFIX_TYPES_AMBIGUOUS.has(t.l);
    if (ambiguous && !isCap(t) && !dotted && !this.lower) return null;
    // "et al. 2019" is a citation.
    if (t.l === 'al' && this.toks[i - 1]?.l === 'et') return null;
    return { ambiguous, next: dotted ? i + 2 : i + 1 };
  }

  /** Name words after a prefix type; returns the index after them and how many. */
  namesAfter(j: number, cap: boolean, max: number): { end: number; count: number; capCount: number } {
    const toks = this.toks;
    let count = 0;
    let capCount = 0;
    let end = j;
    for (let n = 0; n < max; n++) {
      const t = toks[end];
      if (!isWord(t) || t.nl) break;
      if (NAME_PARTICLES.has(t.l) && count >= 0 && !(count === 0 && isCap(t) && !NAME_STOPWORDS.has(t.l))) {
        // "de", "del", "do" inside a name: only if a name word follows.
        if (this.nameOk(end + 1, false) && sameLine(toks[end + 1])) {
          end++;
          continue;
        }
        break;
      }
      if (!this.nameOk(end, cap && count === 0)) break;
      count++;
      if (isCap(t)) capCount++;
      end = this.skipDot(end + 1);
    }
    return { end, count, capCount };
  }

  /** B: "20 Rue Hsine Eloued", "33 avenue de Provence", "69 Av Sidi Lakhmi". */
  coreNumberPrefixName(i: number): Core | null {
    const num = this.toks[i];
    if (num?.k !== 'n' || num.t.length > 6) return null;
    const prev = this.toks[i - 1];
    if (prev && prev.k === 'p' && num.gap === 0 && '$€£¥₹#+-.:/@_,'.includes(prev.t)) return null;
    const pt = this.toks[i + 1];
    if (!pt || pt.nl || pt.gap === 0) return null;
    const p = this.prefixType(i + 1);
    if (!p) return null;
    // English "avenue"/"place" after a number reads as a quantity unless the name is capitalised.
    const names = this.namesAfter(p.next, p.ambiguous, 5);
    if (names.count === 0) return null;
    if (p.ambiguous && names.capCount === 0 && !this.lower) return null;
    const english = PREFIX_TYPES_ENGLISH.has(this.toks[i + 1]!.l) && !NAME_PARTICLES.has(this.toks[p.next]?.l ?? '');
    return {
      a: i,
      b: names.end,
      evidence: ['street-number', 'street-type'],
      strength: english ? 'typed-weak' : 'strong',
    };
  }

  /** C: "Rue de Virton 38", "ul. Hoża 41/7", "Calle 26 # 13-19", "Jl. Sudirman No. 5". */
  corePrefixNameNumber(i: number): Core | null {
    const p = this.prefixType(i);
    if (!p) return null;
    const toks = this.toks;
    const head = toks[i]!;
    // Colombian grid addresses: "Calle 26 # 13-19", "Carrera 7 No. 45-12".
    const gridNum = toks[p.next];
    if (gridNum && gridNum.k === 'n' && !gridNum.nl) {
      const m = this.numberMark(p.next + 1);
      if (m > p.next + 1 || isPunct(toks[p.next + 1], '#')) {
        const h = this.houseNumber(m, false);
        if (h > 0) return { a: i, b: h, evidence: ['street-type', 'street-number'], strength: 'strong' };
      }
      return null;
    }
    const names = this.namesAfter(p.next, p.ambiguous, 6);
    if (names.count === 0) return null;
    if (p.ambiguous && names.capCount === 0 && !this.lower) return null;
    let j = names.end;
    if (isPunct(toks[j], ',') && !toks[j]!.nl) j++;
    const markEnd = this.numberMark(j);
    const numTok = toks[markEnd];
    if (!numTok || numTok.nl) return null;
    const h = this.houseNumber(markEnd, true);
    if (h < 0) return null;
    // French/Italian words that are also English ("Place", "Route") need a particle after
    // them ("Place de la Gare") or some other support.
    const english = PREFIX_TYPES_ENGLISH.has(head.l) && !NAME_PARTICLES.has(toks[p.next]?.l ?? '');
    const strength: Core['strength'] = english ? 'weak' : 'strong';
    return { a: i, b: h, evidence: ['street-type', 'street-number'], strength };
  }

  /** D: "Lindenstraße 12", "Augsburger Strasse 36", "Kálmán Imre u. 12.", "Trenerys gate 232". */
  coreNameTypeNumber(i: number): Core | null {
    const toks = this.toks;
    const t = toks[i];
    if (t?.k !== 'w') return null;
    let a = -1;
    let strength: Core['strength'] = 'strong';
    if (this.compoundStreet(i)) {
      a = this.namesBefore(i, 3, true);
    } else if (POST_TYPES.has(t.l)) {
      const prev = toks[i - 1];
      if (!prev || t.nl || prev.k !== 'w') return null;
      // "Árpád fejedelem útja": a lower-case noun inside a name that starts capitalised.
      const lowerInside =
        !POST_TYPES_AMBIGUOUS.has(t.l) &&
        !prev.nl &&
        this.nameOk(i - 1, false) &&
        this.nameOk(i - 2, true) &&
        sameLine(toks[i - 1]);
      if (!this.nameOk(i - 1, true) && !lowerInside) return null;
      if (POST_TYPES_NEED_DOT.has(t.l) && !this.hasDot(i + 1)) return null;
      if (POST_TYPES_AMBIGUOUS.has(t.l)) {
        // "Kongens gate 5", "Luite tee 87": the type in lower case after a capitalised name.
        if (!this.lower && (isCap(t) || !isCap(prev))) return null;
        strength = 'typed-weak';
      }
      a = this.namesBefore(i, 3, true);
      if (lowerInside && a === i) a = this.namesBefore(i - 1, 2, true);
      if (a === i) return null;
    } else {
      return null;
    }
    let j = this.skipDot(i + 1);
    if (isPunct(toks[j], ',') && !toks[j]!.nl) j++;
    j = this.numberMark(j);
    const numTok = toks[j];
    if (!numTok || numTok.nl || numTok.gap === 0) return null;
    const h = this.houseNumber(j, true);
    if (h < 0) return null;
    return { a, b: h, evidence: ['street-type', 'street-number'], strength };
  }

  /**
   * E: an untyped name with a house number, "4844 Søndergade 52", "Jahu 80", or numbers
   * before capitalised names after a cue ("is at 9816 214 Pavlou Drandaki"). Weak: reported
   * only with support.
   */
  coreUntyped(i: number): Core | null {
    const toks = this.toks;
    const t = toks[i];
    if (!t) return null;
    if (t.k === 'n') {
      // Leading number: "20789 Allika 46" or "9816 214 Pavlou Drandaki".
      if (t.t.length > 6) return null;
      const prev = toks[i - 1];
      if (prev && prev.k === 'p' && t.gap === 0 && '$€£¥₹#+-.:/@_,'.includes(prev.t)) return null;
      if (prev && (prev.k === 'n' || prev.k === 'w') && !t.nl && prev.gap >= 0 && prev.k === 'n') return null;
      let j = i + 1;
      if (toks[j]?.k === 'n' && !toks[j]!.nl && toks[j]!.gap > 0) j++;
      const names = this.namesAfter(j, true, 4);
      if (names.count === 0) return null;
      if (!this.lower && names.capCount < names.count) return null;
      const n = toks[names.end];
      if (n && n.k === 'n' && !n.nl) {
        const h = this.houseNumber(names.end, true);
        if (h > 0) return { a: i, b: h, evidence: ['street-number'], strength: 'weak' };
      }
      if (names.count >= 2 || j > i + 1) {
        const after = toks[names.end];
        if (after && !after.nl && after.k === 'w' && QUANTITY_WORDS.has(after.l)) return null;
        return { a: i, b: names.end, evidence: ['street-number'], strength: 'weak' };
      }
      return null;
    }
    if (t.k === 'w') {
      // Name + number, no leading number: "Eyrarodda 66" after "return to".
      if (!this.nameOk(i, true) || NAME_PARTICLES.has(t.l) || t.t.length < 2) return null;
      const prev = toks[i - 1];
      if (prev && !t.nl && prev.k === 'w' && this.nameOk(i - 1, true) && !NAME_PARTICLES.has(prev.l)) return null; // start at the first name
      const names = this.namesAfter(i, true, 4);
      // Without a leading number the name must really be capitalised, even in lower-case
      // chat: "we need 6 new screenshots" is not a street.
      if (names.count === 0 || names.capCount < names.count || !isCap(t)) return null;
      const n = toks[names.end];
      if (n?.k !== 'n' || n.nl) return null;
      const h = this.houseNumber(names.end, true);
      if (h < 0) return null;
      return { a: i, b: h, evidence: ['street-number'], strength: 'weak' };
    }
    return null;
  }

  /** "House 23, Street 7" (Pakistan, India, Bangladesh). */
  coreHouseStreet(i: number): Core | null {
    const toks = this.toks;
    const t = toks[i];
    if (t?.k !== 'w' || !['house', 'h', 'plot', 'flat', 'shop', 'bungalow', 'villa'].includes(t.l)) return null;
    let j = this.skipDot(i + 1);
    j = this.numberMark(j);
    if (toks[j]?.k !== 'n') return null;
    j++;
    if (isPunct(toks[j], '-') || isPunct(toks[j], '/')) j += 2;
    if (isPunct(toks[j], ',')) j++;
    const st = toks[j];
    if (
      st?.k !== 'w' ||
      !['street', 'st', 'road', 'rd', 'lane', 'gali', 'block', 'sector', 'phase', 'mohalla'].includes(st.l)
    )
      return null;
    j = this.numberMark(this.skipDot(j + 1));
    const n = toks[j];
    if (n?.k !== 'n') return null;
    return { a: i, b: j + 1, evidence: ['unit', 'street-number'], strength: 'strong' };
  }

  /** "Baner Road", "Downing Street" with no number: an address only when a postcode follows. */
  coreNamedStreet(i: number): Core | null {
    const toks = this.toks;
    const t = toks[i];
    if (t?.k !== 'w' || t.nl) return null;
    const isType = (EN_TYPES_STRONG.has(t.l) || EN_TYPES_WEAK.has(t.l)) && isCap(t);
    if (!isType && !this.compoundStreet(i)) return null;
    const a = isType ? this.namesBefore(i, 3, true) : this.namesBefore(i, 3, true);
    if (isType && a === i) return null;
    const b = this.skipDot(i + 1);
    const next = toks[b];
    if (!next || !(isPunct(next, ',') || next.nl)) return null;
    return { a, b, evidence: ['street-type'], strength: 'weak', needsPostcode: true };
  }

  // ---------------------------------------------------------------------------------------
  // The tail: unit, city, state, postcode, country, over commas and line breaks.

  unitAt(k: number): number {
    const toks = this.toks;
    const t = toks[k];
    if (!t) return -1;
    // "#12", "# 4B"
    if (isPunct(t, '#')) return toks[k + 1]?.k === 'n' && !toks[k + 1]!.nl ? k + 2 : -1;
    // "4º izq.", "2nd Floor", "3rd fl."
    if (t.k === 'o') {
      let j = k + 1;
      const w = toks[j];
      if (
        w &&
        !w.nl &&
        w.k === 'w' &&
        (UNIT_WORDS.has(w.l) ||
          ['izq', 'izda', 'dcha', 'dch', 'der', 'dcho', 'centro', 'ctro', 'a', 'b', 'c', 'd'].includes(w.l))
      ) {
        j = this.skipDot(j + 1);
        return j;
      }
      return /[º°ª]$/.test(t.t) ? this.skipDot(k + 1) : -1;
    }
    if (
      t.k !== 'w' ||
      !UNIT_WORDS.has(t.l) ||
      t.l === 'no' ||
      t.l === 'number' ||
      t.l === 'box' ||
      t.l === 'gate' ||
      t.l === 'door'
    )
      return -1;
    let j = this.skipDot(k + 1);
    if (isPunct(toks[j], ':')) j++;
    if (isPunct(toks[j], '#')) j++;
    j = this.numberMark(j);
    const n = toks[j];
    if (!n || n.nl) return -1;
    if (n.k === 'n' || (n.k === 'w' && n.t.length <= 2 && UPPER.test(n.t))) {
      j++;
      if ((isPunct(toks[j], '-') || isPunct(toks[j], '/')) && toks[j]!.gap === 0 && toks[j + 1]?.k === 'n') j += 2;
      return j;
    }
    return -1;
  }

  private postMemo: number[] | null = null;

  postcodeAt(k: number): number {
    if (!this.postMemo) this.postMemo = new Array<number>(this.toks.length + 1).fill(-2);
    const memo = this.postMemo[k];
    if (memo !== undefined && memo !== -2) return memo;
    const r = this.postcodeAtUncached(k);
    if (k < this.postMemo.length) this.postMemo[k] = r;
    return r;
  }

  postcodeAtUncached(k: number): number {
    const t = this.toks[k];
    if (!t || (t.k !== 'n' && t.k !== 'w')) return -1;
    POSTCODE.lastIndex = t.s;
    const m = POSTCODE.exec(this.text);
    if (!m) return -1;
    const end = t.s + m[0].length;
    let j = k;
    while (j < this.toks.length && this.toks[j]!.e <= end) j++;
    return this.toks[j - 1]!.e === end ? j : -1;
  }

  stateAt(k: number, afterSep: boolean): number {
    const t = this.toks[k];
    if (t?.k !== 'w' || t.t.length < 2 || t.t.length > 3) return -1;
    const upper = t.t === t.t.toUpperCase() && !LOWER.test(t.t);
    if (!upper && !(this.lower && afterSep)) return -1;
    if (!upper) {
      const nx = this.toks[k + 1];
      if (nx && !nx.nl && !isPunct(nx, ',') && nx.k !== 'n') return -1;
    }
    if (NAME_STOPWORDS.has(t.l) && !upper) return -1;
    return this.skipDot(k + 1);
  }

  placeAt(k: number, afterSep: boolean): number {
    const toks = this.toks;
    let j = k;
    let words = 0;
    for (let n = 0; n < 5; n++) {
      const t = toks[j];
      if (!t || (j > k && t.nl)) break;
      if (t.k === 'p' && t.t === '(' && words > 0) {
        // "Cyprus (Greek)", "ΑΓΛΑΝΤΖΙΑ (ΑΓΛΑΓΓΙΑ)"
        let q = j + 1;
        while (q < j + 5 && isWord(toks[q]) && !toks[q]!.nl) q++;
        if (isPunct(toks[q], ')') && q > j + 1) {
          j = q + 1;
          continue;
        }
        break;
      }
      if (!isWord(t)) break;
      // "London NW1 6XE": the postcode starts here.
      if (words > 0 && this.postcodeAt(j) > 0) break;
      if (words > 0 && NAME_PARTICLES.has(t.l) && isWord(toks[j + 1]) && !toks[j + 1]!.nl) {
        j++;
        continue;
      }
      const capOk = isCap(t) || (this.lower && afterSep);
      if (!capOk || NAME_STOPWORDS.has(t.l) || UNIT_WORDS_LEAD.has(t.l) || t.l === 'box') break;
      words++;
      j = this.skipDot(j + 1);
    }
    if (words === 0) return -1;
    // A capitalised word before a colon is a label ("Mobile: ..."), not a place.
    if (isPunct(toks[j], ':') || isPunct(toks[j], '@')) return -1;
    return j;
  }

  /** One tail part at k: postcode, unit, state or place. Records what it found in `res`. */
  component(k: number, sep: boolean, res: Tail): number {
    const toks = this.toks;
    const post = this.postcodeAt(k);
    if (post > 0) {
      res.postcode = true;
      return post;
    }
    const unit = this.unitAt(k);
    if (unit > 0) {
      res.unit = true;
      return unit;
    }
    const state = this.stateAt(k, sep);
    if (state > 0 && (this.postcodeAt(state) > 0 || isPunct(toks[state], ',') || !toks[state] || toks[state]!.nl)) {
      res.state = true;
      return state;
    }
    const place = this.placeAt(k, sep);
    if (place > 0) {
      res.places++;
      if (sep) res.placeAfterSep = true;
      return place;
    }
    return -1;
  }

  tail(b: number): Tail {
    const toks = this.toks;
    const res: Tail = {
      end: toks[b - 1]?.e ?? 0,
      unit: false,
      postcode: false,
      state: false,
      places: 0,
      placeAfterSep: false,
    };
    let j = b;
    let lines = 0;
    for (let comp = 0; comp < 12 && j < toks.length; comp++) {
      let k = j;
      let sep = false;
      // "São Paulo - SP": a spaced dash separates like a comma.
      if (
        isPunct(toks[k], ',') ||
        isPunct(toks[k], ';') ||
        (isPunct(toks[k], '-') && toks[k]!.gap > 0 && (toks[k + 1]?.gap ?? 0) > 0)
      ) {
        sep = true;
        k++;
      }
      const t0 = toks[k];
      if (!t0) break;
      if (t0.nl) {
        if (++lines > 6) break;
        if (this.text.slice(toks[k - 1]!.e, t0.s).split('\n').length > 3) break;
        sep = true;
        let skipped = 0;
        while (skipped < 4 && toks[k] && toks[k]!.k === 'p' && LINE_PREFIX.has(toks[k]!.t) && !toks[k + 1]?.nl) {
          k++;
          skipped++;
        }
        if (isPunct(toks[k], ',')) k++;
      }
      const at = toks[k];
      if (!at) break;
      const end = this.component(k, sep, res);
      if (end < 0) break;
      j = end;
      res.end = toks[end - 1]!.e;
    }
    return res;
  }

  /** Leading numbers right before a core ("17151 2450 Crown St"), same line. */
  extendLeft(a: number): number {
    let i = a;
    for (let n = 0; n < 2; n++) {
      const cur = this.toks[i];
      const p = this.toks[i - 1];
      if (!cur || cur.nl || !p || p.k !== 'n' || cur.gap === 0 || p.t.length > 6) break;
      const pp = this.toks[i - 2];
      if (pp && pp.k === 'p' && p.gap === 0 && '$€£#+-.:/,'.includes(pp.t)) break;
      i--;
    }
    return i;
  }
}

/** The largest value in sorted `xs` that is <= x. */
function lastAtMost(xs: number[], x: number): number | undefined {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? xs[lo - 1] : undefined;
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
  const toks = sc.toks;
  const a = core.s === undefined ? sc.extendLeft(core.a) : core.a;
  const start = core.s ?? toks[a]!.s;
  const coreEnd = core.e ?? toks[core.b - 1]!.e;
  const tail = sc.tail(core.b);
  const end = Math.max(coreEnd, tail.end);
  const ev = new Set(core.evidence);
  if (tail.unit) ev.add('unit');
  if (tail.postcode) ev.add('postcode');
  if (tail.state) ev.add('city-state');
  // The cue window is only read when the shape needs it (it is the costliest step).
  const cue = core.strength !== 'strong' && sc.cueBefore(start);
  if (cue) ev.add('address-cue');
  const located = tail.postcode || tail.state;
  if (core.needsPostcode && !tail.postcode) return;
  let conf: Confidence;
  if (core.strength === 'strong') {
    conf = located ? 'high' : 'medium';
  } else if (core.strength === 'typed-weak') {
    conf = located || tail.unit ? 'high' : cue ? 'medium' : 'low';
  } else {
    // A number before the name and a town after a comma ("641 Dašická 688, Turkovice") is
    // the European street-number-town order.
    const leadNumber = toks[core.a]?.k === 'n' && core.s === undefined;
    const town = leadNumber && tail.placeAfterSep && toks[core.b - 1]?.k !== 'w';
    const support = (cue ? 1 : 0) + (tail.unit ? 1 : 0) + (located ? 1 : 0) + (town ? 1 : 0);
    if (support === 0) return;
    conf = core.needsPostcode ? 'medium' : support >= 2 ? 'medium' : 'low';
    if (a < core.a && support >= 1) conf = bump(conf, 'medium');
  }
  hits.push({ start, end, confidence: conf, evidence: ev });
}

/** "the corner of 5th Avenue and Main Street", "corner of Bygget 64 and Komel Club". */
function corners(sc: Scanner, hits: Hit[]): void {
  const toks = sc.toks;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.l !== 'corner' || toks[i + 1]!.l !== 'of') continue;
    let j = i + 2;
    let left = 0;
    let streety = false;
    const scanSide = (from: number): number => {
      let q = from;
      let n = 0;
      while (n < 7 && q < toks.length) {
        const t = toks[q]!;
        if (t.nl) break;
        if (t.k === 'n' || t.k === 'o') streety = true;
        else if (t.k === 'w') {
          if (t.l === 'and' || t.l === 'y' || t.l === 'et' || t.l === 'und') break;
          if ((EN_TYPES_STRONG.has(t.l) || EN_TYPES_WEAK.has(t.l) || POST_TYPES.has(t.l)) && isCap(t)) streety = true;
          if (PREFIX_TYPES.has(t.l) && !PREFIX_TYPES_AMBIGUOUS.has(t.l)) streety = true;
          if (sc.compoundStreet(q)) streety = true;
          if (NAME_STOPWORDS.has(t.l) && !isCap(t)) break;
        } else if (!(t.t === '.' && t.gap === 0)) break;
        q++;
        n++;
      }
      return q;
    };
    j = scanSide(j);
    left = j - (i + 2);
    if (left === 0 || !(toks[j]?.l === 'and' || isPunct(toks[j], '&'))) continue;
    const rightStart = j + 1;
    const end = scanSide(rightStart);
    if (end === rightStart || !streety) continue;
    // A right side that is only lower-case words is prose ("corner of the room and the wall").
    const capRight = toks.slice(rightStart, end).some((t) => isCap(t) || t.k === 'n');
    if (!capRight && !sc.lower) continue;
    const ev = new Set(['corner-of', 'street-type']);
    hits.push({ start: toks[i]!.s, end: toks[end - 1]!.e, confidence: 'medium', evidence: ev });
    i = end - 1;
  }
}

const HAS_DIGIT = /\d/u;
// Literals every match of the regex below it contains: most texts skip the regex (which
// starts with a look-behind, so it is tried at every position) after one quick search.
const PO_BOX_WORD =
  /box|bag|pmb|p\.o\.b|postfach|postboks|postilokero|postbus|apartado|apdo|caixa|casella|postale|skrytka/iu;
const FPO_WORD = /fpo/iu;
const MILITARY_WORD = /[ADF]PO/u;
const CJK_MARK = /[〒路街道巷弄胡同丁]/u;

/** First token ending after pos (binary search keeps this linear overall). */
function tokenAt(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.e <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushRegexCore(sc: Scanner, hits: Hit[], s: number, e: number, ev: string[], strength: Core['strength']) {
  const b = tokenAt(sc.toks, e);
  const aTok = tokenAt(sc.toks, s);
  judge(sc, { a: aTok, b, evidence: ev, strength, s, e }, hits);
}

function regexCores(sc: Scanner, hits: Hit[]): void {
  const { text } = sc;
  // Every pattern below needs a digit (box number, ZIP, house number).
  if (!HAS_DIGIT.test(text)) return;
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
  if (CJK_MARK.test(text)) {
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

export function findAddresses(text: string): RawFinding[] {
  if (!/\d/.test(text) && !/corner/i.test(text)) return [];
  const sc = new Scanner(text);
  const hits: Hit[] = [];
  const toks = sc.toks;
  // Typed shapes first, so an untyped reading that starts earlier ("Kongens Nytorv 13")
  // does not hide the typed one; then untyped shapes only where nothing typed was found.
  const covered = new Uint8Array(toks.length);
  let coveredUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    if (i < coveredUntil) continue;
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
  const nextDigit = new Array<number>(toks.length + 1);
  nextDigit[toks.length] = toks.length;
  for (let i = toks.length - 1; i >= 0; i--) {
    const k = toks[i + 1]?.k;
    nextDigit[i] = k === 'n' || k === 'o' ? i + 1 : (nextDigit[i + 1] as number);
  }
  coveredUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    if (i < coveredUntil || covered[i]) continue;
    const t = toks[i]!;
    if (t.k !== 'n' && (t.k !== 'w' || nextDigit[i] === toks.length)) continue;
    const found = (t.k === 'n' || nextDigit[i]! <= i + 8 ? sc.coreUntyped(i) : null) ?? sc.coreNamedStreet(i);
    if (found && !coversAny(covered, found.a, found.b)) {
      const before = hits.length;
      judge(sc, found, hits);
      if (hits.length > before) coveredUntil = found.b;
    }
  }
  corners(sc, hits);
  regexCores(sc, hits);
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
  gate: (base) => /\d/u.test(base) || /corner/iu.test(base),
  *find(text) {
    yield* findAddresses(text);
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
