import { defineNormalizer } from './define';
import { TextBuilder } from './mapped-text';

/**
 * Number words for single digits in the languages people use to dodge filters. Many are
 * also ordinary words ("do", "no", "un", "sat"), so words are turned into digits only
 * inside a run of number tokens that yields at least MIN_RUN_DIGITS digits.
 */
// No prototype: a token such as "constructor" must not find Object.prototype's members.
const WORDS: Record<string, string> = Object.create(null) as Record<string, string>;
function add(digit: string, ...words: string[]): void {
  for (const w of words) WORDS[w] = digit;
}
// English, Spanish, Portuguese, French, German, Italian, Hindi/Urdu (Latin script).
add('0', 'zero', 'oh', 'nought', 'nil', 'cero', 'zéro', 'null', 'sifar', 'shunya', 'shoonya', 'sunya');
add('1', 'one', 'uno', 'una', 'um', 'uma', 'un', 'une', 'eins', 'ek', 'aik', 'ik');
add('2', 'two', 'dos', 'dois', 'duas', 'deux', 'zwei', 'zwo', 'due', 'do', 'dho');
add('3', 'three', 'tres', 'três', 'trois', 'drei', 'tre', 'teen', 'tin', 'theen');
add('4', 'four', 'cuatro', 'quatro', 'quatre', 'vier', 'quattro', 'char', 'chaar', 'chār');
add('5', 'five', 'cinco', 'cinq', 'fünf', 'fuenf', 'cinque', 'panch', 'paanch', 'paanch', 'paach');
add('6', 'six', 'seis', 'meia', 'sechs', 'sei', 'chhe', 'chhah', 'chhe', 'chah', 'che', 'chhay', 'chay');
add('7', 'seven', 'siete', 'sete', 'sept', 'sieben', 'sette', 'saat', 'sat', 'saath');
add('8', 'eight', 'ocho', 'oito', 'huit', 'acht', 'otto', 'aath', 'aat', 'ath', 'aatth');
add('9', 'nine', 'nueve', 'nove', 'neuf', 'neun', 'nau', 'nao', 'no', 'nau');
const REPEAT: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  double: 2,
  triple: 3,
  doble: 2,
  triplo: 3,
  doppel: 2,
  doppio: 2,
});
/** Longer letter tokens are no number word: skipped without lower-casing them. */
const MAX_WORD = Math.max(...[...Object.keys(WORDS), ...Object.keys(REPEAT)].map((w) => w.length));

const WORD_ALT = [...Object.keys(WORDS), ...Object.keys(REPEAT)].sort((a, b) => b.length - a.length).join('|');
// A number word starts where a letter token starts: after a non-letter, or after a run of
// 16 letters (TOKEN splits longer runs), and ends before a non-letter.
const WORD_RE = `(?:(?<!\\p{L})|(?<=\\p{L}{16}))(?:${WORD_ALT})(?!\\p{L})`;
/**
 * True when a number word stands next to another number token (word or digit) across a
 * gap the step accepts. Words are converted only inside a run of at least MIN_RUN_DIGITS
 * digits, which needs two tokens or more, so without such a pair this step changes nothing.
 * A cheap necessary test for detectors that gate on it.
 */
export const NUMBER_WORD_PAIR = new RegExp(
  `${WORD_RE}[^\\p{L}\\d]{0,4}(?:\\d|${WORD_RE})|\\d[^\\p{L}\\d]{0,4}${WORD_RE}`,
  'iu',
);

const TOKEN = /[\p{L}]{1,16}|\d{1,24}/gu;
// What may stand between two number tokens of one run: spaces, punctuation, emoji.
const GAP = /^[^\p{L}\d]{0,4}$/u;
const MIN_RUN_DIGITS = 4;

interface Tok {
  start: number;
  end: number;
  digits: string; // digits this token stands for ('' for a multiplier)
  repeat: number; // >1 for double/triple
  word: boolean;
}

function classify(raw: string): Pick<Tok, 'digits' | 'repeat' | 'word'> | null {
  if (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57) return { digits: raw, repeat: 1, word: false };
  if (raw.length > MAX_WORD) return null;
  const w = raw.toLowerCase();
  const d = WORDS[w];
  if (d !== undefined) return { digits: d, repeat: 1, word: true };
  const r = REPEAT[w];
  if (r !== undefined) return { digits: '', repeat: r, word: true };
  return null;
}

export const spelledDigits = defineNormalizer({
  id: 'spelled-digits',
  description: 'Turns runs of number words ("nine one seven", "double five", "ek do teen") into digits.',
  apply(input) {
    const { text } = input;
    const b = new TextBuilder(input);
    let last = 0;
    let run: Tok[] = [];
    let changed = false;

    const flush = (): void => {
      const hasWord = run.some((t) => t.word);
      let count = 0;
      for (const t of run) count += t.repeat > 1 ? t.repeat - 1 : t.digits.length;
      if (hasWord && count >= MIN_RUN_DIGITS) {
        for (let i = 0; i < run.length; i++) {
          const t = run[i] as Tok;
          if (!t.word) continue;
          const next = run[i + 1];
          if (t.repeat > 1) {
            // "double five": one digit per word position, the repeated digit spans both words.
            if (next && next.digits.length === 1 && next.word) {
              b.keep(last, t.start);
              const out = next.digits.repeat(t.repeat);
              const anchors = t.repeat === 2 ? [t.start, next.start] : [t.start, t.start + 1, next.start];
              b.replace(t.start, next.end, out, anchors);
              last = next.end;
              i++;
            }
            continue;
          }
          b.keep(last, t.start);
          b.replace(t.start, t.end, t.digits);
          last = t.end;
          changed = true;
        }
        changed = true;
      }
      run = [];
    };

    let prevEnd = -1;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
      const c = classify(m[0]);
      const start = m.index;
      const end = start + m[0].length;
      if (!c) {
        if (run.length) flush();
        prevEnd = end;
        continue;
      }
      if (run.length && !GAP.test(text.slice(prevEnd, start))) flush();
      run.push({ start, end, ...c });
      prevEnd = end;
    }
    if (run.length) flush();
    if (!changed) return input;
    b.keep(last, text.length);
    return b.build();
  },
});
