import { detect } from './detect';
import type { DetectOptions, Finding } from './detect/types';
import { evaluate } from './policy/evaluate';
import { DEFAULT_CONTEXT, type Evaluation, type PolicyContext } from './policy/types';

export type ScanContext = Partial<Omit<PolicyContext, 'contract'>> & {
  contract?: PolicyContext['contract'] | PolicyContext['contract']['status'];
};

export interface ScanResult extends Evaluation {
  findings: Finding[];
  context: PolicyContext;
}

/** Fill a partial context with the defaults; `contract` may be given as a bare status. */
export function resolveContext(partial: ScanContext = {}): PolicyContext {
  const { contract, ...rest } = partial;
  const resolved: PolicyContext = { ...DEFAULT_CONTEXT, ...rest };
  if (typeof contract === 'string') resolved.contract = { status: contract, evidence: [] };
  else if (contract) resolved.contract = contract;
  return resolved;
}

/** normalize → detect → map offsets → evaluate. Pure; never throws. */
export function scan(text: string, context: ScanContext = {}, options: DetectOptions = {}): ScanResult {
  const ctx = resolveContext(context);
  const findings = detect(text, options);
  return { findings, context: ctx, ...evaluate(findings, ctx) };
}
