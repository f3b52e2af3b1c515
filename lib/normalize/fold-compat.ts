import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// Anything that is not plain ASCII is a candidate: fullwidth forms, math alphanumerics,
// circled and superscript digits, digits of every script, exotic spaces and dashes.
const NON_ASCII = /[\u0080-\u{10FFFF}]/u;
// Only these ranges can fold; everything else (most letters of most scripts) is skipped fast.
const FOLDABLE =
  /[\p{Nd}\p{Zs}\p{Pd}\u2212\u00AA-\u00BA\u2070-\u209F\u2100-\u24FF\u2776-\u2793\u3000-\u303F\uFE50-\uFE6F\uFF00-\uFFEF\u{1D400}-\u{1D7FF}\u{1F100}-\u{1F1FF}]/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^[\p{Zs}\u00A0]$/u;
const DASH = /^[\p{Pd}\u2212]$/u;

/** Value 0-9 of any Unicode decimal digit: digit blocks are runs of ten, zero first. */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  let start = cp;
  // Walk back to the start of the contiguous run of decimal digits (at most 60 back).
  for (let k = 0; k < 60; k++) {
    const prev = String.fromCodePoint(start - 1);
    if (!DIGIT.test(prev)) break;
    start--;
  }
  return (cp - start) % 10;
}

function foldChar(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  if (DIGIT.test(ch)) return String(digitValue(cp));
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  const k = ch.normalize('NFKC');
  // Keep one-to-one: a compatibility form that expands (ﬁ, ⑩, ㎞) stays as it is.
  if (k.length === 1 || (k.length === 2 && (k.codePointAt(0) as number) > 0xffff)) {
    if (DIGIT.test(k)) return String(digitValue(k.codePointAt(0) as number));
    // "⁻" and "₋" are a minus sign once NFKC-folded: fold that too, so one pass is enough
    // (the base steps must be fixed points of their own output).
    if (SPACE.test(k)) return ' ';
    if (DASH.test(k)) return '-';
    return k;
  }
  return ch;
}

// What each non-ASCII character folds to, as met: most texts repeat a few (an alphabet, an
// emoji). BMP characters that stay as they are are marked in a table; the rest in a map.
const BMP_KEPT = new Uint8Array(0x10000);
const FOLDED_MAX = 4096;
const folded = new Map<number, string>();

function foldedOf(cp: number, ch: string): string {
  if (cp <= 0xffff && BMP_KEPT[cp] === 1) return ch;
  let out = folded.get(cp);
  if (out !== undefined) return out;
  out = FOLDABLE.test(ch) ? foldChar(ch) : ch;
  if (out === ch && cp <= 0xffff) BMP_KEPT[cp] = 1;
  else {
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(cp, out);
  }
  return out;
}

export const foldCompat = defineNormalizer({
  id: 'fold-compat',
  description: 'Folds compatibility forms (fullwidth, math, circled), any-script digits, spaces and dashes to ASCII.',
  apply(input) {
    const { text } = input;
    if (!NON_ASCII.test(text)) return input;
    const b = new TextBuilder(input);
    let last = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) as number;
      const w = cp > 0xffff ? 2 : 1;
      if (cp < 0x80 || (w === 1 && BMP_KEPT[cp] === 1)) {
        i += w;
        continue;
      }
      const ch = text.slice(i, i + w);
      const out = foldedOf(cp, ch);
      if (out !== ch) {
        b.keep(last, i);
        b.replace(i, i + w, out);
        last = i + w;
      }
      i += w;
    }
    if (last === 0) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
