import type { Verdict } from '../../lib/policy/types';
import { FindingList } from './FindingList';
import type { FindingItem } from './types';

export interface WarningCardProps {
  verdict: Exclude<Verdict, 'ok'>;
  headline: string;
  items: readonly FindingItem[];
  onWhy: () => void;
  /** Absent when no safe rewrite applies (cautions only). */
  onRewrite?: () => void;
}

/** The compact card next to a compose box while its text breaks (or may break) the rules. */
export function WarningCard({ verdict, headline, items, onWhy, onRewrite }: WarningCardProps) {
  return (
    <div class={`cg cg-card ${verdict}`} data-contact-guard="warning" role="status" aria-live="polite">
      <div class="cg-head">
        <span class={`cg-badge ${verdict}`}>{verdict === 'violation' ? 'Not allowed' : 'Check'}</span>
        <span>{headline}</span>
      </div>
      <FindingList items={items} />
      <div class="cg-actions">
        {onRewrite ? (
          <button type="button" class="primary" data-contact-guard="rewrite" onClick={onRewrite}>
            Fix it for me
          </button>
        ) : null}
        <button type="button" class="link" data-contact-guard="why" onClick={onWhy}>
          Why?
        </button>
      </div>
    </div>
  );
}
