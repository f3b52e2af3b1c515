import { useEffect, useRef } from 'preact/hooks';
import { FindingList } from './FindingList';
import type { FindingItem } from './types';

export interface SendCheckDialogProps {
  headline: string;
  /** The rule cited, in words ("No direct contact before a contract — User Agreement, Section 7"). */
  rule: string;
  items: readonly FindingItem[];
  onEdit: () => void;
  onSendAnyway: () => void;
  onWhy: () => void;
}

/**
 * Shown when Send is pressed on a text that breaks the rules. Edit is the default (focused,
 * and what Escape does); Send anyway sends the draft exactly as written.
 */
export function SendCheckDialog({ headline, rule, items, onEdit, onSendAnyway, onWhy }: SendCheckDialogProps) {
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    editRef.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
    }
  };
  return (
    <div class="cg cg-backdrop">
      <div
        onKeyDown={onKeyDown}
        class="cg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="cg-send-check-title"
        data-contact-guard="send-check"
      >
        <h2 id="cg-send-check-title">{headline}</h2>
        <p class="cg-rule">{rule}</p>
        <FindingList items={items} />
        <div class="cg-actions">
          <button type="button" class="primary" data-contact-guard="edit" ref={editRef} onClick={onEdit}>
            Edit
          </button>
          <button type="button" class="danger" data-contact-guard="send-anyway" onClick={onSendAnyway}>
            Send anyway
          </button>
          <button type="button" class="link" data-contact-guard="why" onClick={onWhy}>
            Why?
          </button>
        </div>
      </div>
    </div>
  );
}
