import { useMemo, useState } from 'preact/hooks';
import { t } from '../lib/ext/i18n';
import { REASON_TEXT, SUMMARY_TEXT } from '../lib/policy/messages';
import type { PolicyContext } from '../lib/policy/types';
import type { ScanResult } from '../lib/scan';
import { JudgementList } from './JudgementList';

interface Props {
  context: PolicyContext;
  check: (text: string, context: PolicyContext) => ScanResult;
  onExplain: (text: string, context: PolicyContext) => void;
}

function contextWords(ctx: PolicyContext): string {
  if (ctx.contract.status === 'active') return t('contextActive');
  if (ctx.contract.status === 'unknown') return t('contextUnknown');
  return t('contextPreContract');
}

/** Paste-in checker: the same scan as the content script, on text the user gives here. */
export function PolicyChecker({ context, check, onExplain }: Props) {
  const [text, setText] = useState('');
  const result = useMemo(() => (text.trim() ? check(text, context) : null), [text, context, check]);
  const messageReasons = result ? result.reasons.filter((r) => r !== 'nothing-found') : [];

  return (
    <section class="cg-stack" aria-labelledby="checker-heading" data-contact-guard="checker">
      <h2 id="checker-heading">{t('checkerLegend')}</h2>
      <label class="cg-field">
        {t('checkerLabel')}
        <textarea
          rows={4}
          value={text}
          spellcheck={false}
          onInput={(e) => setText(e.currentTarget.value)}
          data-contact-guard="checker-input"
        />
      </label>
      <p class="cg-hint">{t('checkerContext', contextWords(context))}</p>
      <div aria-live="polite" class="cg-stack" data-contact-guard="checker-result" data-verdict={result?.verdict ?? ''}>
        {!result ? (
          <p class="cg-hint">{t('checkerEmpty')}</p>
        ) : (
          <>
            <p class="cg-headline" data-verdict={result.verdict} data-contact-guard="checker-verdict">
              {result.verdict === 'ok' && result.judgements.length === 0
                ? REASON_TEXT['nothing-found']
                : SUMMARY_TEXT[`${result.verdict}-${context.direction}`]}
            </p>
            {messageReasons.map((r) => (
              <p key={r} class="cg-hint">
                {REASON_TEXT[r]}
              </p>
            ))}
            {result.judgements.length > 0 && <JudgementList text={text} judgements={result.judgements} />}
          </>
        )}
      </div>
      <div>
        <button
          type="button"
          class="cg-primary"
          disabled={!text.trim()}
          onClick={() => onExplain(text, context)}
          data-contact-guard="checker-explain"
        >
          {t('checkerExplain')}
        </button>
      </div>
    </section>
  );
}
