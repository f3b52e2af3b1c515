import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// Letters typed for digits inside a number: O/o→0, l/I/|→1, S→5, B→8. Only inside a
// run of digits and these letters (single - . or space between them allowed) that has at
// least as many real digits, and is not part of a word.
const TOKEN = /[0-9OolI|SB](?:[-. ]?[0-9OolI|SB]){1,40}/g;
const MAP: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1', S: '5', B: '8' };
const LETTER = /\p{L}/u;
const GROUP = /[0-9OolI|SB]{1,41}/g;
const HAS_DIGIT = /[0-9]/;

export const lookalikeDigits = defineNormalizer({
  id: 'lookalike-digits',
  description: 'Reads O/o, l/I/|, S and B as digits inside digit runs ("O3OO-l234567").',
  apply(input) {
    const { text } = input;
    const b = new TextBuilder(input);
    let last = 0;
    let changed = false;
    // exec rather than matchAll: no clone of the regex per call.
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
      const tok = m[0];
      const before = text[m.index - 1];
      const after = text[m.index + tok.length];
      if ((before && LETTER.test(before)) || (after && LETTER.test(after))) continue;
      let digits = 0;
      let letters = 0;
      for (const ch of tok) {
        if (ch >= '0' && ch <= '9') digits++;
        else if (MAP[ch] !== undefined) letters++;
      }
      if (digits === 0 || letters === 0 || digits < letters) continue;
      // Only letters glued to a real digit ("8O42", "O3OO") are read as digits: a lone "I"
      // or "O" between numbers is a word.
      GROUP.lastIndex = 0;
      for (let g = GROUP.exec(tok); g !== null; g = GROUP.exec(tok)) {
        if (!HAS_DIGIT.test(g[0])) continue;
        for (let k = 0; k < g[0].length; k++) {
          const to = MAP[g[0][k] as string];
          if (to === undefined) continue;
          const at = m.index + g.index + k;
          b.keep(last, at);
          b.replace(at, at + 1, to);
          last = at + 1;
          changed = true;
        }
      }
    }
    if (!changed) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
