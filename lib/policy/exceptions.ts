import type { Finding } from '../detect/types';
import {
  CONTRACT_ELSEWHERE,
  type Consideration,
  type ContractStatus,
  type PolicyContext,
  type ReasonCode,
  SURFACES_OUTSIDE_CONTRACT,
} from './types';

/** What kind of contact a finding gives or asks for, as far as the exceptions care. */
export type ContactKind = 'email' | 'phone' | 'address' | 'messenger' | 'meeting' | 'form' | 'ats' | 'unspecified';

// Words a request detector may put in `canonical` or `platform` to say what it asks for.
const EMAIL_WORDS: readonly string[] = ['email', 'e-mail', 'mail', 'gmail', 'outlook', 'email-address'];
const PHONE_WORDS: readonly string[] = ['phone', 'number', 'phone-number', 'mobile', 'cell', 'sms', 'call', 'text'];
const REQUEST_EVIDENCE = /^(?:asks?|requests?|wants)-(email|e-mail|phone|number|address)$/iu;
const ADDRESS_WORDS: readonly string[] = ['address', 'postal-address', 'street-address', 'mailing-address'];

/**
 * A request names what it asks for through `canonical` or `platform` ('email', 'phone',
 * 'whatsapp'...). One that names nothing stays 'unspecified' and no exception covers it,
 * because we cannot tell it asks only for what the exception allows.
 */
export function contactKind(f: Finding): ContactKind {
  switch (f.category) {
    case 'email':
    case 'phone':
    case 'address':
    case 'meeting':
    case 'form':
    case 'ats':
      return f.category;
    case 'social':
      return 'messenger';
    case 'request': {
      // Evidence may say it too: 'asks-email', 'request-phone'.
      const fromEvidence = f.evidence.map((e) => REQUEST_EVIDENCE.exec(e)?.[1]);
      const words = [f.canonical, f.platform, ...fromEvidence]
        .filter((w): w is string => typeof w === 'string')
        .map((w) => w.toLowerCase());
      if (words.some((w) => EMAIL_WORDS.includes(w))) return 'email';
      if (words.some((w) => PHONE_WORDS.includes(w))) return 'phone';
      if (words.some((w) => ADDRESS_WORDS.includes(w))) return 'address';
      return words.length ? 'messenger' : 'unspecified';
    }
    default:
      return 'unspecified';
  }
}

/** A contract covers this message: the thread is tied to an active contract and the surface can be. */
export function isContractCovered(ctx: PolicyContext): boolean {
  return ctx.contract.status === 'active' && !SURFACES_OUTSIDE_CONTRACT.includes(ctx.surface);
}

/** Why the contract does not cover this message (the thread is treated as pre-contract). */
export function contractReason(ctx: PolicyContext): ReasonCode {
  const status: ContractStatus = ctx.contract.status;
  if (status === 'active') return isContractCovered(ctx) ? 'contract-active' : 'surface-not-covered-by-contract';
  if (status === 'unknown') return 'contract-unknown';
  return ctx.contract.evidence.includes(CONTRACT_ELSEWHERE) ? 'contract-elsewhere' : 'contract-none';
}

function considerContract(f: Finding, ctx: PolicyContext): Consideration {
  if (f.category === 'payment') {
    return {
      exception: 'active-contract',
      outcome: 'does-not-apply',
      reason: ctx.contract.status === 'active' ? 'payment-after-contract' : 'payment-off-platform',
    };
  }
  const reason = contractReason(ctx);
  return { exception: 'active-contract', outcome: reason === 'contract-active' ? 'applies' : 'does-not-apply', reason };
}

// The exemption follows the CLIENT's plan, whoever writes. A profile is shown to every
// client, so no single client's plan can exempt it.
function considerPlan(f: Finding, ctx: PolicyContext): Consideration {
  const exception = ctx.clientPlan === 'business' ? 'business-plan' : 'enterprise-plan';
  if (f.category === 'payment') return { exception, outcome: 'does-not-apply', reason: 'plan-not-payment' };
  if (ctx.clientPlan === 'unknown') return { exception, outcome: 'does-not-apply', reason: 'plan-unknown' };
  if (ctx.clientPlan === 'basic' || ctx.clientPlan === 'plus')
    return { exception, outcome: 'does-not-apply', reason: 'plan-not-exempt' };
  if (ctx.surface === 'profile') return { exception, outcome: 'does-not-apply', reason: 'plan-not-for-profile' };
  if (ctx.clientPlan === 'enterprise') return { exception, outcome: 'applies', reason: 'plan-enterprise' };
  // The 2020 terms name Business, newer help pages only Enterprise: never a silent pass.
  return { exception, outcome: 'partly', reason: 'plan-business-confirm' };
}

// Legal: what the step needs is identity-type detail (email, phone, address for an NDA,
// licence or identity check). A messenger handle, an outside meeting, a form, an outside
// application or an unspecified move off the platform is never what a legal step needs.
// Even covered details stay a caution: only the step's minimum is allowed.
const LEGAL_KINDS: readonly ContactKind[] = ['email', 'phone', 'address'];

function considerLegal(f: Finding, ctx: PolicyContext): Consideration {
  if (f.category === 'payment')
    return { exception: 'legal', outcome: 'does-not-apply', reason: 'exception-not-payment' };
  if (ctx.declared !== 'legal') return { exception: 'legal', outcome: 'does-not-apply', reason: 'legal-not-declared' };
  const kind = contactKind(f);
  if (kind === 'unspecified') return { exception: 'legal', outcome: 'does-not-apply', reason: 'request-unspecified' };
  if (!LEGAL_KINDS.includes(kind))
    return { exception: 'legal', outcome: 'does-not-apply', reason: 'legal-not-covered' };
  return { exception: 'legal', outcome: 'partly', reason: 'legal-covered' };
}

// Systems access: an email address only (POLICY.md: a phone or handle is not covered).
// When the OTHER party sends it, it is capped at a caution: "I need your email for the
// repo" is also how scams open.
function considerSystemsAccess(f: Finding, ctx: PolicyContext): Consideration {
  const exception = 'systems-access';
  if (f.category === 'payment') return { exception, outcome: 'does-not-apply', reason: 'exception-not-payment' };
  if (ctx.declared !== 'systems-access')
    return { exception, outcome: 'does-not-apply', reason: 'systems-access-not-declared' };
  const kind = contactKind(f);
  if (kind === 'unspecified') return { exception, outcome: 'does-not-apply', reason: 'request-unspecified' };
  if (kind !== 'email') return { exception, outcome: 'does-not-apply', reason: 'systems-access-email-only' };
  return { exception, outcome: ctx.direction === 'incoming' ? 'partly' : 'applies', reason: 'systems-access-email' };
}

/**
 * Every exception weighed against a contact or payment finding, in a fixed order (the
 * order is also the preference when several apply). Links are judged without these.
 */
export function considerExceptions(f: Finding, ctx: PolicyContext): Consideration[] {
  return [considerContract(f, ctx), considerPlan(f, ctx), considerSystemsAccess(f, ctx), considerLegal(f, ctx)];
}
