/**
 * Reads a regex's source to find its leading group, so a detector can test that group alone
 * (cheaply) before running the whole pattern: a text without it cannot match.
 */

export interface PatternShape {
  /** Index just past the group that opens at `from`, or -1 when there is none. */
  firstGroupEnd: number;
  /** A '|' outside every group and class, after `from`. */
  topLevelAlternation: boolean;
}

/** Scans `src` from `from` (which should hold '('), skipping escapes and character classes. */
export function patternShape(src: string, from: number): PatternShape {
  let depth = 0;
  let inClass = false;
  let firstGroupEnd = -1;
  let topLevelAlternation = false;
  for (let k = from; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && firstGroupEnd < 0) firstGroupEnd = k + 1;
    else if (c === '|' && depth === 0) topLevelAlternation = true;
  }
  return { firstGroupEnd, topLevelAlternation };
}

/** Whether a quantifier follows position `at` (the group before it may then be absent). */
export function isQuantified(src: string, at: number): boolean {
  const c = src[at];
  return c === '?' || c === '*' || c === '+' || c === '{';
}
