import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

/** Marks an "at" written as a plain word: the email detector decides whether it is one. */
export const SPELLED_AT = '\uE000';

// Bracketed words are never ordinary prose: [at] (at) {AT} <at> (a) → @, [dot] <dot> → .
const BRACKET_AT = /\s{0,2}[[({<]\s{0,2}(?:at|a|arroba|arobase)\s{0,2}[\])}>]\s{0,2}/giu;
const BRACKET_DOT = /\s{0,2}[[({<]\s{0,2}(?:dot|d0t|punto|ponto|point|punkt)\s{0,2}[\])}>]\s{0,2}/giu;
// Defanged symbols, "linkedin[.]com", "jo(@)example{.}com": only between word characters,
// so "(.)" or "[@]" standing alone in prose or code stays as it is.
const BRACKET_SYMBOL = /(?<=[\p{L}\p{N}_])\s{0,2}[[({<]\s{0,2}([.@])\s{0,2}[\])}>]\s{0,2}(?=[\p{L}\p{N}])/gu;
// Word forms: " dot " → "." and " slash " → "/" (harmless in prose), "_at_" → "@",
// " at " / " arroba " → the SPELLED_AT marker.
const WORD_DOT = /(?<=[\p{L}\d_])\s{1,3}(?:dot|d0t|punto|ponto|point|punkt)\s{1,3}(?=[\p{L}\d])/giu;
const WORD_SLASH = /(?<=[\p{L}\d_.])\s{1,3}slash\s{1,3}(?=[\p{L}\d])/giu;
const UNDERSCORE_AT = /(?<=[\p{L}\d])_at_(?=[\p{L}\d])/giu;
const WORD_AT = /(?<=[\p{L}\d_.])\s{1,3}(?:at|arroba|arobase)\s{1,3}(?=[\p{L}\d])/giu;
// Spaces around . @ / between word characters: "anil.k @ zoho.com", "forms . gle / x".
const SPACED_PUNCT = /(?<=[\p{L}\d_])\s{1,2}([.@/])\s{1,2}(?=[\p{L}\d_])/gu;

// Each rule with a cheap necessary test: a literal scan without the look-behinds that make
// the rule's own regex slow to try at every position (astral text most of all).
const BRACKET = /[[({<]/u;
const RULES: ReadonlyArray<readonly [RegExp, RegExp, (m: RegExpExecArray) => string]> = [
  [BRACKET, BRACKET_SYMBOL, (m) => m[1] as string],
  [BRACKET, BRACKET_AT, () => '@'],
  [BRACKET, BRACKET_DOT, () => '.'],
  [/_at_/iu, UNDERSCORE_AT, () => '@'],
  [/\s(?:dot|d0t|punto|ponto|point|punkt)\s/iu, WORD_DOT, () => '.'],
  [/\sslash\s/iu, WORD_SLASH, () => '/'],
  [/\s(?:at|arroba|arobase)\s/iu, WORD_AT, () => SPELLED_AT],
  [/\s[.@/]\s/u, SPACED_PUNCT, (m) => m[1] as string],
];

export const spelledSymbols = defineNormalizer({
  id: 'spelled-symbols',
  description: 'Reads [at], (dot), [.], "at", "dot", "slash", arroba and punto as @ . /.',
  apply(input) {
    let current = input;
    for (const [need, re, to] of RULES) {
      const { text } = current;
      if (!need.test(text)) continue;
      const b = new TextBuilder(current);
      let last = 0;
      let changed = false;
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
        changed = true;
      }
      if (!changed) continue;
      b.keep(last, text.length);
      current = b.build();
    }
    return current;
  },
});
