import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../detect/types';
import { evaluate, normalizeContext } from './evaluate';
import { ADVICE_TEXT } from './messages';
import { context, finding } from './test-helpers';
import {
  CLIENT_PLANS,
  type ClientPlan,
  CONTRACT_ELSEWHERE,
  CONTRACT_STATUSES,
  type ContractStatus,
  type DeclaredException,
  DIRECTIONS,
  type Direction,
  type PolicyContext,
  REASONS,
  SURFACES,
  type Surface,
  type Verdict,
} from './types';

/**
 * POLICY.md written as a plain decision list, independent of the engine's structure:
 * the matrix below checks the engine against it for every combination.
 */
function expectedVerdict(
  category: Category,
  status: ContractStatus,
  plan: ClientPlan,
  declared: DeclaredException | null,
  surface: Surface,
  direction: Direction,
): Verdict {
  if (category === 'link') return 'ok';
  if (category === 'payment') return 'violation';
  const threadCanHoldContract = surface === 'message' || surface === 'other';
  if (status === 'active' && threadCanHoldContract) return 'ok';
  if (plan === 'enterprise' && surface !== 'profile') return 'ok';
  if (declared === 'systems-access' && category === 'email') return direction === 'outgoing' ? 'ok' : 'caution';
  if (plan === 'business' && surface !== 'profile') return 'caution';
  if (declared === 'legal' && (category === 'email' || category === 'phone' || category === 'address'))
    return 'caution';
  return 'violation';
}

const MATRIX = CONTRACT_STATUSES.flatMap((status) =>
  CATEGORIES.flatMap((category) =>
    CLIENT_PLANS.flatMap((plan) =>
      ([null, 'legal', 'systems-access'] as const).flatMap((declared) =>
        SURFACES.flatMap((surface) =>
          DIRECTIONS.map((direction) => ({ status, category, plan, declared, surface, direction })),
        ),
      ),
    ),
  ),
);

describe('evaluate: the whole matrix', () => {
  it('covers every combination', () => {
    expect(MATRIX.length).toBe(3 * 10 * 5 * 3 * 5 * 2);
  });

  it.each(MATRIX)('$category, contract $status, plan $plan, declared $declared, $surface, $direction', (row) => {
    const ctx = context({
      contract: { status: row.status, evidence: [] },
      clientPlan: row.plan,
      declared: row.declared,
      surface: row.surface,
      direction: row.direction,
    });
    const { verdict, judgements, reasons } = evaluate([finding(row.category)], ctx);
    const j = judgements[0];
    if (!j) throw new Error('no judgement');
    const want = expectedVerdict(row.category, row.status, row.plan, row.declared, row.surface, row.direction);
    expect(j.verdict).toBe(want);
    expect(verdict).toBe(want);

    // Every verdict carries known reason codes and one sentence of advice.
    expect(j.reasons.length).toBeGreaterThan(0);
    for (const r of [...j.reasons, ...reasons]) expect(REASONS).toContain(r);
    expect(j.advice).toBe(ADVICE_TEXT[j.adviceCode]);
    expect(j.rule).toBe(
      row.category === 'payment'
        ? 'off-platform-payment'
        : row.category === 'link'
          ? 'outside-links'
          : 'contact-before-contract',
    );
    if (j.verdict !== 'violation') expect(j.exception).toBeDefined();

    if (row.category !== 'link') {
      expect(j.considered.map((c) => c.exception)).toEqual([
        'active-contract',
        row.plan === 'business' ? 'business-plan' : 'enterprise-plan',
        'systems-access',
        'legal',
      ]);
    }
    if (j.verdict === 'violation' && row.category !== 'payment') {
      expect(j.reasons).toContain('contact-pre-contract');
      if (row.status === 'unknown') expect(j.reasons).toContain('contract-unknown');
      if (row.status === 'active') expect(j.reasons).toContain('surface-not-covered-by-contract');
    }
    if (j.verdict === 'violation' && row.direction === 'incoming') {
      expect(j.reasons).toContain(row.category === 'address' ? 'other-party-shared' : 'scam-pattern');
      expect(j.adviceCode.startsWith('incoming-')).toBe(true);
    }
    if (row.category === 'payment' && row.status === 'active') expect(j.reasons).toContain('payment-after-contract');
  });
});

type Row = {
  name: string;
  f: Parameters<typeof finding>;
  ctx: Partial<PolicyContext>;
  verdict: Verdict;
  reasons?: string[];
  exception?: string;
  advice?: string;
};

const ROWS: Row[] = [
  {
    name: 'phone before a contract',
    f: ['phone'],
    ctx: {},
    verdict: 'violation',
    reasons: ['contact-pre-contract', 'contract-none'],
    advice: 'remove-phone',
  },
  {
    name: 'email in an active contract thread',
    f: ['email'],
    ctx: { contract: { status: 'active', evidence: [] } },
    verdict: 'ok',
    reasons: ['contract-active'],
    exception: 'active-contract',
    advice: 'contract-ok',
  },
  {
    name: 'unknown status is pre-contract, with a reason',
    f: ['social'],
    ctx: { contract: { status: 'unknown', evidence: [] } },
    verdict: 'violation',
    reasons: ['contract-unknown'],
  },
  {
    name: 'payment in an active contract',
    f: ['payment'],
    ctx: { contract: { status: 'active', evidence: [] } },
    verdict: 'violation',
    reasons: ['payment-off-platform', 'payment-after-contract'],
    advice: 'keep-payment',
  },
  {
    name: 'payment with an enterprise client',
    f: ['payment'],
    ctx: { clientPlan: 'enterprise' },
    verdict: 'violation',
    reasons: ['plan-not-payment'],
  },
  {
    name: 'payment with an exception declared',
    f: ['payment'],
    ctx: { declared: 'systems-access' },
    verdict: 'violation',
    reasons: ['exception-not-payment'],
  },
  {
    name: 'proposal ignores an active contract',
    f: ['email'],
    ctx: { surface: 'proposal', contract: { status: 'active', evidence: [] } },
    verdict: 'violation',
    reasons: ['surface-not-covered-by-contract'],
  },
  {
    name: 'job post ignores an active contract',
    f: ['ats'],
    ctx: { surface: 'job-post', contract: { status: 'active', evidence: [] } },
    verdict: 'violation',
  },
  {
    name: 'profile ignores an enterprise plan',
    f: ['phone'],
    ctx: { surface: 'profile', clientPlan: 'enterprise' },
    verdict: 'violation',
    reasons: ['plan-not-for-profile'],
  },
  {
    name: 'enterprise client exempts contact',
    f: ['meeting'],
    ctx: { clientPlan: 'enterprise', role: 'freelancer' },
    verdict: 'ok',
    exception: 'enterprise-plan',
    reasons: ['plan-enterprise'],
  },
  {
    name: 'business client is a caution, never a pass',
    f: ['social'],
    ctx: { clientPlan: 'business' },
    verdict: 'caution',
    exception: 'business-plan',
    reasons: ['plan-business-confirm'],
    advice: 'business-confirm',
  },
  { name: 'basic plan exempts nothing', f: ['email'], ctx: { clientPlan: 'basic' }, verdict: 'violation' },
  {
    name: 'systems access covers an email',
    f: ['email'],
    ctx: { declared: 'systems-access' },
    verdict: 'ok',
    exception: 'systems-access',
    reasons: ['systems-access-email'],
    advice: 'systems-access-only',
  },
  {
    name: 'systems access covers a request for an email (canonical)',
    f: ['request', { canonical: 'email' }],
    ctx: { declared: 'systems-access' },
    verdict: 'ok',
    exception: 'systems-access',
  },
  {
    name: 'systems access covers a request for an email (platform)',
    f: ['request', { platform: 'email' }],
    ctx: { declared: 'systems-access' },
    verdict: 'ok',
  },
  {
    name: 'systems access covers a request for an email (evidence)',
    f: ['request', { evidence: ['asks-email'] }],
    ctx: { declared: 'systems-access' },
    verdict: 'ok',
  },
  {
    name: 'systems access does not cover an unspecified request',
    f: ['request'],
    ctx: { declared: 'systems-access' },
    verdict: 'violation',
    reasons: ['request-unspecified'],
  },
  {
    name: 'systems access does not cover a phone',
    f: ['phone'],
    ctx: { declared: 'systems-access' },
    verdict: 'violation',
    reasons: ['systems-access-email-only'],
  },
  {
    name: 'systems access does not cover a WhatsApp request',
    f: ['request', { platform: 'whatsapp' }],
    ctx: { declared: 'systems-access' },
    verdict: 'violation',
    reasons: ['systems-access-email-only'],
  },
  {
    name: 'legal covers an address with a caution',
    f: ['address'],
    ctx: { declared: 'legal' },
    verdict: 'caution',
    exception: 'legal',
    reasons: ['legal-covered'],
    advice: 'legal-minimum',
  },
  {
    name: 'legal covers a request for a phone',
    f: ['request', { canonical: 'phone' }],
    ctx: { declared: 'legal' },
    verdict: 'caution',
    exception: 'legal',
  },
  {
    name: 'legal does not cover a messenger handle',
    f: ['social', { platform: 'telegram' }],
    ctx: { declared: 'legal' },
    verdict: 'violation',
    reasons: ['legal-not-covered'],
  },
  {
    name: 'legal does not cover a meeting link',
    f: ['meeting'],
    ctx: { declared: 'legal' },
    verdict: 'violation',
    reasons: ['legal-not-covered'],
  },
  {
    name: 'legal does not cover a request to move to Telegram',
    f: ['request', { platform: 'telegram' }],
    ctx: { declared: 'legal' },
    verdict: 'violation',
    reasons: ['legal-not-covered'],
  },
  {
    name: 'low confidence gives a caution',
    f: ['phone', { confidence: 'low' }],
    ctx: {},
    verdict: 'caution',
    reasons: ['low-confidence'],
    advice: 'check-uncertain',
  },
  {
    name: 'low-confidence payment gives a caution',
    f: ['payment', { confidence: 'low' }],
    ctx: {},
    verdict: 'caution',
    reasons: ['low-confidence'],
  },
  {
    name: 'medium confidence still a violation',
    f: ['email', { confidence: 'medium' }],
    ctx: {},
    verdict: 'violation',
  },
  {
    name: 'portfolio link in a message earns the reminder',
    f: ['link'],
    ctx: {},
    verdict: 'ok',
    exception: 'portfolio',
    reasons: ['link-allowed', 'portfolio-reminder'],
    advice: 'portfolio-reminder',
  },
  {
    name: 'portfolio link in a proposal earns the reminder',
    f: ['link'],
    ctx: { surface: 'proposal' },
    verdict: 'ok',
    reasons: ['portfolio-reminder'],
  },
  {
    name: 'link in an active contract thread needs no reminder',
    f: ['link'],
    ctx: { contract: { status: 'active', evidence: [] } },
    verdict: 'ok',
    reasons: ['link-allowed'],
    advice: 'link-ok',
  },
  {
    name: 'incoming link needs no reminder',
    f: ['link'],
    ctx: { direction: 'incoming' },
    verdict: 'ok',
    advice: 'link-ok',
  },
  {
    name: 'shortened link is a caution',
    f: ['link', { evidence: ['shortened'] }],
    ctx: {},
    verdict: 'caution',
    reasons: ['link-shortened'],
    advice: 'link-shortened',
  },
  {
    name: 'shortened link in an active contract is fine',
    f: ['link', { evidence: ['shortened'] }],
    ctx: { contract: { status: 'active', evidence: [] } },
    verdict: 'ok',
  },
  {
    name: 'incoming request is a scam warning',
    f: ['request', { platform: 'whatsapp' }],
    ctx: { direction: 'incoming' },
    verdict: 'violation',
    reasons: ['scam-pattern'],
    advice: 'incoming-contact',
  },
  {
    name: 'incoming payment is a scam warning',
    f: ['payment'],
    ctx: { direction: 'incoming' },
    verdict: 'violation',
    reasons: ['scam-pattern'],
    advice: 'incoming-payment',
  },
  {
    name: 'incoming payment in a contract is still a scam warning',
    f: ['payment'],
    ctx: { direction: 'incoming', contract: { status: 'active', evidence: [] } },
    verdict: 'violation',
    reasons: ['scam-pattern', 'payment-after-contract'],
  },
  {
    name: "incoming address is the sender's violation",
    f: ['address'],
    ctx: { direction: 'incoming' },
    verdict: 'violation',
    reasons: ['other-party-shared'],
    advice: 'incoming-address',
  },
  {
    name: 'incoming contact in a contract thread is fine',
    f: ['email'],
    ctx: { direction: 'incoming', contract: { status: 'active', evidence: [] } },
    verdict: 'ok',
  },
  {
    name: 'incoming email for declared systems access is a caution',
    f: ['request', { canonical: 'email' }],
    ctx: { direction: 'incoming', declared: 'systems-access' },
    verdict: 'caution',
    reasons: ['systems-access-email', 'verify-declared-purpose'],
    advice: 'verify-declared',
  },
  {
    name: 'contract elsewhere: write in the contract thread',
    f: ['email'],
    ctx: { contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] } },
    verdict: 'violation',
    reasons: ['contract-elsewhere'],
    advice: 'use-contract-thread',
  },
  {
    name: 'contract elsewhere does not change the payment advice',
    f: ['payment'],
    ctx: { contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] } },
    verdict: 'violation',
    advice: 'keep-payment',
  },
];

describe('evaluate: rules one by one', () => {
  it.each(ROWS)('$name', (row) => {
    const { judgements } = evaluate([finding(...row.f)], context(row.ctx));
    const j = judgements[0];
    if (!j) throw new Error('no judgement');
    expect(j.verdict).toBe(row.verdict);
    for (const r of row.reasons ?? []) expect(j.reasons).toContain(r);
    if (row.exception) expect(j.exception).toBe(row.exception);
    if (row.advice) expect(j.adviceCode).toBe(row.advice);
  });
});

describe('evaluate: whole messages', () => {
  it('a clean message is ok and says nothing was found', () => {
    expect(evaluate([], context())).toEqual({ verdict: 'ok', judgements: [], reasons: ['nothing-found'] });
  });

  it.each([
    { name: 'email + link + payment', cats: ['email', 'link', 'payment'], ctx: {}, verdict: 'violation' },
    { name: 'link + low-confidence phone', cats: ['link', 'phone-low'], ctx: {}, verdict: 'caution' },
    {
      name: 'enterprise: email ok, payment still a violation',
      cats: ['email', 'payment'],
      ctx: { clientPlan: 'enterprise' },
      verdict: 'violation',
    },
    { name: 'enterprise: email + social', cats: ['email', 'social'], ctx: { clientPlan: 'enterprise' }, verdict: 'ok' },
    {
      name: 'active contract: phone + meeting + link',
      cats: ['phone', 'meeting', 'link'],
      ctx: { contract: { status: 'active', evidence: [] } },
      verdict: 'ok',
    },
    {
      name: 'systems access: email ok but phone not',
      cats: ['email', 'phone'],
      ctx: { declared: 'systems-access' },
      verdict: 'violation',
    },
    {
      name: 'business plan: two cautions',
      cats: ['email', 'phone'],
      ctx: { clientPlan: 'business' },
      verdict: 'caution',
    },
    { name: 'only links', cats: ['link', 'link'], ctx: {}, verdict: 'ok' },
  ] as const)('$name → $verdict', ({ cats, ctx, verdict }) => {
    const fs = cats.map((c, i) =>
      c === 'phone-low'
        ? finding('phone', { confidence: 'low', start: i * 10, end: i * 10 + 5 })
        : finding(c, { start: i * 10, end: i * 10 + 5 }),
    );
    const result = evaluate(fs, context(ctx as Partial<PolicyContext>));
    expect(result.verdict).toBe(verdict);
    expect(result.judgements.map((j) => j.finding)).toEqual(fs);
  });

  it('collects message-level reasons in a fixed order', () => {
    const result = evaluate(
      [finding('request', { platform: 'telegram' }), finding('payment'), finding('email')],
      context({ direction: 'incoming', contract: { status: 'unknown', evidence: [] } }),
    );
    expect(result.reasons).toEqual(['contract-unknown', 'scam-pattern']);
  });

  it('the thread trap: with evidence of a contract elsewhere it is stated', () => {
    const result = evaluate(
      [finding('phone')],
      context({ contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] } }),
    );
    expect(result.reasons).toContain('contract-elsewhere');
    expect(result.reasons).not.toContain('contract-thread-hint');
  });

  it('the thread trap is stated even when a Business plan makes the finding a caution', () => {
    const r = evaluate(
      [finding('email')],
      context({ clientPlan: 'business', contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] } }),
    );
    expect(r.verdict).toBe('caution');
    expect(r.reasons).toEqual(['contract-elsewhere', 'plan-business-confirm']);
  });

  it('an allowed finding raises no thread-trap or status reasons', () => {
    expect(
      evaluate([finding('email')], context({ clientPlan: 'enterprise', contract: { status: 'unknown', evidence: [] } }))
        .reasons,
    ).toEqual([]);
  });

  it('the thread trap: plain "none" on a message earns the hint', () => {
    expect(evaluate([finding('phone')], context()).reasons).toContain('contract-thread-hint');
    expect(evaluate([finding('phone')], context({ surface: 'proposal' })).reasons).not.toContain(
      'contract-thread-hint',
    );
    expect(evaluate([finding('payment')], context()).reasons).not.toContain('contract-thread-hint');
    expect(evaluate([finding('link')], context()).reasons).toEqual(['portfolio-reminder']);
  });

  it('portfolio reminder and business caution surface at message level', () => {
    const r = evaluate([finding('link'), finding('email')], context({ clientPlan: 'business' }));
    expect(r.verdict).toBe('caution');
    expect(r.reasons).toEqual(['contract-thread-hint', 'plan-business-confirm', 'portfolio-reminder']);
  });
});

describe('evaluate: never throws', () => {
  it.each([
    ['undefined context', undefined],
    ['empty object', {}],
    [
      'junk values',
      { surface: 'moon', direction: 7, contract: { status: 'maybe' }, clientPlan: null, declared: 'vibes' },
    ],
    ['bare status', { contract: 'active' }],
  ])('%s', (_name, raw) => {
    const r = evaluate([finding('email')], raw as unknown as PolicyContext);
    expect(['violation', 'ok']).toContain(r.verdict);
  });

  it('an unreadable contract status becomes unknown (pre-contract)', () => {
    const ctx = normalizeContext({ contract: { status: 'maybe' } });
    expect(ctx.contract.status).toBe('unknown');
    expect(evaluate([finding('email')], ctx).judgements[0]?.reasons).toContain('contract-unknown');
  });

  it('a bare status string is accepted', () => {
    expect(normalizeContext({ contract: 'active' }).contract).toEqual({ status: 'active', evidence: [] });
    expect(evaluate([finding('email')], { contract: 'active' } as unknown as PolicyContext).verdict).toBe('ok');
  });

  it('skips malformed findings and tolerates missing evidence', () => {
    const junk = [
      null,
      42,
      { category: 'email' },
      { category: 'email', start: 0, end: 3, confidence: 'high' },
    ] as unknown as Parameters<typeof evaluate>[0];
    const r = evaluate(junk, context());
    expect(r.judgements).toHaveLength(1);
    expect(r.verdict).toBe('violation');
  });
});
