import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// Cyrillic and Greek letters that look like Latin ones. Folded only inside a word that
// also has Latin letters ("теlеgrаm"), so real Russian or Greek text is left alone.
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  ε: 'e',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const WORD = /[\p{L}\p{M}\d]{2,64}/gu;
const HAS_LATIN = /[a-z]/i;
const HAS_LOOKALIKE = /[\u0370-\u03FF\u0400-\u052F\u0261]/u;

export const foldConfusables = defineNormalizer({
  id: 'fold-confusables',
  description: 'Folds Cyrillic/Greek look-alike letters to Latin inside mixed-script words.',
  apply(input) {
    const { text } = input;
    if (!HAS_LOOKALIKE.test(text)) return input;
    const b = new TextBuilder(input);
    let last = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      const w = m[0];
      if (!HAS_LATIN.test(w) || !HAS_LOOKALIKE.test(w)) continue;
      for (let k = 0; k < w.length; k++) {
        const to = LOOKALIKES[w[k] as string];
        if (to === undefined) continue;
        const at = m.index + k;
        b.keep(last, at);
        b.replace(at, at + 1, to);
        last = at + 1;
      }
    }
    b.keep(last, text.length);
    return b.build();
  },
});
