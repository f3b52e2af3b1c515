import type { Finding } from '../detect/types';
import { considerExceptions, contractReason, isContractCovered } from './exceptions';
import { ADVICE_TEXT } from './messages';
import {
  type AdviceCode,
  CLIENT_PLANS,
  CONTRACT_STATUSES,
  type Consideration,
  DECLARED_EXCEPTIONS,
  DEFAULT_CONTEXT,
  DIRECTIONS,
  type Evaluation,
  type Judgement,
  MESSAGE_REASONS,
  type PolicyContext,
  type ReasonCode,
  ROLES,
  SURFACES,
  VERDICTS,
  type Verdict,
} from './types';

/** Evidence codes a link detector uses for a shortener (bit.ly, tinyurl...). */
const SHORTENED_EVIDENCE: readonly string[] = ['shortened', 'url-shortener', 'shortener'];

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * A context from any caller (a scan line, storage, a message from the page) made whole.
 * A contract status that cannot be read is 'unknown', which the rules treat as pre-contract.
 */
export function normalizeContext(raw: unknown): PolicyContext {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  // A bare status ('active') is accepted as well as { status, evidence }.
  const contract = (
    typeof c.contract === 'string'
      ? { status: c.contract }
      : c.contract && typeof c.contract === 'object'
        ? c.contract
        : undefined
  ) as Record<string, unknown> | undefined;
  const evidence = Array.isArray(contract?.evidence)
    ? contract.evidence.filter((e): e is string => typeof e === 'string')
    : [];
  return {
    surface: pick(SURFACES, c.surface, DEFAULT_CONTEXT.surface),
    direction: pick(DIRECTIONS, c.direction, DEFAULT_CONTEXT.direction),
    contract: contract
      ? { status: pick(CONTRACT_STATUSES, contract.status, 'unknown'), evidence }
      : { status: DEFAULT_CONTEXT.contract.status, evidence: [] },
    role: pick(ROLES, c.role, DEFAULT_CONTEXT.role),
    clientPlan: pick(CLIENT_PLANS, c.clientPlan, DEFAULT_CONTEXT.clientPlan),
    declared: (DECLARED_EXCEPTIONS as readonly unknown[]).includes(c.declared)
      ? (c.declared as PolicyContext['declared'])
      : null,
  };
}

function worst(verdicts: readonly Verdict[]): Verdict {
  let best = VERDICTS.length - 1;
  for (const v of verdicts) best = Math.min(best, VERDICTS.indexOf(v));
  return VERDICTS[best] ?? 'ok';
}

function judgement(
  finding: Finding,
  verdict: Verdict,
  rule: Judgement['rule'],
  reasons: ReasonCode[],
  adviceCode: AdviceCode,
  considered: Consideration[],
  exception?: Judgement['exception'],
): Judgement {
  const j: Judgement = {
    finding,
    verdict,
    rule,
    reasons: [...new Set(reasons)],
    advice: ADVICE_TEXT[adviceCode],
    adviceCode,
    considered,
  };
  if (exception) j.exception = exception;
  return j;
}

/** True when the contact rule is in force for this message (no contract, no plan exemption). */
function contactRuleInForce(ctx: PolicyContext): boolean {
  if (isContractCovered(ctx)) return false;
  return !(ctx.clientPlan === 'enterprise' && ctx.surface !== 'profile');
}

// Links are allowed everywhere (POLICY.md "Always allowed"). While the contact rule is in
// force, an outgoing one earns the "keep contact on the platform" reminder, and a shortener
// is a caution because it can hide a messenger or contact-form link.
function judgeLink(f: Finding, ctx: PolicyContext): Judgement {
  const inForce = contactRuleInForce(ctx);
  if (inForce && f.evidence.some((e) => SHORTENED_EVIDENCE.includes(e))) {
    return judgement(f, 'caution', 'outside-links', ['link-shortened'], 'link-shortened', [
      { exception: 'portfolio', outcome: 'partly', reason: 'link-shortened' },
    ]);
  }
  const considered: Consideration[] = [{ exception: 'portfolio', outcome: 'applies', reason: 'link-allowed' }];
  if (inForce && ctx.direction === 'outgoing') {
    return judgement(
      f,
      'ok',
      'outside-links',
      ['link-allowed', 'portfolio-reminder'],
      'portfolio-reminder',
      considered,
      'portfolio',
    );
  }
  return judgement(f, 'ok', 'outside-links', ['link-allowed'], 'link-ok', considered, 'portfolio');
}

const ADVICE_FOR_EXCEPTION = {
  'active-contract': 'contract-ok',
  'enterprise-plan': 'enterprise-ok',
  'business-plan': 'business-confirm',
  legal: 'legal-minimum',
  'systems-access': 'systems-access-only',
  portfolio: 'portfolio-reminder',
} as const satisfies Record<NonNullable<Judgement['exception']>, AdviceCode>;

const REMOVE_ADVICE = {
  phone: 'remove-phone',
  email: 'remove-email',
  address: 'remove-address',
  social: 'remove-social',
  meeting: 'remove-meeting',
  form: 'remove-form',
  ats: 'remove-ats',
  request: 'remove-request',
  payment: 'keep-payment',
  link: 'link-ok',
} as const satisfies Record<Finding['category'], AdviceCode>;

function judgeContactOrPayment(f: Finding, ctx: PolicyContext): Judgement {
  const considered = considerExceptions(f, ctx);
  const incoming = ctx.direction === 'incoming';
  const isPayment = f.category === 'payment';
  const rule = isPayment ? 'off-platform-payment' : 'contact-before-contract';

  if (!isPayment) {
    const allowed = considered.find((c) => c.outcome === 'applies') ?? considered.find((c) => c.outcome === 'partly');
    if (allowed) {
      const declared = allowed.exception === 'legal' || allowed.exception === 'systems-access';
      if (allowed.outcome === 'applies') {
        return judgement(
          f,
          'ok',
          rule,
          [allowed.reason],
          ADVICE_FOR_EXCEPTION[allowed.exception],
          considered,
          allowed.exception,
        );
      }
      const reasons: ReasonCode[] = [allowed.reason];
      if (declared && incoming) reasons.push('verify-declared-purpose');
      const advice = declared && incoming ? 'verify-declared' : ADVICE_FOR_EXCEPTION[allowed.exception];
      return judgement(f, 'caution', rule, reasons, advice, considered, allowed.exception);
    }
  }

  // A violation: say why the rule applies and why each relevant exception did not help.
  const reasons: ReasonCode[] = isPayment ? ['payment-off-platform'] : ['contact-pre-contract', contractReason(ctx)];
  if (isPayment && ctx.contract.status === 'active') reasons.push('payment-after-contract');
  for (const c of considered) {
    const relevant =
      (c.exception === 'legal' && ctx.declared === 'legal') ||
      (c.exception === 'systems-access' && ctx.declared === 'systems-access') ||
      ((c.exception === 'enterprise-plan' || c.exception === 'business-plan') &&
        (ctx.clientPlan === 'enterprise' || ctx.clientPlan === 'business'));
    if (relevant) reasons.push(c.reason);
  }
  let verdict: Verdict = 'violation';
  // The detector is unsure: warn, never block.
  if (f.confidence === 'low') {
    verdict = 'caution';
    reasons.push('low-confidence');
  }
  let advice: AdviceCode;
  if (incoming) {
    // The reader did nothing wrong: the sender broke the rule, and the reader gets a warning.
    reasons.push(f.category === 'address' ? 'other-party-shared' : 'scam-pattern');
    advice = isPayment ? 'incoming-payment' : f.category === 'address' ? 'incoming-address' : 'incoming-contact';
  } else if (verdict === 'caution') advice = 'check-uncertain';
  else if (!isPayment && reasons.includes('contract-elsewhere')) advice = 'use-contract-thread';
  else advice = REMOVE_ADVICE[f.category];
  return judgement(f, verdict, rule, reasons, advice, considered);
}

function judge(f: Finding, ctx: PolicyContext): Judgement {
  return f.category === 'link' ? judgeLink(f, ctx) : judgeContactOrPayment(f, ctx);
}

function isFinding(f: unknown): f is Finding {
  if (!f || typeof f !== 'object') return false;
  const o = f as Partial<Finding>;
  return typeof o.category === 'string' && typeof o.start === 'number' && typeof o.end === 'number';
}

/** Message-level reasons: the context facts behind the judgements, in a fixed order. */
function messageReasons(judgements: readonly Judgement[], ctx: PolicyContext): ReasonCode[] {
  if (!judgements.length) return ['nothing-found'];
  const present = new Set(judgements.flatMap((j) => j.reasons));
  // Why the contract did not help a flagged contact finding, even when something else
  // (a Business plan, a declared step) made it only a caution.
  for (const j of judgements) {
    if (j.rule !== 'contact-before-contract' || j.verdict === 'ok') continue;
    const contract = j.considered.find((c) => c.exception === 'active-contract');
    if (contract) present.add(contract.reason);
  }
  const out = MESSAGE_REASONS.filter((r) => present.has(r));
  // Thread trap: the marketplace's filter treats a thread not tied to the contract as
  // pre-contract. Without evidence of a contract elsewhere we can only hint at it.
  if (present.has('contract-none') && ctx.direction === 'outgoing' && ctx.surface === 'message') {
    out.unshift('contract-thread-hint');
  }
  return out;
}

/**
 * Judges each finding under the policy of POLICY.md and the message's context. Pure; never
 * throws: a malformed context is made whole (unreadable contract → 'unknown') and
 * malformed findings are skipped.
 */
export function evaluate(findings: readonly Finding[], context: PolicyContext): Evaluation {
  const ctx = normalizeContext(context);
  const list = Array.isArray(findings) ? findings.filter(isFinding) : [];
  const judgements = list.map((f) => {
    const normal: Finding = Array.isArray(f.evidence) ? f : { ...f, evidence: [] };
    return judge(normal, ctx);
  });
  return {
    verdict: worst(judgements.map((j) => j.verdict)),
    judgements,
    reasons: messageReasons(judgements, ctx),
  };
}
