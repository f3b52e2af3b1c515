import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

// "l u c y . d e v @ p r o t o n . m e": four or more single characters, each followed by
// one space. The spaces are dropped; nothing else changes.
const SPACED = /(?<![^\s])(?:[^\s] ){3,200}[^\s](?![^\s])/gu;
// A run that ends in "/" or "@" goes on into the word typed whole after it, past one space:
// "f b . c o m / jane.doe" is "fb.com/jane.doe".
const JOINS_NEXT = /[/@]/u;
const WORD_START = /[\p{L}\p{N}]/u;

export const collapseSpacedLetters = defineNormalizer({
  id: 'collapse-spaced-letters',
  description: 'Joins letters typed one by one with spaces ("w h a t s a p p").',
  apply(input) {
    const { text } = input;
    const b = new TextBuilder(input);
    let last = 0;
    let changed = false;
    SPACED.lastIndex = 0;
    for (let m = SPACED.exec(text); m !== null; m = SPACED.exec(text)) {
      const s = m.index;
      for (let k = 1; k < m[0].length; k += 2) {
        b.keep(last, s + k);
        last = s + k + 1; // drop the space
      }
      const end = s + m[0].length;
      if (JOINS_NEXT.test(text[end - 1] as string) && text[end] === ' ' && WORD_START.test(text[end + 1] ?? '')) {
        b.keep(last, end);
        last = end + 1;
      }
      changed = true;
    }
    if (!changed) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
