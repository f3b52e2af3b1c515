import { t } from '../lib/ext/i18n';
import { EXCEPTION_TEXT, OUTCOME_TEXT, REASON_TEXT } from '../lib/policy/messages';
import type { Consideration } from '../lib/policy/types';

interface Props {
  considered: readonly Consideration[];
}

/** Each exception with the policy engine's own one-line reason for this context. */
export function ExceptionList({ considered }: Props) {
  return (
    <section class="cg-stack" aria-labelledby="exceptions-heading" data-contact-guard="exceptions">
      <h2 id="exceptions-heading">{t('exceptionsLegend')}</h2>
      <ul class="cg-list">
        {considered.map((c) => (
          <li key={c.exception} data-exception={c.exception} data-outcome={c.outcome}>
            <div class="cg-verdict">
              <span>{EXCEPTION_TEXT[c.exception].name}</span>
              <span class="cg-badge" data-outcome={c.outcome}>
                {OUTCOME_TEXT[c.outcome]}
              </span>
            </div>
            <p class="cg-hint">{REASON_TEXT[c.reason]}</p>
          </li>
        ))}
      </ul>
      <p class="cg-hint">{t('exceptionsDeclaredNote')}</p>
    </section>
  );
}
