import type { Category } from '../detect/types';
import type { AdviceCode, Direction, ExceptionId, ReasonCode, RuleId, Verdict } from './types';

// Every user-facing word of the policy lives here, keyed by stable codes, so the CLI, the
// popup, the warning card and the explainer page say the same thing. Wording follows
// POLICY.md; change the words here, never the codes (the UI and storage persist them).

export const PLATFORM_NAME = 'Upwork';

export const RULE_TEXT = {
  'contact-before-contract': {
    title: 'No direct contact before a contract',
    citation: 'User Agreement, Section 7; Terms of Use, Section 4',
    summary:
      'Requesting or sharing a means of direct contact (phone, email, address, messenger or social handle, outside meeting link, contact form, outside application) is not allowed before a contract starts.',
  },
  'off-platform-payment': {
    title: 'No payment outside Upwork',
    citation: 'Off-platform payments rule',
    summary: 'All payments between users go through Upwork, before and after a contract starts.',
  },
  'outside-links': {
    title: 'Portfolio and website links are allowed',
    citation: 'Contact information rule: always allowed',
    summary:
      'Links to a portfolio or a website are allowed in profiles, proposals and messages; ask the other party to keep contact on Upwork until a contract starts.',
  },
} as const satisfies Record<RuleId, { title: string; citation: string; summary: string }>;

export const EXCEPTION_TEXT = {
  'active-contract': {
    name: 'Active contract in this thread',
    description:
      "After a contract starts, any channel is allowed for that contract, but only in the contract's own thread.",
  },
  'enterprise-plan': {
    name: 'Enterprise client',
    description:
      'Enterprise clients, and freelancers talking to them, may share contact details and meet outside Upwork.',
  },
  'business-plan': {
    name: 'Business plan client',
    description:
      "Business plan clients are likely exempt as well; the terms differ between versions, so confirm your plan's terms.",
  },
  legal: {
    name: 'Legal step',
    description:
      'A legal or formal step before the contract (NDA, business licence, identity check, background check) may use what that step needs. The conversation stays on Upwork.',
  },
  'systems-access': {
    name: 'Systems access',
    description:
      'An email address only, when needed to grant access to a system for scoping (code host, analytics, bookkeeping, cloud folder, e-signature, website host). The conversation stays on Upwork.',
  },
  portfolio: {
    name: 'Portfolio or website link',
    description: 'A link to a portfolio or website is allowed, even if that page shows contact details.',
  },
} as const satisfies Record<ExceptionId, { name: string; description: string }>;

export const REASON_TEXT = {
  'contract-active': 'This thread belongs to an active contract, so any channel is allowed for that contract.',
  'contract-none': 'No contract is tied to this thread yet, so the contact rule applies.',
  'contract-unknown': "This thread's contract status could not be read, so it is treated as before a contract.",
  'contract-elsewhere': "A contract exists but this thread is not tied to it: write in the contract's thread.",
  'contract-thread-hint':
    "If you already have a contract with this person, write in the contract's thread: this thread is not tied to it.",
  'surface-not-covered-by-contract': 'Proposals, job posts and profiles are never covered by a contract.',
  'contact-pre-contract': 'Sharing or asking for a means of direct contact before a contract starts is not allowed.',
  'payment-off-platform':
    'Proposing or accepting payment outside Upwork is not allowed, before or after a contract starts.',
  'payment-after-contract': 'An active contract does not allow payment outside Upwork.',
  'low-confidence': 'This may be contact information, but the match is uncertain.',
  'scam-pattern':
    'Asking to move off Upwork, for contact details or for payment outside it before a contract is the most common sign of a scam.',
  'other-party-shared': 'The other party shared contact details before a contract.',
  'plan-enterprise':
    'Enterprise clients, and freelancers talking to them, may share contact details before a contract.',
  'plan-business-confirm': "Business plan clients are likely exempt: confirm your plan's terms.",
  'plan-unknown': "The client's plan is unknown, so no plan exemption applies.",
  'plan-not-exempt': "The client's plan (Basic or Plus) has no contact exemption.",
  'plan-not-for-profile': "A profile is seen by every client, so no client's plan exempts it.",
  'plan-not-payment': 'No plan allows payment outside Upwork.',
  'legal-covered':
    'A legal step was declared: share only what it needs, such as an email, address or phone for an NDA or identity check.',
  'legal-not-covered':
    'A legal step never needs a messenger handle, an outside meeting or moving the conversation elsewhere.',
  'legal-not-declared': 'No legal step was declared.',
  'systems-access-email': 'Systems access was declared: an email address to grant access to a system is allowed.',
  'systems-access-email-only': 'Systems access covers an email address only, not this.',
  'systems-access-not-declared': 'No need for systems access was declared.',
  'request-unspecified':
    'The request does not say which contact detail it asks for, so no exception can be checked against it.',
  'exception-not-payment': 'Exceptions for contact details never cover payment outside Upwork.',
  'verify-declared-purpose': 'The other party sent this: make sure it really serves the step you declared.',
  'link-allowed': 'Links to a portfolio or a website are allowed.',
  'portfolio-reminder': 'Ask the other party to keep contact on Upwork until a contract starts.',
  'link-shortened': 'A shortened link hides where it leads, and may lead to contact details.',
  'nothing-found': 'No contact details, requests for them or payment offers found.',
} as const satisfies Record<ReasonCode, string>;

export const ADVICE_TEXT = {
  'remove-phone': 'Remove the number and keep talking in Upwork Messages; use Upwork calls if you need to talk.',
  'remove-email': 'Remove the email address and keep talking here; share files through Upwork Messages.',
  'remove-address': 'Remove the address; if something must be sent, share it after the contract starts.',
  'remove-social': 'Remove the handle and keep the conversation in Upwork Messages until a contract starts.',
  'remove-meeting': "Use Upwork's own video call instead of an outside meeting or scheduling link.",
  'remove-form': 'Ask your questions here in Upwork Messages instead of through an outside form.',
  'remove-ats': 'Keep the application on Upwork: ask for the proposal and details here.',
  'remove-request': "Don't ask for contact details or to move elsewhere; keep talking here until a contract starts.",
  'keep-payment': 'Keep all payments on Upwork, before and after the contract starts.',
  'use-contract-thread': "Write in the contract's thread instead: this thread is not tied to the contract.",
  'check-uncertain': 'Check this part: if it is contact information, remove it.',
  'incoming-contact':
    "Don't move off Upwork or send your contact details: keep talking here, and report the message if they insist.",
  'incoming-address': "Don't use this address before a contract starts; keep talking here.",
  'incoming-payment':
    "Don't accept payment outside Upwork: you lose payment protection and it is a common scam; report the message if they insist.",
  'contract-ok': 'Fine here: this thread belongs to an active contract (payments still go through Upwork).',
  'enterprise-ok': 'Allowed with an Enterprise client; payments still go through Upwork.',
  'business-confirm': "Likely exempt on a Business plan: confirm your plan's terms before sharing.",
  'legal-minimum': 'Share only what the legal step needs, and keep the conversation on Upwork.',
  'systems-access-only': 'Use the address only for the access invite, and keep the conversation on Upwork.',
  'verify-declared': 'Make sure this really serves the step you declared before replying.',
  'portfolio-reminder': 'Add a sentence asking to keep contact on Upwork until a contract starts.',
  'link-ok': 'No change needed.',
  'link-shortened': 'Use the full link so the reader can see where it leads.',
} as const satisfies Record<AdviceCode, string>;

export const CATEGORY_TEXT = {
  phone: 'phone number',
  email: 'email address',
  address: 'physical address',
  social: 'messenger or social handle',
  meeting: 'outside meeting link',
  form: 'outside form',
  ats: 'outside application',
  request: 'request for contact or to move off Upwork',
  payment: 'payment outside Upwork',
  link: 'link',
} as const satisfies Record<Category, string>;

export const VERDICT_TEXT = {
  violation: 'Violation',
  caution: 'Caution',
  ok: 'OK',
} as const satisfies Record<Verdict, string>;

export const OUTCOME_TEXT = {
  applies: 'applies',
  partly: 'applies with a caution',
  'does-not-apply': 'does not apply',
} as const;

/** The headline of an explanation, by verdict and by who wrote the message. */
export const SUMMARY_TEXT = {
  'violation-outgoing': "This message breaks Upwork's rules: edit it before sending.",
  'caution-outgoing': 'This message may break the rules: check the parts marked below.',
  'ok-outgoing': 'Nothing in this message breaks the contact or payment rules.',
  'violation-incoming':
    'The other party is breaking the rules: asking to leave Upwork or to pay outside it is a common scam pattern.',
  'caution-incoming': 'Parts of this message may break the rules: be careful before replying.',
  'ok-incoming': 'Nothing in this message breaks the contact or payment rules.',
} as const satisfies Record<`${Verdict}-${Direction}`, string>;

/** What replaces a violating finding in a safe rewrite (kept short, on the platform). */
export const REWRITE_TEXT = {
  contact: "[let's keep talking here on Upwork until the contract starts]",
  meeting: '[we can talk on an Upwork video call]',
  ats: '[you can send your proposal here on Upwork]',
  form: '[you can ask your questions here on Upwork]',
  address: "[I'll share this once the contract starts]",
  payment: '[payment goes through Upwork]',
  thread: "[let's continue in our contract's thread]",
} as const;
export type RewriteKind = keyof typeof REWRITE_TEXT;

/** The sentence a portfolio or website link earns; the rewrite appends it once. */
export const PORTFOLIO_REMINDER_TEXT = "Let's keep our contact here on Upwork until a contract starts.";
