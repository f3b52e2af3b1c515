import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

/** Marks an "at" written as a plain word: the email detector decides whether it is one. */
export const SPELLED_AT = '\uE000';

// Bracketed forms are never ordinary prose: [at] (at) {AT} <at> (a) → @, [dot] <dot> → .
const BRACKET_AT = /\s{0,2}[[({<]\s{0,2}(?:at|a|@|arroba|arobase)\s{0,2}[\])}>]\s{0,2}/giu;
const BRACKET_DOT = /\s{0,2}[[({<]\s{0,2}(?:dot|d0t|punto|ponto|point|punkt|\.)\s{0,2}[\])}>]\s{0,2}/giu;
// Word forms: " dot " → "." and " slash " → "/" (harmless in prose), "_at_" → "@",
// " at " / " arroba " → the SPELLED_AT marker.
const WORD_DOT = /(?<=[\p{L}\d_])\s{1,3}(?:dot|d0t|punto|ponto|point|punkt)\s{1,3}(?=[\p{L}\d])/giu;
const WORD_SLASH = /(?<=[\p{L}\d_.])\s{1,3}slash\s{1,3}(?=[\p{L}\d])/giu;
const UNDERSCORE_AT = /(?<=[\p{L}\d])_at_(?=[\p{L}\d])/giu;
const WORD_AT = /(?<=[\p{L}\d_.])\s{1,3}(?:at|arroba|arobase)\s{1,3}(?=[\p{L}\d])/giu;
// Spaces around . @ / between word characters: "anil.k @ zoho.com", "forms . gle / x".
const SPACED_PUNCT = /(?<=[\p{L}\d_])\s{1,2}([.@/])\s{1,2}(?=[\p{L}\d_])/gu;

const RULES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [BRACKET_AT, () => '@'],
  [BRACKET_DOT, () => '.'],
  [UNDERSCORE_AT, () => '@'],
  [WORD_DOT, () => '.'],
  [WORD_SLASH, () => '/'],
  [WORD_AT, () => SPELLED_AT],
  [SPACED_PUNCT, (m) => m[1] as string],
];

export const spelledSymbols = defineNormalizer({
  id: 'spelled-symbols',
  description: 'Reads [at], (dot), "at", "dot", "slash", arroba and punto as @ . /.',
  apply(input) {
    let current = input;
    for (const [re, to] of RULES) {
      const { text } = current;
      if (text.search(re) < 0) continue;
      const b = new TextBuilder(current);
      let last = 0;
      // exec rather than matchAll, which clones (and recompiles) the regex on every call.
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
          continue;
        }
        b.keep(last, m.index);
        b.replace(m.index, m.index + m[0].length, to(m));
        last = m.index + m[0].length;
      }
      b.keep(last, text.length);
      current = b.build();
    }
    return current;
  },
});
