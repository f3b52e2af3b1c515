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
const DIGIT_BY_LETTER = /[0-9][-. ]?[OolI|SB]|[OolI|SB][-. ]?[0-9]/;

const isSeparator = (c: string | undefined): boolean => c === '-' || c === '.' || c === ' ';

/**
 * The run without a group glued to a word at either end, when that group is set off by a
 * separator from the rest: "call O3OO 555 O142" is matched from the "ll" of "call", and
 * "ll" belongs to the word, "O3OO 555 O142" to the number. Null when nothing is left.
 * A run that is phone-shaped on its own (see below) is kept whole.
 */
function unglued(text: string, index: number, tok: string): [number, string] | null {
  let from = 0;
  let to = tok.length;
  const before = text[index - 1];
  const after = text[index + tok.length];
  if (before !== undefined && LETTER.test(before) && HYPHENS_AND_DIGITS.exec(tok) === null) {
    while (from < to && !isSeparator(tok[from])) from++;
    from++;
  }
  if (after !== undefined && LETTER.test(after) && HYPHENS_AND_DIGITS.exec(tok) === null) {
    while (to > from && !isSeparator(tok[to - 1])) to--;
    to--;
  }
  if (to - from < 2) return null;
  return from === 0 && to === tok.length ? [index, tok] : [index + from, tok.slice(from, to)];
}
// Two hyphens and six digits: phone-shaped even when glued to a word.
const HYPHENS_AND_DIGITS = /^(?=(?:[^-]*-){2})(?=(?:[^0-9]*[0-9]){6})/;

export const lookalikeDigits = defineNormalizer({
  id: 'lookalike-digits',
  description: 'Reads O/o, l/I/|, S and B as digits inside digit runs ("O3OO-l234567").',
  apply(input) {
    const { text } = input;
    // Every run that changes holds a real digit next to a look-alike letter (at most one
    // separator apart): most texts have none, and the run regex would match "oo", "ll".
    if (!DIGIT_BY_LETTER.test(text)) return input;
    const b = new TextBuilder(input);
    let last = 0;
    let changed = false;
    // exec rather than matchAll: no clone of the regex per call.
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
      const piece = unglued(text, m.index, m[0]);
      if (piece === null) continue;
      const [index, tok] = piece;
      let digits = 0;
      let letters = 0;
      let hyphens = 0;
      for (const ch of tok) {
        if (ch >= '0' && ch <= '9') digits++;
        else if (ch === '-') hyphens++;
        else if (MAP[ch] !== undefined) letters++;
      }
      if (digits === 0 || letters === 0 || digits < letters) continue;
      // A run glued to a word is part of that word, unless it is phone-shaped on its own
      // (two or more hyphens and six real digits: "Some888-884-OIII").
      const structured = hyphens >= 2 && digits >= 6;
      const before = text[index - 1];
      const after = text[index + tok.length];
      if (!structured && ((before && LETTER.test(before)) || (after && LETTER.test(after)))) continue;
      // Letters glued to a real digit ("8O42", "O3OO") are read as digits, and so is a group
      // hyphen- or dot-joined to such a group ("I-888", "884-Olll"); a lone "I" or "O"
      // separated by a space is a word.
      const groups: { start: number; text: string; on: boolean }[] = [];
      GROUP.lastIndex = 0;
      for (let g = GROUP.exec(tok); g !== null; g = GROUP.exec(tok)) {
        groups.push({ start: g.index, text: g[0], on: HAS_DIGIT.test(g[0]) });
      }
      const joined = (a: number, b: number): boolean => {
        const x = groups[a];
        const y = groups[b];
        if (!x || !y) return false;
        const sep = tok.slice(x.start + x.text.length, y.start);
        return sep === '-' || sep === '.';
      };
      for (let i = 1; i < groups.length; i++) {
        const g = groups[i] as (typeof groups)[number];
        if (!g.on && groups[i - 1]?.on && joined(i - 1, i)) g.on = true;
      }
      for (let i = groups.length - 2; i >= 0; i--) {
        const g = groups[i] as (typeof groups)[number];
        if (!g.on && groups[i + 1]?.on && joined(i, i + 1)) g.on = true;
      }
      // Look-alike letters at an edge that touches a word belong to that word ("5446ObOdy").
      let from = 0;
      let to = tok.length;
      if (before && LETTER.test(before)) while (from < to && MAP[tok[from] as string] !== undefined) from++;
      if (after && LETTER.test(after)) while (to > from && MAP[tok[to - 1] as string] !== undefined) to--;
      for (const g of groups) {
        if (!g.on) continue;
        for (let k = 0; k < g.text.length; k++) {
          if (g.start + k < from || g.start + k >= to) continue;
          const digit = MAP[g.text[k] as string];
          if (digit === undefined) continue;
          const at = index + g.start + k;
          b.keep(last, at);
          b.replace(at, at + 1, digit);
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
