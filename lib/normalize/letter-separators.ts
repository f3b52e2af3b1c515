import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// Spam that dodges number filters separates the digit groups of a phone number with one
// repeated letter ("1i888i884i0111", "+1l972l534l5446"). Three or more groups, the same
// lower-case letter between each, ten to fifteen digits in all: the letters become '-'.
// The phone detector still has to validate the number.
const RUN = /(?<!\d)\+?\d{1,4}([a-z])\d{1,4}(?:\1\d{1,4}){1,4}(?!\d)/gu;
const MIN_DIGITS = 10;
const MAX_DIGITS = 15;

/** At least MIN_DIGITS ASCII digits: a cheap necessary condition of any change. */
function enoughDigits(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= MIN_DIGITS) return true;
  }
  return false;
}

export const letterSeparators = defineNormalizer({
  id: 'letter-separators',
  description: 'Reads one letter repeated between digit groups ("1i888i884i0111") as a separator.',
  apply(input) {
    const { text } = input;
    if (!enoughDigits(text)) return input;
    const b = new TextBuilder(input);
    let last = 0;
    let changed = false;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const sep = m[1] as string;
      let digits = 0;
      for (const ch of m[0]) if (ch >= '0' && ch <= '9') digits++;
      if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
      for (let k = 0; k < m[0].length; k++) {
        if (m[0][k] !== sep) continue;
        const at = m.index + k;
        b.keep(last, at);
        b.replace(at, at + 1, '-');
        last = at + 1;
        changed = true;
      }
    }
    if (!changed) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
