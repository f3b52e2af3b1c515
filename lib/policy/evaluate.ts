import type { Finding } from '../detect/types';
import type { Evaluation, Judgement, PolicyContext, Verdict } from './types';

// Interim rules until the policy engine lands: any non-link finding is a violation,
// a low-confidence one a caution, links are ok.
export function evaluate(findings: readonly Finding[], _context: PolicyContext): Evaluation {
  const judgements: Judgement[] = findings.map((finding) => {
    const verdict: Verdict = finding.category === 'link' ? 'ok' : finding.confidence === 'low' ? 'caution' : 'violation';
    return {
      finding,
      verdict,
      rule: finding.category === 'payment' ? 'off-platform-payment' : 'contact-before-contract',
      reasons: [verdict === 'ok' ? 'link-allowed' : `category-${finding.category}`],
      advice: '',
    };
  });
  const verdict: Verdict = judgements.some((j) => j.verdict === 'violation')
    ? 'violation'
    : judgements.some((j) => j.verdict === 'caution')
      ? 'caution'
      : 'ok';
  return { verdict, judgements, reasons: [] };
}
