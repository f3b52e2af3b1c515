import type { Finding } from '../detect/types';

export const SURFACES = ['message', 'proposal', 'job-post', 'profile', 'other'] as const;
export type Surface = (typeof SURFACES)[number];
/**
 * Surfaces a contract never covers: they are seen before (or outside) any contract, so
 * the contact rule applies there whatever the contract status says.
 */
export const SURFACES_OUTSIDE_CONTRACT: readonly Surface[] = ['proposal', 'job-post', 'profile'];
export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const CONTRACT_STATUSES = ['active', 'none', 'unknown'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
/**
 * Contract evidence code meaning "the user has a contract with this person, but this
 * thread is not the contract's thread" (status stays 'none'). The site reader sets it.
 */
export const CONTRACT_ELSEWHERE = 'contract-elsewhere';
export const ROLES = ['freelancer', 'client', 'agency', 'unknown'] as const;
export type Role = (typeof ROLES)[number];
export const CLIENT_PLANS = ['basic', 'plus', 'business', 'enterprise', 'unknown'] as const;
export type ClientPlan = (typeof CLIENT_PLANS)[number];
export const DECLARED_EXCEPTIONS = ['legal', 'systems-access'] as const;
export type DeclaredException = (typeof DECLARED_EXCEPTIONS)[number];
export const VERDICTS = ['violation', 'caution', 'ok'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The rules of POLICY.md a judgement can cite. */
export const RULES = ['contact-before-contract', 'off-platform-payment', 'outside-links'] as const;
export type RuleId = (typeof RULES)[number];

/** Everything that can make a finding allowed (or only a caution). */
export const EXCEPTIONS = [
  'active-contract',
  'enterprise-plan',
  'business-plan',
  'legal',
  'systems-access',
  'portfolio',
] as const;
export type ExceptionId = (typeof EXCEPTIONS)[number];

/** How far an exception helps a finding: 'partly' means allowed with a caution. */
export const OUTCOMES = ['applies', 'partly', 'does-not-apply'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Stable reason codes; lib/policy/messages.ts turns each into one sentence. */
export const REASONS = [
  // contract status of the thread
  'contract-active',
  'contract-none',
  'contract-unknown',
  'contract-elsewhere',
  'contract-thread-hint',
  'surface-not-covered-by-contract',
  // what the finding does
  'contact-pre-contract',
  'payment-off-platform',
  'payment-after-contract',
  'low-confidence',
  'scam-pattern',
  'other-party-shared',
  // client plan
  'plan-enterprise',
  'plan-business-confirm',
  'plan-unknown',
  'plan-not-exempt',
  'plan-not-for-profile',
  'plan-not-payment',
  // declared exceptions
  'legal-covered',
  'legal-not-covered',
  'legal-not-declared',
  'systems-access-email',
  'systems-access-email-only',
  'systems-access-not-declared',
  'request-unspecified',
  'exception-not-payment',
  'verify-declared-purpose',
  // links
  'link-allowed',
  'portfolio-reminder',
  'link-shortened',
  // message level
  'nothing-found',
] as const;
export type ReasonCode = (typeof REASONS)[number];

/** Reasons that describe the message or its context rather than one finding. */
export const MESSAGE_REASONS: readonly ReasonCode[] = [
  'contract-unknown',
  'contract-elsewhere',
  'surface-not-covered-by-contract',
  'scam-pattern',
  'payment-after-contract',
  'plan-business-confirm',
  'portfolio-reminder',
];

/** One sentence of advice per situation; lib/policy/messages.ts holds the words. */
export const ADVICE = [
  'remove-phone',
  'remove-email',
  'remove-address',
  'remove-social',
  'remove-meeting',
  'remove-form',
  'remove-ats',
  'remove-request',
  'keep-payment',
  'use-contract-thread',
  'check-uncertain',
  'incoming-contact',
  'incoming-address',
  'incoming-payment',
  'contract-ok',
  'enterprise-ok',
  'business-confirm',
  'legal-minimum',
  'systems-access-only',
  'verify-declared',
  'portfolio-reminder',
  'link-ok',
  'link-shortened',
] as const;
export type AdviceCode = (typeof ADVICE)[number];

export interface PolicyContext {
  surface: Surface;
  direction: Direction;
  /** Contract status of THIS thread, with what it was read from. */
  contract: { status: ContractStatus; evidence: string[] };
  role: Role;
  clientPlan: ClientPlan;
  declared: DeclaredException | null;
}

/** The evaluation default: an outgoing message, pre-contract, nothing declared. */
export const DEFAULT_CONTEXT: PolicyContext = {
  surface: 'message',
  direction: 'outgoing',
  contract: { status: 'none', evidence: [] },
  role: 'unknown',
  clientPlan: 'unknown',
  declared: null,
};

/** One exception weighed against one finding, and why it does or does not help. */
export interface Consideration {
  exception: ExceptionId;
  outcome: Outcome;
  reason: ReasonCode;
}

export interface Judgement {
  finding: Finding;
  verdict: Verdict;
  rule: RuleId;
  /** The exception that made the finding allowed or only a caution. */
  exception?: ExceptionId;
  reasons: ReasonCode[];
  /** One sentence: what to do instead (the words of `adviceCode`). */
  advice: string;
  adviceCode: AdviceCode;
  /** Every exception weighed, in a fixed order. */
  considered: Consideration[];
}

export interface Evaluation {
  verdict: Verdict;
  judgements: Judgement[];
  reasons: ReasonCode[];
}
