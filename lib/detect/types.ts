/** The detector's vocabulary: see eval/CATEGORIES.md in the shared docs. */
export const CATEGORIES = [
  'phone',
  'email',
  'address',
  'social',
  'meeting',
  'form',
  'ats',
  'request',
  'payment',
  'link',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that are a "means of direct contact" (or a request for one). */
export const CONTACT_CATEGORIES: readonly Category[] = [
  'phone',
  'email',
  'address',
  'social',
  'meeting',
  'form',
  'ats',
  'request',
];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Finding {
  category: Category;
  /** UTF-16 offsets into the ORIGINAL text, half-open. */
  start: number;
  end: number;
  /** Comparable form: E.164 phone, lower-case email, host or handle. */
  canonical?: string;
  /** 'whatsapp', 'zoom', 'greenhouse', 'paypal', ... */
  platform?: string;
  confidence: Confidence;
  /** Id of the detector that found it (its file name). */
  detector: string;
  /** Stable kebab-case reason codes: 'spelled-digits', 'at-dot-words', ... */
  evidence: string[];
}

export interface DetectOptions {
  /** ISO 3166-1 alpha-2 region used first for national phone formats. */
  defaultCountry?: string;
  /** Only these categories are reported (all when absent). */
  categories?: readonly Category[];
}
