import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// Format characters (zero-width space/joiners, bidi marks, soft hyphen, BOM, tags),
// variation selectors and the keycap combiner: none of them is visible, all are used to
// split a number or an address so that a filter misses it.
const INVISIBLE = /\p{Cf}|\p{Default_Ignorable_Code_Point}|\u20E3/gu;

const KEYCAP = 0x20e3;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export const stripInvisible = defineNormalizer({
  id: 'strip-invisible',
  description:
    'Deletes zero-width, format and variation-selector characters; keycap digits (3️⃣1️⃣2️⃣) stay apart as they look.',
  apply(input) {
    const { text } = input;
    if (text.search(INVISIBLE) < 0) return input;
    const b = new TextBuilder(input);
    let last = 0;
    INVISIBLE.lastIndex = 0;
    for (let m = INVISIBLE.exec(text); m !== null; ) {
      // A run of invisible characters, one match at a time.
      const start = m.index;
      let end = start + m[0].length;
      let keycap = m[0].charCodeAt(0) === KEYCAP;
      for (m = INVISIBLE.exec(text); m !== null && m.index === end; m = INVISIBLE.exec(text)) {
        end += m[0].length;
        keycap ||= m[0].charCodeAt(0) === KEYCAP;
      }
      b.keep(last, start);
      // Digits each in its own keycap box are seen apart: a space keeps them apart for the
      // phone detector, as a space between digits would ("3 1 2 5 5 5 ..."). Other
      // invisible characters join what they split ("301\u200b555" reads "301555").
      if (keycap && isDigitCode(text.charCodeAt(start - 1)) && isDigitCode(text.charCodeAt(end)))
        b.replace(start, end, ' ');
      last = end;
    }
    b.keep(last, text.length);
    return b.build();
  },
});
