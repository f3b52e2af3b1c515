import type { Finding } from '../detect/types';

export const SURFACES = ['message', 'proposal', 'job-post', 'profile', 'other'] as const;
export type Surface = (typeof SURFACES)[number];
export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const CONTRACT_STATUSES = ['active', 'none', 'unknown'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const ROLES = ['freelancer', 'client', 'agency', 'unknown'] as const;
export type Role = (typeof ROLES)[number];
export const CLIENT_PLANS = ['basic', 'plus', 'business', 'enterprise', 'unknown'] as const;
export type ClientPlan = (typeof CLIENT_PLANS)[number];
export const DECLARED_EXCEPTIONS = ['legal', 'systems-access'] as const;
export type DeclaredException = (typeof DECLARED_EXCEPTIONS)[number];
export const VERDICTS = ['violation', 'caution', 'ok'] as const;
export type Verdict = (typeof VERDICTS)[number];

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

export interface Judgement {
  finding: Finding;
  verdict: Verdict;
  rule: string;
  exception?: string;
  reasons: string[];
  advice: string;
}

export interface Evaluation {
  verdict: Verdict;
  judgements: Judgement[];
  reasons: string[];
}
