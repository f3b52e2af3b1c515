import type { ExplainedFinding } from '../../lib/policy/explain';
import { VERDICT_TEXT } from '../../lib/policy/messages';

/** What was found, why it matters, which rule and exceptions were weighed, what to do. */
export function FindingCard({ finding }: { finding: ExplainedFinding }) {
  return (
    <article
      class="cg-card"
      data-contact-guard="finding-card"
      data-verdict={finding.verdict}
      data-category={finding.category}
    >
      <header class="cg-card-head">
        <span class="cg-badge" data-verdict={finding.verdict}>
          {VERDICT_TEXT[finding.verdict]}
        </span>
        <h3>{finding.categoryName}</h3>
      </header>
      <p>
        Triggered by <q class="cg-words">{finding.words}</q>
        {finding.confidence !== 'high' && <span class="cg-muted"> ({finding.confidence} confidence)</span>}
      </p>
      <p>
        <strong>{finding.rule.title}</strong> — {finding.rule.summary} <cite>{finding.rule.citation}</cite>
      </p>
      {finding.reasons.length > 0 && (
        <ul class="cg-reasons">
          {finding.reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
        </ul>
      )}
      {finding.considered.length > 0 && (
        <details>
          <summary>Exceptions considered ({finding.considered.length})</summary>
          <ul class="cg-reasons">
            {finding.considered.map((c) => (
              <li key={c.exception} data-outcome={c.outcome}>
                <strong>{c.name}</strong>: {c.outcomeText}. {c.why.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="cg-advice">{finding.advice.text}</p>
    </article>
  );
}
