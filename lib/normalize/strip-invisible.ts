import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// Format characters (zero-width space/joiners, bidi marks, soft hyphen, BOM, tags),
// variation selectors and the keycap combiner: none of them is visible, all are used to
// split a number or an address so that a filter misses it.
const INVISIBLE = /\p{Cf}|\p{Default_Ignorable_Code_Point}|\u20E3/gu;

export const stripInvisible = defineNormalizer({
  id: 'strip-invisible',
  description: 'Deletes zero-width, format and variation-selector characters.',
  apply(input) {
    const { text } = input;
    if (text.search(INVISIBLE) < 0) return input;
    const b = new TextBuilder(input);
    let last = 0;
    INVISIBLE.lastIndex = 0;
    for (let m = INVISIBLE.exec(text); m !== null; m = INVISIBLE.exec(text)) {
      b.keep(last, m.index);
      last = m.index + m[0].length;
    }
    b.keep(last, text.length);
    return b.build();
  },
});
