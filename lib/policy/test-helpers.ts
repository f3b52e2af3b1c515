import type { Category, Finding } from '../detect/types';
import { DEFAULT_CONTEXT, type PolicyContext } from './types';

/** A hand-built finding for policy tests (spans are arbitrary unless a test needs text). */
export function finding(category: Category, extra: Partial<Finding> = {}): Finding {
  return { category, start: 0, end: 5, confidence: 'high', detector: 'test', evidence: [], ...extra };
}

/** The default context with some fields changed. */
export function context(extra: Partial<PolicyContext> = {}): PolicyContext {
  return { ...DEFAULT_CONTEXT, ...extra, contract: extra.contract ?? { ...DEFAULT_CONTEXT.contract } };
}
