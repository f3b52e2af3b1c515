import type { Normalizer } from './define';
import { foldCompat } from './fold-compat';
import { foldConfusables } from './fold-confusables';
import { letterSeparators } from './letter-separators';
import { lookalikeDigits } from './lookalike-digits';
import { identity, type MappedText } from './mapped-text';
import { collapseSpacedLetters } from './spaced-letters';
import { spelledDigits } from './spelled-digits';
import { spelledSymbols } from './spelled-symbols';
import { stripInvisible } from './strip-invisible';

export type { MappedText } from './mapped-text';
export { toOriginalSpan } from './mapped-text';
export { SPELLED_AT } from './spelled-symbols';

/** The views a detector can ask for. Each is the base view plus the steps named. */
export const VIEWS = ['base', 'digits', 'symbols'] as const;
export type View = (typeof VIEWS)[number];

/** Shared by every view, in this order. */
export const BASE_NORMALIZERS: readonly Normalizer[] = [
  // First: invisible characters split words and numbers, and would hide them from the rest.
  stripInvisible,
  // Then fullwidth, math and any-script digits become ASCII, so later steps see one alphabet.
  foldCompat,
  // Cyrillic/Greek look-alikes inside Latin words ("теlеgrаm") after digits are ASCII.
  foldConfusables,
];

/** Extra steps per view, applied to the base view in this order. */
export const VIEW_NORMALIZERS: Record<View, readonly Normalizer[]> = {
  base: [],
  digits: [
    // Number words become digits first, so look-alike letters then sit beside real digits.
    spelledDigits,
    // One letter repeated between digit groups is a separator: before look-alikes, which
    // would otherwise read an 'l' separator as a digit.
    letterSeparators,
    // O/l/I/S/B inside digit runs: after spelled digits so "O" next to "five" is not read.
    lookalikeDigits,
  ],
  symbols: [
    // Letters typed one by one are joined first, so "a t" and "d o t" become words.
    collapseSpacedLetters,
    // Then [at], "dot", "slash" and spaced punctuation become @ . /.
    spelledSymbols,
  ],
};

// The last input and output of each step. A step is a pure function of the text and its
// map, and one scan runs the same steps over the same text more than once (the email and
// url detectors both fold symbols in the base text), as does every rescan of a draft.
interface StepMemo {
  input: MappedText;
  output: MappedText;
}
const lastRun = new Map<Normalizer, StepMemo>();

function sameInput(a: MappedText, b: MappedText): boolean {
  if (a === b) return true;
  if (a.text !== b.text || a.toOriginal.length !== b.toOriginal.length) return false;
  for (let i = 0; i < a.toOriginal.length; i++) if (a.toOriginal[i] !== b.toOriginal[i]) return false;
  return true;
}

/** Drops the memo of the last input (the benchmark's first-scan figure starts from none). */
export function forgetNormalizerMemos(): void {
  lastRun.clear();
}

export function runNormalizers(input: MappedText, steps: readonly Normalizer[]): MappedText {
  let current = input;
  for (const step of steps) {
    const memo = lastRun.get(step);
    if (memo && sameInput(memo.input, current)) {
      current = memo.output;
      continue;
    }
    const output = step.apply(current);
    lastRun.set(step, { input: current, output });
    current = output;
  }
  return current;
}

/** Lazily computed views of one text: a scan only pays for the views its detectors use. */
export class Views {
  readonly original: string;
  private readonly cache = new Map<View, MappedText>();

  constructor(original: string) {
    this.original = original;
  }

  get(view: View): MappedText {
    const hit = this.cache.get(view);
    if (hit) return hit;
    const made =
      view === 'base'
        ? runNormalizers(identity(this.original), BASE_NORMALIZERS)
        : runNormalizers(this.get('base'), VIEW_NORMALIZERS[view]);
    this.cache.set(view, made);
    return made;
  }
}

/** Normalise a text for one view (used by tests and the explainer). */
export function normalize(text: string, view: View = 'base'): MappedText {
  return new Views(text).get(view);
}
