// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { explain } from '../../lib/policy/explain';
import { DEFAULT_CONTEXT, type PolicyContext } from '../../lib/policy/types';
import { ExplainView } from './ExplainView';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function Harness({ initial, onCopy }: { initial: string; onCopy(t: string): Promise<boolean> }) {
  const [text, setText] = useState(initial);
  const [context, setContext] = useState<PolicyContext>(DEFAULT_CONTEXT);
  return (
    <ExplainView
      text={text}
      context={context}
      explanation={explain(text, context)}
      onText={setText}
      onContext={setContext}
      onCopy={onCopy}
    />
  );
}

const $ = (sel: string) => root.querySelector(sel) as HTMLElement;

function mount(text: string, onCopy = vi.fn(async () => true)) {
  act(() => {
    render(<Harness initial={text} onCopy={onCopy} />, root);
  });
  return onCopy;
}

function choose(id: string, value: string) {
  const select = $(`#${id}`) as HTMLSelectElement;
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ExplainView', () => {
  it('marks the words, gives a card per finding and a violation verdict before a contract', () => {
    mount('Write to me at jane.doe@example.com please');
    expect($('[data-contact-guard="explain-verdict"]').dataset.verdict).toBe('violation');
    expect($('mark.cg-mark').textContent).toBe('jane.doe@example.com');
    const cards = root.querySelectorAll('[data-contact-guard="finding-card"]');
    expect(cards.length).toBe(1);
    expect((cards[0] as HTMLElement).dataset.category).toBe('email');
    expect(cards[0]?.textContent).toContain('User Agreement');
    expect($('[data-contact-guard="thread-trap"]')).not.toBeNull();
  });

  it('updates the verdict when the context changes', () => {
    mount('Write to me at jane.doe@example.com please');
    choose('cg-contract', 'active');
    expect($('[data-contact-guard="explain-verdict"]').dataset.verdict).toBe('ok');
    expect($('[data-contact-guard="thread-trap"]')).toBeNull();
    choose('cg-contract', 'none');
    choose('cg-declared', 'systems-access');
    expect($('[data-contact-guard="explain-verdict"]').dataset.verdict).not.toBe('violation');
  });

  it('updates as the user types, and a clean message has no cards and no rewrite', () => {
    mount('');
    const input = $('[data-contact-guard="explain-input"]') as HTMLTextAreaElement;
    act(() => {
      input.value = 'The draft is ready for review.';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($('[data-contact-guard="explain-verdict"]').dataset.verdict).toBe('ok');
    expect(root.querySelectorAll('[data-contact-guard="finding-card"]').length).toBe(0);
    expect($('[data-contact-guard="rewrite"]')).toBeNull();
  });

  it('offers a safe rewrite without the email, and copies it', async () => {
    const onCopy = mount('Write to me at jane.doe@example.com please');
    const rewrite = ($('[data-contact-guard="rewrite-text"]') as HTMLTextAreaElement).value;
    expect(rewrite).not.toContain('jane.doe@example.com');
    expect(rewrite.startsWith('Write to me at')).toBe(true);
    await act(async () => {
      $('[data-contact-guard="copy-rewrite"]').click();
    });
    expect(onCopy).toHaveBeenCalledWith(rewrite);
    expect(root.textContent).toContain('Copied.');
  });

  it('renders message text as text, never as HTML', () => {
    mount('<img src=x onerror=alert(1)> jane.doe@example.com');
    expect(root.querySelector('img')).toBeNull();
    expect($('[data-contact-guard="highlighted-text"]').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
