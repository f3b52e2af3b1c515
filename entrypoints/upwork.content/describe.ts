/**
 * Turns a scan result into the words the page UI shows (findings, headline, rule) and into a
 * safe rewrite plan. All wording comes from lib/policy/messages so the card, the dialog, the
 * popup and the CLI say the same thing.
 */

import type { FindingItem } from '../../components/page/types';
import type { Category } from '../../lib/detect/types';
import { CATEGORY_TEXT, REWRITE_TEXT, type RewriteKind, RULE_TEXT, SUMMARY_TEXT } from '../../lib/policy/messages';
import type { Direction, Judgement, Verdict } from '../../lib/policy/types';
import type { ScanResult } from '../../lib/scan';

const EXCERPT_MAX = 60;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Judgements the user should see: violations and cautions, in text order. */
export function flagged(result: ScanResult): Judgement[] {
  return result.judgements.filter((j) => j.verdict !== 'ok').sort((a, b) => a.finding.start - b.finding.start);
}

export function describeFindings(result: ScanResult, text: string): FindingItem[] {
  return flagged(result).map((j, i) => {
    const raw = text
      .slice(j.finding.start, j.finding.end)
      .replace(/\s{1,50}/gu, ' ')
      .trim();
    return {
      key: `${i}:${j.finding.start}:${j.finding.category}`,
      verdict: j.verdict,
      label: capitalise(CATEGORY_TEXT[j.finding.category] ?? j.finding.category),
      excerpt: raw.length > EXCERPT_MAX ? `${raw.slice(0, EXCERPT_MAX - 1)}…` : raw,
      advice: j.advice,
    };
  });
}

export function headlineFor(verdict: Verdict, direction: Direction = 'outgoing'): string {
  return SUMMARY_TEXT[`${verdict}-${direction}`];
}

/** The rules the flagged findings break, with their citation, in one line. */
export function ruleLine(result: ScanResult): string {
  const rules = new Set(flagged(result).map((j) => j.rule));
  return Array.from(rules, (r) => {
    const text = RULE_TEXT[r as keyof typeof RULE_TEXT];
    return text ? `${text.title} (${text.citation}).` : '';
  })
    .filter(Boolean)
    .join(' ');
}

function rewriteKind(category: Category, judgement: Judgement): RewriteKind {
  if ((judgement.reasons as readonly string[]).includes('contract-elsewhere')) return 'thread';
  switch (category) {
    case 'payment':
      return 'payment';
    case 'meeting':
      return 'meeting';
    case 'ats':
      return 'ats';
    case 'form':
      return 'form';
    case 'address':
      return 'address';
    default:
      return 'contact';
  }
}

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Replacements that make the text safe: each violating span becomes a short on-platform
 * sentence. Sorted from the END of the text so applying them in order keeps earlier offsets
 * valid; overlapping spans are merged into one.
 */
export function rewritePlan(result: ScanResult): Replacement[] {
  const spans = result.judgements
    .filter((j) => j.verdict === 'violation')
    .map((j) => ({
      start: j.finding.start,
      end: j.finding.end,
      text: REWRITE_TEXT[rewriteKind(j.finding.category, j)],
    }))
    .sort((a, b) => a.start - b.start);
  const merged: Replacement[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.reverse();
}
