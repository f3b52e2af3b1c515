import { isLetterPoint } from '../normalize/chars';

/*
 * Start words of regex patterns: which words a match can begin with, read off the regex
 * source (alternations of words are finite), and one pass over a text that finds where such
 * words are. A pattern then runs sticky only from those positions instead of being tried at
 * every position of the text. Shared by the request and payment detectors.
 */

/** A word-start the regex source cannot spell out (\p{L}, '.', a backreference...). */
const UNSPELLABLE = new Error('unspellable');
const MAX_SPELLINGS = 5000;
/** Marks a word in `done` that stays open. */
const FROZEN = '\u0001';
/** Whether a UTF-16 unit is a letter as \p{L} sees it (a surrogate is not: it breaks a word). */
export function isLetterCode(c: number): boolean {
  return !(c >= 0xd800 && c <= 0xdfff) && isLetterPoint(c);
}

const isTagCode = (c: number): boolean => c >= 0xe010 && c <= 0xe013;

/** One character as the `iu` flags compare it: "ſ" and "S" give "s", "K" gives "k". */
function foldChar(ch: string): string {
  const u = ch.toUpperCase();
  return u.length === 1 ? u.toLowerCase() : ch.toLowerCase();
}

/** A word as the `iu` flags compare it, character by character. */
export function foldWord(w: string): string {
  const upper = w.toUpperCase();
  // Whole-word case mapping agrees with the per-character one unless a character maps to
  // two ("ß" to "SS") or sigma takes its final form.
  if (upper.length === w.length && !upper.includes('Σ')) return upper.toLowerCase();
  let out = '';
  for (const ch of w) out += foldChar(ch);
  return out;
}

/**
 * The first words of a regex: given the open (still growing) word prefixes before it, the
 * prefixes after it; words a non-letter ends go to `done`. A tag character is a word alone.
 */
type Spell = (open: ReadonlySet<string>, done: Set<string>) => Set<string>;

const NON_LETTER = '\u0000';

function spellChars(chars: readonly string[]): Spell {
  // A class of many letters after some letters ("ifsc" + [A-Za-z]{4}): the words so far
  // stay open (looked up as prefixes) rather than multiplying.
  const wide = chars.filter((c) => c !== NON_LETTER && isLetterCode(c.charCodeAt(0))).length > 20;
  return (open, done) => {
    const out = new Set<string>();
    for (const p of open) {
      if (wide && p !== '') {
        done.add(FROZEN + p);
        continue;
      }
      for (const c of chars) {
        const code = c.charCodeAt(0);
        if (c !== NON_LETTER && isLetterCode(code)) out.add(p + c);
        else if (isTagCode(code)) done.add(p === '' ? c : p);
        else if (p === '') throw UNSPELLABLE;
        else done.add(p);
      }
    }
    if (out.size <= MAX_SPELLINGS) return out;
    // Too many ways to go on: the words so far stay open (looked up as prefixes).
    for (const p of open) {
      if (p === '') throw UNSPELLABLE;
      done.add(FROZEN + p);
    }
    return new Set();
  };
}

/** A character that may be a letter (\\p{L}, '.', [^…]): words so far stay open, as prefixes. */
const anyChar: Spell = (open, done) => {
  for (const p of open) {
    if (p === '') throw UNSPELLABLE;
    done.add(FROZEN + p);
  }
  return new Set();
};
const zeroWidth: Spell = (open) => new Set(open);
/** A lookahead that no letter follows (END, WB_R): every word so far ends here. */
const wordEnd: Spell = (open, done) => {
  for (const p of open) if (p !== '') done.add(p);
  return new Set(open.has('') ? [''] : []);
};

class SpellParser {
  private at = 0;
  private readonly src: string;

  constructor(src: string) {
    this.src = src;
  }

  /**
   * From `at` (which every match passes through) to where a match can end: a group left
   * open here is closed and the sequence goes on after it, until an alternative of an
   * enclosing group or a quantified one (words still open there stay open).
   */
  parseFrom(at: number): Spell {
    this.at = at;
    if (at === 0) {
      const all = this.alternation();
      if (this.at !== this.src.length) throw UNSPELLABLE;
      return all;
    }
    const steps: Spell[] = [this.sequence()];
    while (this.src[this.at] === ')' && !/^\)[?*+{]/u.test(this.src.slice(this.at, this.at + 2))) {
      this.at++;
      steps.push(this.sequence());
    }
    return (open, done) => {
      let cur: Set<string> = new Set(open);
      for (const s of steps) cur = s(cur, done);
      return cur;
    };
  }

  private alternation(): Spell {
    const alts: Spell[] = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0] as Spell;
    return (open, done) => {
      const out = new Set<string>();
      for (const a of alts) for (const p of a(open, done)) out.add(p);
      return out;
    };
  }

  private sequence(): Spell {
    const steps: Spell[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      steps.push(this.quantified(this.atom()));
    }
    return (open, done) => {
      let cur: Set<string> = new Set(open);
      for (const s of steps) {
        if (cur.size === 0) break;
        cur = s(cur, done);
      }
      return cur;
    };
  }

  private quantified(step: Spell): Spell {
    const m = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/u.exec(this.src.slice(this.at));
    if (!m) return step;
    this.at += m[0].length;
    const min = m[1] === '+' ? 1 : m[1] ? 0 : Number(m[2]);
    const max = m[1] === '?' ? 1 : m[1] ? Infinity : m[3] ? (m[4] ? Number(m[4]) : Infinity) : min;
    return (open, done) => {
      let cur: Set<string> = new Set(open);
      for (let i = 0; i < min && cur.size > 0; i++) cur = step(cur, done);
      const out = new Set(cur);
      for (let i = min; i < max && cur.size > 0; i++) {
        if (i > min + 8) throw UNSPELLABLE;
        cur = step(cur, done);
        for (const p of cur) out.add(p);
      }
      return out;
    };
  }

  private atom(): Spell {
    const src = this.src;
    const c = src[this.at] as string;
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z][A-Za-z0-9]*>))?/u.exec(src.slice(this.at)) as RegExpExecArray;
      this.at += head[0].length;
      const from = this.at;
      const inner = this.alternation();
      if (src[this.at] !== ')') throw UNSPELLABLE;
      const body = src.slice(from, this.at);
      this.at++;
      if (head[1] === '?!' && /^\[[^\]^]*\\p\{L\}[^\]]*\]$/u.test(body)) return wordEnd;
      return head[1] && /^\?(?:[=!]|<[=!])$/u.test(head[1]) ? zeroWidth : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false) ?? anyChar;
    this.at++;
    if (c === '^' || c === '$') return zeroWidth;
    if (c === '.') return anyChar;
    return spellChars([foldWord(c)]);
  }

  /** An escape at `at`: a Spell of its characters, or null for a zero-width one. */
  private escape(inClass: boolean): Spell | null {
    const chars = this.escapeChars(inClass);
    if (chars === 'zero') return zeroWidth;
    return chars === null ? anyChar : spellChars(chars);
  }

  private escapeChars(inClass: boolean): string[] | null | 'zero' {
    const src = this.src;
    const e = src[this.at + 1] as string;
    this.at += 2;
    if (e === 'u' && /^[0-9A-Fa-f]{4}$/u.test(src.slice(this.at, this.at + 4))) {
      const ch = String.fromCharCode(Number.parseInt(src.slice(this.at, this.at + 4), 16));
      this.at += 4;
      return [foldWord(ch)];
    }
    if (e === 'p' || e === 'P') {
      const m = /^\{([A-Za-z_=]+)\}/u.exec(src.slice(this.at));
      if (!m) return null;
      this.at += m[0].length;
      // Digits are never letters; any other property may hold letters.
      return e === 'p' && m[1] === 'N' ? [NON_LETTER] : null;
    }
    if (e === 's' || e === 'd' || e === 'n' || e === 't' || e === 'r') return [NON_LETTER];
    if (!inClass && (e === 'b' || e === 'B')) return 'zero';
    if (/[A-Za-z0-9]/u.test(e)) return null;
    return [foldWord(e)];
  }

  private charClass(): Spell {
    const src = this.src;
    this.at++;
    if (src[this.at] === '^') return this.skipClass();
    const chars = new Set<string>();
    let ok = true;
    while (this.at < src.length && src[this.at] !== ']') {
      let from: string | null;
      if (src[this.at] === '\\') {
        const r = this.escapeChars(true);
        if (r === null || r === 'zero') {
          ok = false;
          continue;
        }
        if (r.length !== 1 || r[0] === NON_LETTER) {
          for (const x of r) chars.add(x);
          continue;
        }
        from = r[0] as string;
      } else {
        from = src[this.at] as string;
        this.at++;
      }
      if (src[this.at] === '-' && src[this.at + 1] !== ']') {
        this.at++;
        let to: string;
        if (src[this.at] === '\\') {
          const r = this.escapeChars(true);
          if (r === null || r === 'zero' || r.length !== 1) throw UNSPELLABLE;
          to = r[0] as string;
        } else to = src[this.at++] as string;
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > 400) ok = false;
        else for (let k = a; k <= b; k++) chars.add(foldWord(String.fromCharCode(k)));
      } else chars.add(foldWord(from));
    }
    this.at++;
    return ok ? spellChars([...chars]) : anyChar;
  }

  private skipClass(): Spell {
    while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
    this.at++;
    return anyChar;
  }
}

/**
 * The words a match of `src` from `at` can start with (folded), when it starts with a
 * letter or a tag: `done` words end before a non-letter, `open` ones may go on with more
 * letters. Undefined when a start cannot be spelled out.
 */
function startWords(src: string, at: number): { done: Set<string>; open: Set<string> } | undefined {
  try {
    const ended = new Set<string>();
    const open = new SpellParser(src).parseFrom(at)(new Set(['']), ended);
    if (open.has('')) return undefined;
    const done = new Set<string>();
    for (const w of ended) {
      if (w.startsWith(FROZEN)) open.add(w.slice(FROZEN.length));
      else done.add(w);
    }
    return { done, open };
  } catch (e) {
    if (e === UNSPELLABLE) return undefined;
    throw e;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Keys are cut to small integers, which a Map looks up without boxing them.
const KEY_MASK = 0x3fffffff;

/** Hash of a folded word, as LeadWords.scan computes it while reading a text. */
export function hashFolded(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h & KEY_MASK;
}

// The folded form of each non-ASCII character met, as hashFolded reads it: one unit in
// FOLDED_UNIT (0: not seen yet), or MANY_UNITS and the string in FOLDED_CHARS.
const FOLDED_UNIT = new Uint16Array(0x10000);
const MANY_UNITS = 0xffff;
const FOLDED_CHARS = new Map<number, string>();

function foldUnit(c: number): number {
  const f = foldChar(String.fromCharCode(c));
  if (f.length === 1 && f.charCodeAt(0) !== MANY_UNITS && f.charCodeAt(0) !== 0) FOLDED_UNIT[c] = f.charCodeAt(0);
  else {
    FOLDED_UNIT[c] = MANY_UNITS;
    FOLDED_CHARS.set(c, f);
  }
  return FOLDED_UNIT[c] as number;
}

/**
 * The words a set of regexes ("leads") can start with, read off their sources, and one
 * pass over a text that says where words of each lead are. Words are hashed rather than cut
 * out of the text and lower-cased (most of the cost of such a pass); a collision only lets
 * a regex run, it never skips one. A tag character is a word of its own. Shared with the
 * payment detector.
 */
export class LeadWords {
  private readonly words = new IdTable();
  /** Words that may go on with more letters, their lengths and first characters. */
  private readonly prefixes = new IdTable();
  private readonly prefixLength = new Uint8Array(64);
  /** By the low byte of the first character: a shared byte only costs a needless lookup. */
  private readonly prefixFirst = new Uint8Array(256);
  private count = 0;
  /** One more than the longest start word or prefix, in folded units. */
  private longest = 1;

  /** Registers the start words of `src` from `at` as a lead: its id, or -1 when they cannot be spelled out. */
  add(src: string, at: number): number {
    const words = at < 0 ? undefined : startWords(src, at);
    if (!words || [...words.open].some((w) => w.length >= this.prefixLength.length)) return -1;
    const id = this.count++;
    for (const w of words.done) {
      this.words.add(hashFolded(w), id);
      this.longest = Math.max(this.longest, w.length + 1);
    }
    for (const w of words.open) {
      this.prefixes.add(hashFolded(w), id);
      this.prefixLength[w.length] = 1;
      this.prefixFirst[w.charCodeAt(0) & 0xff] = 1;
      this.longest = Math.max(this.longest, w.length + 1);
    }
    return id;
  }

  /** at[lead]: where words of the lead start in `text`, ascending (undefined: nowhere). */
  scan(text: string): Array<number[] | undefined> {
    const at: Array<number[] | undefined> = new Array(this.count);
    const words = this.words;
    const prefixes = this.prefixes;
    const prefixLength = this.prefixLength;
    const prefixFirst = this.prefixFirst;
    // Past this many folded units a word can neither be a start word nor hold a prefix: the
    // rest of it is skipped unhashed.
    const hashUpTo = this.longest;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const start = i;
      const c = text.charCodeAt(i);
      let h = FNV_OFFSET;
      if (c < 128) {
        if ((c | 32) < 97 || (c | 32) > 122) {
          i++;
          continue;
        }
      } else if (!isLetterCode(c)) {
        i++;
        if (!isTagCode(c)) continue;
        h = Math.imul(h ^ c, FNV_PRIME) & KEY_MASK;
        mark(at, words.get(h), start);
        continue;
      }
      // hashFolded of the folded word, one character at a time.
      let len = 0;
      const first = c < 128 ? c | 32 : foldedFirst(c);
      const open = prefixFirst[first & 0xff] === 1;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if ((d | 32) < 97 || (d | 32) > 122) break;
          if (len >= hashUpTo) continue;
          h = Math.imul(h ^ (d | 32), FNV_PRIME);
          if (++len < prefixLength.length && open && prefixLength[len] === 1)
            mark(at, prefixes.get(h & KEY_MASK), start);
        } else if (isLetterCode(d)) {
          if (len >= hashUpTo) continue;
          let u = FOLDED_UNIT[d] as number;
          if (u === 0) u = foldUnit(d);
          if (u !== MANY_UNITS) {
            h = Math.imul(h ^ u, FNV_PRIME);
            if (++len < prefixLength.length && open && prefixLength[len] === 1)
              mark(at, prefixes.get(h & KEY_MASK), start);
            continue;
          }
          const f = FOLDED_CHARS.get(d) as string;
          for (let k = 0; k < f.length; k++) {
            h = Math.imul(h ^ f.charCodeAt(k), FNV_PRIME);
            if (++len < prefixLength.length && open && prefixLength[len] === 1)
              mark(at, prefixes.get(h & KEY_MASK), start);
          }
        } else break;
      }
      if (len < hashUpTo) mark(at, words.get(h & KEY_MASK), start);
    }
    return at;
  }
}

/** The first folded unit of a non-ASCII letter, as scan reads it. */
function foldedFirst(c: number): number {
  let u = FOLDED_UNIT[c] as number;
  if (u === 0) u = foldUnit(c);
  return u !== MANY_UNITS ? u : (FOLDED_CHARS.get(c) as string).charCodeAt(0);
}

/** Hash keys (non-negative) -> lead ids, open addressing: cheaper than a Map per word. */
class IdTable {
  private keys = new Int32Array(64).fill(-1);
  private ids: Array<number[] | undefined> = new Array(64);
  private size = 0;

  add(key: number, id: number): void {
    if ((this.size + 1) * 4 > this.keys.length) this.grow();
    const slot = this.slot(key);
    if (this.keys[slot] === -1) {
      this.keys[slot] = key;
      this.ids[slot] = [id];
      this.size++;
    } else {
      const ids = this.ids[slot] as number[];
      if (!ids.includes(id)) ids.push(id);
    }
  }

  get(key: number): readonly number[] | undefined {
    const slot = this.slot(key);
    return this.keys[slot] === -1 ? undefined : this.ids[slot];
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key || k === -1) return i;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.ids = new Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      if (k !== -1) for (const id of ids[i] as number[]) this.add(k, id);
    }
  }
}

export function mark(at: Array<number[] | undefined>, ids: readonly number[] | undefined, start: number): void {
  if (ids === undefined) return;
  for (const id of ids) {
    const list = at[id];
    if (list === undefined) at[id] = [start];
    else if (list[list.length - 1] !== start) list.push(start);
  }
}
