// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IncomingWarning } from './IncomingWarning';
import { SendCheckDialog } from './SendCheckDialog';
import type { FindingItem } from './types';
import { WarningCard } from './WarningCard';

const items: FindingItem[] = [
  { key: 'a', verdict: 'violation', label: 'Email address', excerpt: 'jane.doe@example.com', advice: 'Remove it.' },
];

let root: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  // act() flushes effects (the dialog focuses Edit in one).
  act(() => {
    render(node, root);
  });
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('page UI', () => {
  it('the warning card shows the findings in words and wires Why? and the rewrite', () => {
    const onWhy = vi.fn();
    const onRewrite = vi.fn();
    const el = mount(
      <WarningCard
        verdict="violation"
        headline="Edit before sending."
        items={items}
        onWhy={onWhy}
        onRewrite={onRewrite}
      />,
    );
    const card = el.querySelector('[data-contact-guard="warning"]');
    expect(card?.textContent).toContain('Email address');
    expect(card?.textContent).toContain('jane.doe@example.com');
    (el.querySelector('[data-contact-guard="why"]') as HTMLButtonElement).click();
    (el.querySelector('[data-contact-guard="rewrite"]') as HTMLButtonElement).click();
    expect(onWhy).toHaveBeenCalledOnce();
    expect(onRewrite).toHaveBeenCalledOnce();
  });

  it('a caution card offers no rewrite', () => {
    const el = mount(<WarningCard verdict="caution" headline="Check this." items={items} onWhy={() => {}} />);
    expect(el.querySelector('[data-contact-guard="rewrite"]')).toBeNull();
  });

  it('the send check focuses Edit, and Escape means Edit', () => {
    const onEdit = vi.fn();
    const onSendAnyway = vi.fn();
    const el = mount(
      <SendCheckDialog
        headline="Not allowed"
        rule="Rule"
        items={items}
        onEdit={onEdit}
        onSendAnyway={onSendAnyway}
        onWhy={() => {}}
      />,
    );
    expect(document.activeElement?.getAttribute('data-contact-guard')).toBe('edit');
    el.querySelector('[data-contact-guard="send-check"]')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(onEdit).toHaveBeenCalledOnce();
    (el.querySelector('[data-contact-guard="send-anyway"]') as HTMLButtonElement).click();
    expect(onSendAnyway).toHaveBeenCalledOnce();
  });

  it('incoming notes render text as text', () => {
    const el = mount(<IncomingWarning kind="scam" text="<b>not markup</b>" onWhy={() => {}} />);
    const note = el.querySelector('[data-contact-guard="incoming-warning"]');
    expect(note?.getAttribute('data-kind')).toBe('scam');
    expect(note?.querySelector('b')).toBeNull();
    expect(note?.textContent).toContain('<b>not markup</b>');
  });
});
