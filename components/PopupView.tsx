import { t, tk } from '../lib/ext/i18n';
import type { Settings, ThreadFacts } from '../lib/ext/storage';
import type { ClientPlan, Consideration, ContractStatus, PolicyContext } from '../lib/policy/types';
import type { ScanResult } from '../lib/scan';
import { ExceptionList } from './ExceptionList';
import { type PageInfo, PageStatus } from './PageStatus';
import { PolicyChecker } from './PolicyChecker';

interface Props {
  page: PageInfo;
  settings: Settings;
  facts: ThreadFacts | null;
  context: PolicyContext;
  considered: readonly Consideration[];
  check: (text: string, context: PolicyContext) => ScanResult;
  onOverride: (status: ContractStatus | null) => void;
  onThreadPlan: (plan: ClientPlan | null) => void;
  onExplain: (text: string, context: PolicyContext) => void;
  onOpenOptions: () => void;
}

export function PopupView(props: Props) {
  const { page, settings, context } = props;
  return (
    <main class="cg-popup cg-stack">
      <header class="cg-popup-header">
        <div class="cg-brand">
          <img src="/icon/32.png" alt="" />
          <h1>{t('extName')}</h1>
        </div>
        <button type="button" class="cg-link" onClick={props.onOpenOptions} data-contact-guard="open-options">
          {t('popupOpenOptions')}
        </button>
      </header>

      <section class="cg-card cg-stack" aria-labelledby="page-heading">
        <h2 id="page-heading">{t('popupThisPage')}</h2>
        <PageStatus
          page={page}
          settings={settings}
          facts={props.facts}
          onOverride={props.onOverride}
          onThreadPlan={props.onThreadPlan}
        />
        <p class="cg-hint" data-contact-guard="you">
          {t('youLabel')}: {tk('role', settings.role)} · {t('planLegend')}: {tk('plan', context.clientPlan)}
        </p>
      </section>

      {page.kind === 'page' && (
        <div class="cg-card">
          <ExceptionList considered={props.considered} />
        </div>
      )}

      <div class="cg-card">
        <PolicyChecker context={context} check={props.check} onExplain={props.onExplain} />
      </div>
    </main>
  );
}
