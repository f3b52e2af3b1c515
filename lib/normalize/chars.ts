/*
 * Character classes by code, as JavaScript's regexes see them, for the scans that walk a
 * text by character code instead of running a regex over it.
 */

/** Whether `\s` matches this code unit. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_BIT = 1;
const NUMBER_BIT = 2;
const KNOWN_BIT = 4;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
// Classes of each BMP code point, filled as met (0: not yet looked up); astral ones in a
// bounded map.
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();
const ASTRAL_MAX = 4096;

function lookUp(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN_BIT | (LETTER.test(ch) ? LETTER_BIT : 0) | (NUMBER.test(ch) ? NUMBER_BIT : 0);
}

function classOf(cp: number): number {
  // Past the end of a text charCodeAt gives NaN: no class.
  if (!(cp >= 0 && cp <= 0x10ffff)) return KNOWN_BIT;
  if (cp <= 0xffff) {
    let k = bmpClass[cp] as number;
    if (k === 0) {
      k = lookUp(cp);
      bmpClass[cp] = k;
    }
    return k;
  }
  let k = astralClass.get(cp);
  if (k === undefined) {
    k = lookUp(cp);
    if (astralClass.size >= ASTRAL_MAX) astralClass.clear();
    astralClass.set(cp, k);
  }
  return k;
}

/** Whether `\p{L}` matches this code point (a lone surrogate is none). */
export function isLetterPoint(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return (classOf(cp) & LETTER_BIT) !== 0;
}

/** Whether `[\p{L}\p{N}]` matches this code point. */
export function isAlnumPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return (classOf(cp) & (LETTER_BIT | NUMBER_BIT)) !== 0;
}
