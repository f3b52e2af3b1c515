import { detect } from '../detect';
import type { Category, DetectOptions, Finding } from '../detect/types';
import { evaluate, normalizeContext } from './evaluate';
import {
  ADVICE_TEXT,
  CATEGORY_TEXT,
  EXCEPTION_TEXT,
  OUTCOME_TEXT,
  PORTFOLIO_REMINDER_TEXT,
  REASON_TEXT,
  REWRITE_TEXT,
  type RewriteKind,
  RULE_TEXT,
  SUMMARY_TEXT,
} from './messages';
import type {
  AdviceCode,
  ContractStatus,
  Evaluation,
  ExceptionId,
  Judgement,
  Outcome,
  PolicyContext,
  ReasonCode,
  RuleId,
  Verdict,
} from './types';

export interface ExplainedReason {
  code: ReasonCode;
  text: string;
}

export interface ExplainedConsideration {
  exception: ExceptionId;
  name: string;
  description: string;
  outcome: Outcome;
  outcomeText: string;
  /** Why it does or does not apply. */
  why: ExplainedReason;
}

export interface ExplainedFinding {
  category: Category;
  categoryName: string;
  start: number;
  end: number;
  /** The words of the original text that triggered the finding. */
  words: string;
  confidence: Finding['confidence'];
  detector: string;
  evidence: string[];
  canonical?: string;
  platform?: string;
  verdict: Verdict;
  rule: { id: RuleId; title: string; citation: string; summary: string };
  exception?: { id: ExceptionId; name: string; description: string };
  reasons: ExplainedReason[];
  considered: ExplainedConsideration[];
  advice: { code: AdviceCode; text: string };
}

export interface RewriteEdit {
  /** Span of the original text that is replaced, half-open. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  categories: Category[];
}

export interface Rewrite {
  text: string;
  changed: boolean;
  /** Non-overlapping, in text order. */
  edits: RewriteEdit[];
  /**
   * The "keep contact on the platform" sentence a portfolio link earns, when the text does
   * not hold it yet. It is appended to `text` only when violations were replaced; a clean
   * message is left as it is and the shells may offer to add it.
   */
  reminder: string | null;
}

export interface Explanation {
  verdict: Verdict;
  /** One headline sentence. */
  summary: string;
  context: PolicyContext;
  /** Message-level reasons (thread trap, unreadable contract status, scam pattern...). */
  reasons: ExplainedReason[];
  findings: ExplainedFinding[];
  /** A safe version of the message; null for an incoming message (the reader cannot edit it). */
  rewrite: Rewrite | null;
}

/** A context as callers write it: any field may be left out, `contract` may be a bare status. */
export type ExplainContext = Partial<Omit<PolicyContext, 'contract'>> & {
  contract?: PolicyContext['contract'] | ContractStatus;
};

export interface ExplainOptions {
  detect?: DetectOptions;
  /** Findings already computed for this text (skips detection). */
  findings?: readonly Finding[];
}

function reason(code: ReasonCode): ExplainedReason {
  return { code, text: REASON_TEXT[code] };
}

function explainJudgement(text: string, j: Judgement): ExplainedFinding {
  const f = j.finding;
  const out: ExplainedFinding = {
    category: f.category,
    categoryName: CATEGORY_TEXT[f.category],
    start: f.start,
    end: f.end,
    words: text.slice(f.start, f.end),
    confidence: f.confidence,
    detector: f.detector,
    evidence: [...f.evidence],
    verdict: j.verdict,
    rule: { id: j.rule, ...RULE_TEXT[j.rule] },
    reasons: j.reasons.map(reason),
    considered: j.considered.map((c) => ({
      exception: c.exception,
      ...EXCEPTION_TEXT[c.exception],
      outcome: c.outcome,
      outcomeText: OUTCOME_TEXT[c.outcome],
      why: reason(c.reason),
    })),
    advice: { code: j.adviceCode, text: ADVICE_TEXT[j.adviceCode] },
  };
  if (f.canonical !== undefined) out.canonical = f.canonical;
  if (f.platform !== undefined) out.platform = f.platform;
  if (j.exception) out.exception = { id: j.exception, ...EXCEPTION_TEXT[j.exception] };
  return out;
}

function rewriteKind(j: Judgement): RewriteKind {
  if (j.finding.category === 'payment') return 'payment';
  if (j.reasons.includes('contract-elsewhere')) return 'thread';
  switch (j.finding.category) {
    case 'meeting':
    case 'ats':
    case 'form':
    case 'address':
      return j.finding.category;
    default:
      return 'contact';
  }
}

// When two violating spans merge, the phrase of the more serious kind wins.
const KIND_PRIORITY: readonly RewriteKind[] = ['payment', 'thread', 'contact', 'meeting', 'ats', 'form', 'address'];

/** Between two replaced spans, only separators ("555-0101 or jane@…"): one phrase covers both. */
const SEPARATOR_GAP = /^(?:[\s,;/|&+-]{0,6}|[\s,;]{0,3}(?:or|and|o|y|ou|et|oder|und)[\s:]{1,3})$/iu;

interface Draft {
  start: number;
  end: number;
  kind: RewriteKind;
  categories: Category[];
}

/**
 * The message with every violating finding replaced by a phrase that keeps the
 * conversation on the platform. Works on original-text spans: overlapping or adjacent
 * spans are merged first, so edits never overlap, then applied from the end backwards so
 * earlier offsets stay valid. A text without violations comes back unchanged.
 */
export function rewriteMessage(text: string, evaluation: Pick<Evaluation, 'judgements'>): Rewrite {
  const drafts: Draft[] = evaluation.judgements
    .filter((j) => j.verdict === 'violation')
    .map((j) => ({
      start: Math.max(0, Math.min(text.length, j.finding.start)),
      end: Math.max(0, Math.min(text.length, j.finding.end)),
      kind: rewriteKind(j),
      categories: [j.finding.category],
    }))
    .filter((d) => d.end > d.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Draft[] = [];
  for (const d of drafts) {
    const last = merged[merged.length - 1];
    const touching = last && d.start <= last.end;
    const sameNext = last && !touching && d.kind === last.kind && SEPARATOR_GAP.test(text.slice(last.end, d.start));
    if (last && (touching || sameNext)) {
      last.end = Math.max(last.end, d.end);
      if (KIND_PRIORITY.indexOf(d.kind) < KIND_PRIORITY.indexOf(last.kind)) last.kind = d.kind;
      for (const c of d.categories) if (!last.categories.includes(c)) last.categories.push(c);
    } else merged.push({ ...d, categories: [...d.categories] });
  }

  const edits: RewriteEdit[] = merged.map((d) => ({
    start: d.start,
    end: d.end,
    original: text.slice(d.start, d.end),
    replacement: REWRITE_TEXT[d.kind],
    categories: d.categories,
  }));
  // From the end backwards, collecting pieces (linear even with many edits).
  const pieces: string[] = [];
  let tail = text.length;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i] as RewriteEdit;
    pieces.push(text.slice(e.end, tail), e.replacement);
    tail = e.start;
  }
  pieces.push(text.slice(0, tail));
  let out = pieces.reverse().join('');

  const wantsReminder = evaluation.judgements.some((j) => j.reasons.includes('portfolio-reminder'));
  const reminder = wantsReminder && !text.includes(PORTFOLIO_REMINDER_TEXT) ? PORTFOLIO_REMINDER_TEXT : null;
  if (reminder && edits.length) {
    const body = out.trimEnd();
    out = `${body}${body.includes('\n') ? '\n\n' : ' '}${reminder}`;
  }
  return { text: out, changed: out !== text, edits, reminder };
}

/** The explanation of an evaluation already made (the content script has one per keystroke). */
export function explainEvaluation(text: string, evaluation: Evaluation, context: PolicyContext): Explanation {
  const ctx = normalizeContext(context);
  return {
    verdict: evaluation.verdict,
    summary: SUMMARY_TEXT[`${evaluation.verdict}-${ctx.direction}`],
    context: ctx,
    reasons: evaluation.reasons.map(reason),
    findings: evaluation.judgements.map((j) => explainJudgement(text, j)),
    rewrite: ctx.direction === 'incoming' ? null : rewriteMessage(text, evaluation),
  };
}

/**
 * Explains one message in full: each finding with its words, the rule and its citation,
 * every exception weighed and why, advice, and a safe rewrite. Pure; never throws.
 */
export function explain(text: string, context: ExplainContext = {}, options: ExplainOptions = {}): Explanation {
  const safeText = typeof text === 'string' ? text : '';
  const ctx = normalizeContext(context);
  const findings = options.findings ?? detect(safeText, options.detect);
  return explainEvaluation(safeText, evaluate(findings, ctx), ctx);
}
