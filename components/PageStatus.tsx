import { t, tk } from '../lib/ext/i18n';
import type { PageState } from '../lib/ext/messaging';
import type { Settings, ThreadFacts } from '../lib/ext/storage';
import { CLIENT_PLANS, type ClientPlan, CONTRACT_STATUSES, type ContractStatus } from '../lib/policy/types';

export type PageInfo = { kind: 'loading' } | { kind: 'not-marketplace' } | { kind: 'page'; state: PageState };

interface Props {
  page: PageInfo;
  settings: Settings;
  facts: ThreadFacts | null;
  onOverride: (status: ContractStatus | null) => void;
  onThreadPlan: (plan: ClientPlan | null) => void;
}

/** Evidence codes are kebab-case; show them as words ("contract-header" → "contract header"). */
function evidenceWords(code: string): string {
  return code.replace(/-/gu, ' ');
}

/** What the tab is, its thread's contract status with the evidence, and the per-thread overrides. */
export function PageStatus({ page, settings, facts, onOverride, onThreadPlan }: Props) {
  if (page.kind === 'loading') {
    return (
      <p class="cg-muted" data-contact-guard="page-loading">
        {t('popupLoading')}
      </p>
    );
  }
  if (page.kind === 'not-marketplace') {
    return <p data-contact-guard="not-marketplace">{t('popupNotMarketplace')}</p>;
  }
  const { state } = page;
  const status = state.contract.status;
  return (
    <div class="cg-stack" data-contact-guard="page-state" data-page-kind={state.pageKind}>
      <dl class="cg-facts">
        <dt>{t('pageKindLabel')}</dt>
        <dd data-contact-guard="page-kind">{tk('pageKind', state.pageKind)}</dd>
        {state.threadId && (
          <>
            <dt>{t('contractLabel')}</dt>
            <dd>
              <span class="cg-badge" data-contact-guard="contract-status" data-status={status}>
                {tk('status', status)}
              </span>{' '}
              <span class="cg-hint" data-contact-guard="contract-source" data-source={state.contract.source}>
                {state.contract.source === 'override' ? t('statusFromOverride') : t('statusFromPage')}
              </span>
            </dd>
            <dt>{t('evidenceLabel')}</dt>
            <dd class="cg-hint" data-contact-guard="contract-evidence">
              {state.contract.evidence.length
                ? state.contract.evidence.map(evidenceWords).join(', ')
                : t('evidenceNone')}
            </dd>
          </>
        )}
      </dl>
      {state.threadId ? (
        <div class="cg-row">
          <label class="cg-field">
            {t('overrideLabel')}
            <select
              value={facts?.contractOverride ?? 'page'}
              onChange={(e) => {
                const v = e.currentTarget.value;
                onOverride(v === 'page' ? null : (v as ContractStatus));
              }}
              data-contact-guard="contract-override"
            >
              <option value="page">{t('override_page')}</option>
              {CONTRACT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tk('status', s)}
                </option>
              ))}
            </select>
          </label>
          <label class="cg-field">
            {t('threadPlanLabel')}
            <select
              value={facts?.clientPlan ?? 'default'}
              onChange={(e) => {
                const v = e.currentTarget.value;
                onThreadPlan(v === 'default' ? null : (v as ClientPlan));
              }}
              data-contact-guard="thread-plan"
            >
              <option value="default">{t('threadPlan_default', tk('plan', settings.clientPlan))}</option>
              {CLIENT_PLANS.map((p) => (
                <option key={p} value={p}>
                  {tk('plan', p)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <p class="cg-hint">{t('noThread')}</p>
      )}
      <p class="cg-hint">
        {t('composersFound', String(state.composerCount))}
        {!state.selectorsFound && <> · {t('selectorsMissing')}</>}
      </p>
    </div>
  );
}
