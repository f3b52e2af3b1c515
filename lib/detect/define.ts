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
  find(text: string, ctx: DetectContext): Iterable<RawFinding>;
  examples: { match: readonly string[]; ignore: readonly string[] };
}

export function defineDetector(d: Detector): Detector {
  return d;
}
