import type { View } from '../normalize';
import type { Category, Confidence } from './types';

/** What a detector yields, in offsets of the view it asked for. */
export interface RawFinding {
  start: number;
  end: number;
  /** Defaults to the detector's first category. */
  category?: Category;
  canonical?: string;
  platform?: string;
  confidence: Confidence;
  evidence?: string[];
}

export interface DetectContext {
  /** ISO region for national phone formats, upper case ('US', 'IN'). */
  defaultCountry: string;
}

export interface Detector {
  id: string;
  /** Categories it may report; the first is the default. */
  categories: readonly Category[];
  description: string;
  /** Which normalised view `find` receives. */
  view: View;
  /**
   * Optional cheap test on the BASE view, run before `view` is built or `find` runs. It must
   * be a necessary condition of any finding (false only where `find` would find nothing),
   * so most messages skip the detector's large regexes entirely.
   */
  gate?(base: string): boolean;
  find(text: string, ctx: DetectContext): Iterable<RawFinding>;
  examples: { match: readonly string[]; ignore: readonly string[] };
}

export function defineDetector(d: Detector): Detector {
  return d;
}
