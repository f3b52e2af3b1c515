import type { Verdict } from '../../lib/policy/types';

/** One finding as the page UI shows it: already in words, no codes to look up. */
export interface FindingItem {
  key: string;
  verdict: Verdict;
  /** "Email address", "Payment outside Upwork"... */
  label: string;
  /** The part of the user's own text it was found in (shown to the user only). */
  excerpt: string;
  /** One sentence: what to do instead. */
  advice: string;
}
