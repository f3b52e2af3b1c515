import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/detect/types';
import type { Judgement } from '../../lib/policy/types';
import type { ScanResult } from '../../lib/scan';
import { resolveContext } from '../../lib/scan';
import { describeFindings, flagged, rewritePlan } from './describe';

function judgement(
  category: Finding['category'],
  start: number,
  end: number,
  verdict: Judgement['verdict'],
): Judgement {
  return {
    finding: { category, start, end, confidence: 'high', detector: category, evidence: [] },
    verdict,
    rule: category === 'payment' ? 'off-platform-payment' : 'contact-before-contract',
    reasons: [],
    advice: `advice for ${category}`,
    adviceCode: 'remove-email',
    considered: [],
  };
}

function result(judgements: Judgement[]): ScanResult {
  const verdict = judgements.some((j) => j.verdict === 'violation')
    ? 'violation'
    : judgements.length
      ? 'caution'
      : 'ok';
  return { verdict, judgements, reasons: [], findings: judgements.map((j) => j.finding), context: resolveContext() };
}

describe('describe', () => {
  const text = 'pay me via PayPal or email jane.doe@example.com';
  const r = result([
    judgement('email', 27, 47, 'violation'),
    judgement('payment', 0, 17, 'violation'),
    judgement('link', 33, 47, 'ok'),
  ]);

  it('lists flagged findings in text order, in words, with the excerpt from the text', () => {
    expect(flagged(r).map((j) => j.finding.category)).toEqual(['payment', 'email']);
    const items = describeFindings(r, text);
    expect(items.map((i) => [i.label, i.excerpt])).toEqual([
      ['Payment outside Upwork', 'pay me via PayPal'],
      ['Email address', 'jane.doe@example.com'],
    ]);
  });

  it('plans the rewrite from the end of the text, one replacement per violating span', () => {
    const plan = rewritePlan(r);
    expect(plan.map((p) => [p.start, p.end])).toEqual([
      [27, 47],
      [0, 17],
    ]);
    let out = text;
    for (const p of plan) out = out.slice(0, p.start) + p.text + out.slice(p.end);
    expect(out).not.toContain('PayPal');
    expect(out).not.toContain('@');
    expect(out).toContain(' or email ');
  });

  it('merges overlapping spans and leaves cautions alone', () => {
    const plan = rewritePlan(
      result([
        judgement('request', 0, 10, 'violation'),
        judgement('email', 5, 20, 'violation'),
        judgement('phone', 30, 40, 'caution'),
      ]),
    );
    expect(plan.map((p) => [p.start, p.end])).toEqual([[0, 20]]);
  });
});
