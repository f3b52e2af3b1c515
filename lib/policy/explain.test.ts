import { describe, expect, it } from 'vitest';
import type { Category, Finding } from '../detect/types';
import { evaluate } from './evaluate';
import { explain, explainEvaluation, rewriteMessage } from './explain';
import { PORTFOLIO_REMINDER_TEXT, REASON_TEXT, REWRITE_TEXT } from './messages';
import { context } from './test-helpers';
import { CONTRACT_ELSEWHERE, type PolicyContext } from './types';

/** Findings located by their words in `text` (first occurrence), as a detector would report them. */
function at(text: string, spec: [Category, string, Partial<Finding>?][]): Finding[] {
  return spec.map(([category, words, extra]) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in text`);
    return { category, start, end: start + words.length, confidence: 'high', detector: 'test', evidence: [], ...extra };
  });
}

function rewrite(text: string, spec: [Category, string, Partial<Finding>?][], ctx: Partial<PolicyContext> = {}) {
  return rewriteMessage(text, evaluate(at(text, spec), context(ctx)));
}

const CONTACT = REWRITE_TEXT.contact;

describe('rewriteMessage', () => {
  it.each([
    ['no findings', 'Happy to help with the logo redesign.', []],
    ['only a link', 'My work: portfolio.example.com/jane', [['link', 'portfolio.example.com/jane']]],
    ['low-confidence caution', 'ref 555 0101 in the sheet', [['phone', '555 0101', { confidence: 'low' }]]],
  ] as [string, string, [Category, string, Partial<Finding>?][]][])(
    'leaves clean text identical: %s',
    (_n, text, spec) => {
      const r = rewrite(text, spec);
      expect(r.text).toBe(text);
      expect(r.changed).toBe(false);
      expect(r.edits).toEqual([]);
    },
  );

  it('leaves text identical when the context allows everything', () => {
    const text = 'Sure, my email is jane@example.com';
    const r = rewrite(text, [['email', 'jane@example.com']], { contract: { status: 'active', evidence: [] } });
    expect(r.text).toBe(text);
  });

  it('replaces one violating span', () => {
    const text = 'Sure, my email is jane@example.com, thanks';
    const r = rewrite(text, [['email', 'jane@example.com']]);
    expect(r.text).toBe(`Sure, my email is ${CONTACT}, thanks`);
    expect(r.edits).toEqual([
      { start: 18, end: 34, original: 'jane@example.com', replacement: CONTACT, categories: ['email'] },
    ]);
  });

  it('replaces several spans from the end backwards, each with its own phrase', () => {
    const text = 'Email jane@example.com. Join zoom.example.com/j/1 later. Pay me via PayPal please.';
    const r = rewrite(text, [
      ['email', 'jane@example.com'],
      ['meeting', 'zoom.example.com/j/1'],
      ['payment', 'Pay me via PayPal'],
    ]);
    expect(r.text).toBe(`Email ${CONTACT}. Join ${REWRITE_TEXT.meeting} later. ${REWRITE_TEXT.payment} please.`);
    expect(r.edits.map((e) => e.original)).toEqual(['jane@example.com', 'zoom.example.com/j/1', 'Pay me via PayPal']);
  });

  it('works whatever order the findings come in', () => {
    const text = 'a jane@example.com b +1 555 0100 c';
    const fs = at(text, [
      ['phone', '+1 555 0100'],
      ['email', 'jane@example.com'],
    ]);
    const r = rewriteMessage(text, evaluate(fs, context()));
    expect(r.text).toBe(`a ${CONTACT} b ${CONTACT} c`);
  });

  it('merges overlapping spans into one edit (never overlapping edits)', () => {
    const text = 'text me on whatsapp +1 555 0100 today';
    const r = rewrite(text, [
      ['request', 'text me on whatsapp', { platform: 'whatsapp' }],
      ['social', 'whatsapp +1 555 0100'],
      ['phone', '+1 555 0100'],
    ]);
    expect(r.edits).toHaveLength(1);
    expect(r.text).toBe(`${CONTACT} today`);
    expect(r.edits[0]?.categories).toEqual(['request', 'social', 'phone']);
  });

  it('merges spans separated only by "or" or punctuation when the phrase is the same', () => {
    const text = 'reach me at jane@example.com or +1 555 0100.';
    const r = rewrite(text, [
      ['email', 'jane@example.com'],
      ['phone', '+1 555 0100'],
    ]);
    expect(r.edits).toHaveLength(1);
    expect(r.text).toBe(`reach me at ${CONTACT}.`);
  });

  it('payment wins when a payment span overlaps a contact span', () => {
    const text = 'send it to paypal jane@example.com';
    const r = rewrite(text, [
      ['payment', 'paypal jane@example.com'],
      ['email', 'jane@example.com'],
    ]);
    expect(r.text).toBe(`send it to ${REWRITE_TEXT.payment}`);
  });

  it('keeps portfolio links and appends the reminder once', () => {
    const text = 'See portfolio.example.com/jane and behance.example.com/jane, or mail jane@example.com';
    const r = rewrite(text, [
      ['link', 'portfolio.example.com/jane'],
      ['link', 'behance.example.com/jane'],
      ['email', 'jane@example.com'],
    ]);
    expect(r.text).toBe(
      `See portfolio.example.com/jane and behance.example.com/jane, or mail ${CONTACT} ${PORTFOLIO_REMINDER_TEXT}`,
    );
    expect(r.text.split(PORTFOLIO_REMINDER_TEXT)).toHaveLength(2);
  });

  it('offers the reminder without editing a clean message with a portfolio link', () => {
    const text = 'My work: portfolio.example.com/jane';
    const r = rewrite(text, [['link', 'portfolio.example.com/jane']]);
    expect(r.text).toBe(text);
    expect(r.reminder).toBe(PORTFOLIO_REMINDER_TEXT);
  });

  it('does not offer the reminder twice', () => {
    const text = `My work: portfolio.example.com/jane. ${PORTFOLIO_REMINDER_TEXT}`;
    expect(rewrite(text, [['link', 'portfolio.example.com/jane']]).reminder).toBeNull();
  });

  it('puts the reminder in its own paragraph in a multi-line message', () => {
    const text = 'Hi!\nSee portfolio.example.com/jane\nCall +1 555 0100\n';
    const r = rewrite(text, [
      ['link', 'portfolio.example.com/jane'],
      ['phone', '+1 555 0100'],
    ]);
    expect(r.text).toBe(`Hi!\nSee portfolio.example.com/jane\nCall ${CONTACT}\n\n${PORTFOLIO_REMINDER_TEXT}`);
  });

  it('is idempotent: rewriting the rewrite changes nothing', () => {
    const text = 'See portfolio.example.com/jane, mail jane@example.com';
    const first = rewrite(text, [
      ['link', 'portfolio.example.com/jane'],
      ['email', 'jane@example.com'],
    ]);
    const second = rewrite(first.text, [['link', 'portfolio.example.com/jane']]);
    expect(second.text).toBe(first.text);
    expect(second.reminder).toBeNull();
  });

  it('uses the contract-thread phrase when the contract lives in another thread', () => {
    const text = 'my number is +1 555 0100';
    const r = rewrite(text, [['phone', '+1 555 0100']], {
      contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] },
    });
    expect(r.text).toBe(`my number is ${REWRITE_TEXT.thread}`);
  });

  it('clamps spans that run past the text', () => {
    const text = 'mail jane@x';
    const f: Finding = { category: 'email', start: 5, end: 99, confidence: 'high', detector: 't', evidence: [] };
    expect(rewriteMessage(text, evaluate([f], context())).text).toBe(`mail ${CONTACT}`);
  });
});

describe('explain', () => {
  const text = 'Hi! Portfolio: portfolio.example.com/jane. Write to jane@example.com and pay me via PayPal.';
  const findings = at(text, [
    ['link', 'portfolio.example.com/jane'],
    ['email', 'jane@example.com'],
    ['payment', 'pay me via PayPal'],
  ]);

  it('explains each finding with its words, rule, citation, exceptions and advice', () => {
    const e = explain(text, {}, { findings });
    expect(e.verdict).toBe('violation');
    expect(e.summary).toMatch(/edit it before sending/u);
    expect(e.findings.map((f) => f.words)).toEqual([
      'portfolio.example.com/jane',
      'jane@example.com',
      'pay me via PayPal',
    ]);
    const [link, email, payment] = e.findings;
    expect(link?.verdict).toBe('ok');
    expect(link?.exception?.id).toBe('portfolio');
    expect(link?.advice.code).toBe('portfolio-reminder');
    expect(email?.rule.citation).toBe('User Agreement, Section 7; Terms of Use, Section 4');
    expect(email?.considered.map((c) => [c.exception, c.outcome, c.why.code])).toEqual([
      ['active-contract', 'does-not-apply', 'contract-none'],
      ['enterprise-plan', 'does-not-apply', 'plan-unknown'],
      ['systems-access', 'does-not-apply', 'systems-access-not-declared'],
      ['legal', 'does-not-apply', 'legal-not-declared'],
    ]);
    expect(email?.reasons[0]).toEqual({ code: 'contact-pre-contract', text: REASON_TEXT['contact-pre-contract'] });
    expect(payment?.rule.id).toBe('off-platform-payment');
    expect(payment?.considered.every((c) => c.outcome === 'does-not-apply')).toBe(true);
    expect(e.rewrite?.text).toBe(
      `Hi! Portfolio: portfolio.example.com/jane. Write to ${CONTACT} and ${REWRITE_TEXT.payment}. ${PORTFOLIO_REMINDER_TEXT}`,
    );
  });

  it('names the exception that applies and why', () => {
    const e = explain(text, { declared: 'systems-access' }, { findings });
    const email = e.findings[1];
    expect(email?.verdict).toBe('ok');
    expect(email?.exception?.name).toBe('Systems access');
    expect(email?.considered.find((c) => c.exception === 'systems-access')?.outcome).toBe('applies');
    expect(e.findings[2]?.considered.find((c) => c.exception === 'systems-access')?.why.code).toBe(
      'exception-not-payment',
    );
    expect(e.verdict).toBe('violation');
  });

  it('states the thread trap as a reason code and sentence', () => {
    const e = explain(
      'call +1 555 0100',
      { contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] } },
      {
        findings: at('call +1 555 0100', [['phone', '+1 555 0100']]),
      },
    );
    expect(e.reasons).toContainEqual({
      code: 'contract-elsewhere',
      text: "A contract exists but this thread is not tied to it: write in the contract's thread.",
    });
    expect(e.findings[0]?.advice.code).toBe('use-contract-thread');
  });

  it('offers no rewrite for an incoming message and warns the reader', () => {
    const t = "what's your whatsapp?";
    const e = explain(
      t,
      { direction: 'incoming' },
      { findings: at(t, [['request', "what's your whatsapp", { platform: 'whatsapp' }]]) },
    );
    expect(e.rewrite).toBeNull();
    expect(e.verdict).toBe('violation');
    expect(e.reasons.map((r) => r.code)).toContain('scam-pattern');
    expect(e.summary).toMatch(/scam/u);
    expect(e.findings[0]?.advice.code).toBe('incoming-contact');
  });

  it('accepts a bare contract status and fills the rest of the context', () => {
    const e = explain('x', { contract: 'active' }, { findings: [] });
    expect(e.context).toEqual({ ...context(), contract: { status: 'active', evidence: [] } });
    expect(e.verdict).toBe('ok');
    expect(e.reasons.map((r) => r.code)).toEqual(['nothing-found']);
    expect(e.rewrite).toEqual({ text: 'x', changed: false, edits: [], reminder: null });
  });

  it('explainEvaluation matches explain on the same findings', () => {
    const ctx = context({ clientPlan: 'business' });
    expect(explainEvaluation(text, evaluate(findings, ctx), ctx)).toEqual(explain(text, ctx, { findings }));
  });

  it('never throws on odd input', () => {
    expect(() => explain(undefined as unknown as string, null as unknown as PolicyContext)).not.toThrow();
    expect(explain('', {}).verdict).toBe('ok');
  });
});

describe('rewriteMessage: hostile sizes', () => {
  // 10 000 edits over 270 KB: a quadratic rewrite (slicing the whole text per edit) takes
  // seconds here; the linear one well under the bound even on a busy machine.
  it('rewrites thousands of findings in linear time and exactly', () => {
    const unit = 'mail jane@example.com now. ';
    const n = 10_000;
    const text = unit.repeat(n);
    const fs: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const start = i * unit.length + 5;
      fs.push({ category: 'email', start, end: start + 16, confidence: 'high', detector: 't', evidence: [] });
    }
    const t0 = performance.now();
    const r = rewriteMessage(text, evaluate(fs, context()));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(r.edits).toHaveLength(n);
    expect(r.text).toBe(`mail ${CONTACT} now. `.repeat(n));
  });
});

// End to end through the real detectors, on plain, unambiguous contact details.
// The first call warms up the detectors (and the machine may be busy): allow time.
describe('explain through detect', { timeout: 30_000 }, () => {
  it.each([
    'Hi! You can write to jane@example.com and I will reply.',
    'My number is +1 415 555 0132, call after 5.',
    'Here is my portfolio: https://portfolio.example.com/jane and my email jane@example.com',
    'The draft is ready, have a look when you can.',
  ])('the rewrite of %j has no violations left and is stable', (text) => {
    const first = explain(text);
    const rewritten = first.rewrite?.text ?? text;
    const second = explain(rewritten);
    expect(second.findings.filter((f) => f.verdict === 'violation')).toEqual([]);
    expect(second.rewrite?.text).toBe(rewritten);
    if (first.verdict === 'ok') expect(rewritten).toBe(text);
    else expect(rewritten).not.toBe(text);
  });

  it('finds and explains a plain email', () => {
    const e = explain('write to jane@example.com please');
    expect(e.findings).toMatchObject([{ category: 'email', words: 'jane@example.com', verdict: 'violation' }]);
    expect(e.rewrite?.text).toBe(`write to ${CONTACT} please`);
    expect(explain('write to jane@example.com please', { clientPlan: 'enterprise' }).verdict).toBe('ok');
  });
});
