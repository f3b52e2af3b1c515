import { forgetNormalizerMemos, toOriginalSpan, Views } from '../normalize';
import { addressDetector } from './address';
import type { DetectContext, Detector } from './define';
import { emailDetector } from './email';
import { handleDetector } from './handle';
import { forgetTagged } from './lexicon';
import { meetingIdDetector } from './meeting-id';
import { forgetPaymentWords, paymentDetector } from './payment';
import { forgetParsedNumbers, phoneDetector } from './phone';
import { forgetRequestFacts, requestDetector } from './request';
import type { Category, DetectOptions, Finding } from './types';
import { forgetLinkChunks, urlDetector } from './url';

export type { Category, Confidence, DetectOptions, Finding } from './types';
export { CATEGORIES, CONTACT_CATEGORIES } from './types';

/** Every detector, explicitly. A test checks each file in this folder is listed. */
export const DETECTORS: readonly Detector[] = [
  urlDetector,
  emailDetector,
  phoneDetector,
  meetingIdDetector,
  handleDetector,
  paymentDetector,
  addressDetector,
  requestDetector,
];

/**
 * When one finding lies wholly inside another of a category earlier in this list, only the
 * outer one is kept ("Zoom ID 936 2214 0587" is a meeting, not also a phone).
 */
const SPECIFICITY: readonly Category[] = [
  'meeting',
  'form',
  'ats',
  'payment',
  'social',
  'email',
  'address',
  'phone',
  'request',
  'link',
];

function rank(c: Category): number {
  return SPECIFICITY.indexOf(c);
}

function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) => a.start - b.start || b.end - a.end || rank(a.category) - rank(b.category),
  );
  const kept: Finding[] = [];
  // Kept findings that still reach past the current start (the only ones a later finding,
  // which starts there or after, can overlap): a long text with thousands of findings stays
  // linear instead of comparing every pair.
  let active: Finding[] = [];
  for (const f of sorted) {
    active = active.filter((k) => k.end > f.start);
    const shadowed = active.some((k) => {
      if (k.category === f.category) return k.start <= f.start && f.end <= k.end;
      if (f.category === 'link') return k.start < f.end && f.start < k.end;
      return rank(k.category) < rank(f.category) && k.start <= f.start && f.end <= k.end;
    });
    if (!shadowed) {
      kept.push(f);
      active.push(f);
    }
  }
  // A link found after a wider contact finding that overlaps it is dropped above; a link
  // found first and then overlapped by a contact finding is dropped here. `kept` is in start
  // order: a contact finding before the link overlaps it when it ends after the link's
  // start, one after it when it starts before the link's end.
  const nextContactStart: number[] = new Array(kept.length + 1);
  nextContactStart[kept.length] = Number.POSITIVE_INFINITY;
  for (let i = kept.length - 1; i >= 0; i--) {
    const k = kept[i] as Finding;
    nextContactStart[i] = k.category === 'link' ? (nextContactStart[i + 1] as number) : k.start;
  }
  const out: Finding[] = [];
  let contactEnd = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i] as Finding;
    if (f.category !== 'link') {
      contactEnd = Math.max(contactEnd, f.end);
      out.push(f);
    } else if (!(contactEnd > f.start) && !((nextContactStart[i + 1] as number) < f.end)) out.push(f);
  }
  return out;
}

/**
 * Findings one detector reports in one text, at most. Far more than any real message holds
 * (a 100 KB text of nothing but payment phrases would hold thousands); past it the detector
 * stops, so hostile text costs no more than a long message and the message is flagged anyway.
 */
export const MAX_FINDINGS_PER_DETECTOR = 500;

function runDetector(d: Detector, views: Views, ctx: DetectContext, out: Finding[]): void {
  // The gate reads the cheap base view; a detector that cannot find anything is skipped
  // before its own view (digits, symbols) is built.
  if (d.gate && !d.gate(views.get('base').text)) return;
  const mt = views.get(d.view);
  let count = 0;
  for (const raw of d.find(mt.text, ctx)) {
    if (++count > MAX_FINDINGS_PER_DETECTOR) break;
    const [start, end] = toOriginalSpan(mt, raw.start, raw.end);
    if (!(end > start) || start < 0 || end > views.original.length) continue;
    const finding: Finding = {
      category: raw.category ?? (d.categories[0] as Category),
      start,
      end,
      confidence: raw.confidence,
      detector: d.id,
      evidence: raw.evidence ?? [],
    };
    if (raw.canonical !== undefined) finding.canonical = raw.canonical;
    if (raw.platform !== undefined) finding.platform = raw.platform;
    out.push(finding);
  }
}

/**
 * Every means of direct contact, request for one, off-platform payment offer and link in
 * `text`, with half-open spans into the original text. Pure and synchronous; never throws.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx: DetectContext = { defaultCountry: (options.defaultCountry ?? 'US').toUpperCase() };
  const views = new Views(text);
  const found: Finding[] = [];
  for (const d of DETECTORS) {
    try {
      runDetector(d, views, ctx, found);
    } catch {
      // One failing detector must not hide what the others found.
    }
  }
  const wanted = options.categories;
  const result = resolveOverlaps(found);
  return wanted ? result.filter((f) => wanted.includes(f.category)) : result;
}

/**
 * Forgets everything remembered from earlier scans (the last texts normalised and tagged,
 * parsed numbers, link verdicts), so the next scan does all its work: the benchmark's
 * first-scan figure. Rescans of a draft are faster with them.
 */
export function forgetPreviousScans(): void {
  forgetNormalizerMemos();
  forgetTagged();
  forgetParsedNumbers();
  forgetLinkChunks();
  forgetPaymentWords();
  forgetRequestFacts();
}
