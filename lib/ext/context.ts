/**
 * The policy context for a tab, built from what its content script reports, the user's
 * settings and the facts the user set for the thread. Shared by the popup and (if it
 * wants) the content script, so both judge a text the same way.
 *
 * API: `surfaceFor(pageKind)`, `effectivePlan(settings, facts)`, `contextFor(state, settings, facts)`,
 * `exceptionsFor(context)`.
 */
import type { Finding } from '../detect/types';
import { considerExceptions } from '../policy/exceptions';
import type { ClientPlan, Consideration, PolicyContext, Surface } from '../policy/types';
import type { PageKind, PageState } from './messaging';
import type { Settings, ThreadFacts } from './storage';

const SURFACE_OF: Record<PageKind, Surface> = {
  'message-thread': 'message',
  'contract-workroom': 'message',
  proposal: 'proposal',
  'job-post': 'job-post',
  profile: 'profile',
  other: 'other',
};

export function surfaceFor(pageKind: PageKind): Surface {
  return SURFACE_OF[pageKind] ?? 'other';
}

/** A plan the user set for this thread wins over the one in settings. */
export function effectivePlan(settings: Settings, facts: ThreadFacts | null): ClientPlan {
  return facts?.clientPlan ?? settings.clientPlan;
}

/**
 * Without a page (not the marketplace, or the paste-in checker on its own) the text is
 * judged as an outgoing message before a contract: the protective default.
 */
export function contextFor(state: PageState | null, settings: Settings, facts: ThreadFacts | null): PolicyContext {
  return {
    surface: state ? surfaceFor(state.pageKind) : 'message',
    direction: 'outgoing',
    contract: state
      ? { status: state.contract.status, evidence: [...state.contract.evidence] }
      : { status: 'none', evidence: [] },
    role: settings.role,
    clientPlan: effectivePlan(settings, facts),
    declared: null,
  };
}

/**
 * Which exceptions would help a contact detail here, in the policy engine's own terms:
 * the engine weighs them against a probe finding (an email, the detail the most
 * exceptions can cover), so the popup never restates the rules itself.
 */
export function exceptionsFor(ctx: PolicyContext): Consideration[] {
  const probe: Finding = { category: 'email', start: 0, end: 0, confidence: 'high', detector: 'popup', evidence: [] };
  return considerExceptions(probe, ctx);
}
