import { CLIENT_PLANS, CONTRACT_STATUSES, DECLARED_EXCEPTIONS, DIRECTIONS, ROLES, SURFACES } from '../policy/types';
import type { ScanContext } from '../scan';

/** The context fields the CLI accepts, with their closed sets of values. */
export const CONTEXT_FIELDS = {
  contract: CONTRACT_STATUSES,
  surface: SURFACES,
  direction: DIRECTIONS,
  role: ROLES,
  clientPlan: CLIENT_PLANS,
  declared: DECLARED_EXCEPTIONS,
} as const;
export type ContextField = keyof typeof CONTEXT_FIELDS;

export class InputError extends Error {}

/**
 * Checks a context object from a `scan` line (or built from `check` flags). Unknown fields
 * or values are rejected with the list of accepted ones.
 */
export function parseContext(raw: unknown): ScanContext {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new InputError('"context" must be an object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in CONTEXT_FIELDS)) {
      throw new InputError(`unknown context field "${key}" (accepted: ${Object.keys(CONTEXT_FIELDS).join(', ')})`);
    }
    const allowed = CONTEXT_FIELDS[key as ContextField] as readonly string[];
    if (key === 'declared' && value === null) {
      out[key] = null;
      continue;
    }
    if (key === 'contract' && value && typeof value === 'object' && 'status' in value) {
      const { status, evidence } = value as { status: unknown; evidence?: unknown };
      if (typeof status === 'string' && allowed.includes(status)) {
        // Keep the evidence: 'contract-elsewhere' is what turns on the thread-trap advice.
        if (evidence !== undefined && !(Array.isArray(evidence) && evidence.every((e) => typeof e === 'string'))) {
          throw new InputError(
            `context.contract.evidence must be an array of strings; got ${JSON.stringify(evidence)}`,
          );
        }
        out[key] = { status, evidence: evidence ?? [] };
        continue;
      }
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new InputError(
        `context.${key} must be one of ${allowed.join(', ')}${key === 'declared' ? ', null' : ''}; got ${JSON.stringify(value)}`,
      );
    }
    out[key] = value;
  }
  return out as ScanContext;
}
