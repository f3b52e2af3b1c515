// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextFor, exceptionsFor } from '../lib/ext/context';
import type { PageState } from '../lib/ext/messaging';
import { defaultSettings, type Settings, type ThreadFacts } from '../lib/ext/storage';
import { EXCEPTION_TEXT, REASON_TEXT } from '../lib/policy/messages';
import type { PolicyContext } from '../lib/policy/types';
import { scan } from '../lib/scan';
import type { PageInfo } from './PageStatus';
import { PopupView } from './PopupView';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const thread: PageState = {
  pageKind: 'message-thread',
  threadId: 'room_5eed',
  contract: { status: 'none', evidence: ['no-contract-link'], source: 'page' },
  selectorsFound: true,
  composerCount: 1,
};

function mount(page: PageInfo, opts: { settings?: Partial<Settings>; facts?: ThreadFacts | null } = {}) {
  const settings = { ...defaultSettings(), defaultCountry: 'US', ...opts.settings };
  const facts = opts.facts ?? null;
  const context = contextFor(page.kind === 'page' ? page.state : null, settings, facts);
  const handlers = {
    onOverride: vi.fn(),
    onThreadPlan: vi.fn(),
    onExplain: vi.fn(),
    onOpenOptions: vi.fn(),
  };
  const check = (text: string, ctx: PolicyContext) => scan(text, ctx, { defaultCountry: settings.defaultCountry });
  act(() => {
    render(
      <PopupView
        page={page}
        settings={settings}
        facts={facts}
        context={context}
        considered={exceptionsFor(context)}
        check={check}
        {...handlers}
      />,
      root,
    );
  });
  return { ...handlers, context };
}

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);

function typeInto(el: HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('PopupView: the page', () => {
  it('while asking the tab, says so', () => {
    mount({ kind: 'loading' });
    expect($('[data-contact-guard="page-loading"]')).not.toBeNull();
  });

  it('on a page without the content script, says so and still offers the checker', () => {
    mount({ kind: 'not-marketplace' });
    expect($('[data-contact-guard="not-marketplace"]')?.textContent).toMatch(/not an Upwork page/);
    expect($('[data-contact-guard="checker-input"]')).not.toBeNull();
    expect($('[data-contact-guard="contract-status"]')).toBeNull();
    expect($('[data-contact-guard="exceptions"]')).toBeNull();
  });

  it('shows page kind, contract status with evidence and where it came from', () => {
    mount({ kind: 'page', state: thread });
    expect($('[data-contact-guard="page-kind"]')?.textContent).toBe('Message thread');
    const status = $('[data-contact-guard="contract-status"]');
    expect(status?.getAttribute('data-status')).toBe('none');
    expect(status?.textContent).toBe('None');
    expect($('[data-contact-guard="contract-evidence"]')?.textContent).toBe('no contract link');
    expect($('[data-contact-guard="contract-source"]')?.getAttribute('data-source')).toBe('page');
  });

  it('the override select writes an override or clears it', () => {
    const { onOverride } = mount({ kind: 'page', state: thread });
    const select = $<HTMLSelectElement>('[data-contact-guard="contract-override"]')!;
    expect(select.value).toBe('page');
    choose(select, 'active');
    expect(onOverride).toHaveBeenLastCalledWith('active');
    choose(select, 'page');
    expect(onOverride).toHaveBeenLastCalledWith(null);
  });

  it('shows a stored override as selected and as the source', () => {
    mount(
      { kind: 'page', state: { ...thread, contract: { status: 'active', evidence: [], source: 'override' } } },
      { facts: { contractOverride: 'active', updatedAt: 1 } },
    );
    expect($<HTMLSelectElement>('[data-contact-guard="contract-override"]')?.value).toBe('active');
    expect($('[data-contact-guard="contract-status"]')?.getAttribute('data-status')).toBe('active');
    expect($('[data-contact-guard="contract-source"]')?.textContent).toMatch(/set by you/);
  });

  it('the per-thread plan select writes the plan for this thread', () => {
    const { onThreadPlan } = mount({ kind: 'page', state: thread }, { settings: { clientPlan: 'basic' } });
    const select = $<HTMLSelectElement>('[data-contact-guard="thread-plan"]')!;
    expect(select.options[0]?.textContent).toBe('Same as settings (Basic)');
    choose(select, 'enterprise');
    expect(onThreadPlan).toHaveBeenLastCalledWith('enterprise');
  });

  it('lists the exceptions in the policy engine’s words', () => {
    mount({ kind: 'page', state: thread }, { facts: { clientPlan: 'enterprise', updatedAt: 1 } });
    const items = [...root.querySelectorAll('[data-contact-guard="exceptions"] li')];
    const enterprise = items.find((li) => li.getAttribute('data-exception') === 'enterprise-plan');
    expect(enterprise?.getAttribute('data-outcome')).toBe('applies');
    expect(enterprise?.textContent).toContain(EXCEPTION_TEXT['enterprise-plan'].name);
    expect(enterprise?.textContent).toContain(REASON_TEXT['plan-enterprise']);
    const contract = items.find((li) => li.getAttribute('data-exception') === 'active-contract');
    expect(contract?.getAttribute('data-outcome')).toBe('does-not-apply');
    expect(contract?.textContent).toContain(REASON_TEXT['contract-none']);
  });

  it('shows the user’s role and the plan in force', () => {
    mount(
      { kind: 'page', state: thread },
      { settings: { role: 'freelancer' }, facts: { clientPlan: 'plus', updatedAt: 1 } },
    );
    expect($('[data-contact-guard="you"]')?.textContent).toBe('You: Freelancer · Client plan: Plus');
  });
});

describe('PopupView: the checker', () => {
  it('judges pasted text and announces it', () => {
    mount({ kind: 'not-marketplace' });
    const input = $<HTMLTextAreaElement>('[data-contact-guard="checker-input"]')!;
    typeInto(input, 'write to jo.doe@example.com please');
    const result = $('[data-contact-guard="checker-result"]')!;
    expect(result.getAttribute('aria-live')).toBe('polite');
    expect(result.getAttribute('data-verdict')).toBe('violation');
    const item = result.querySelector('[data-category="email"]');
    expect(item?.getAttribute('data-verdict')).toBe('violation');
    expect(item?.querySelector('q')?.textContent).toBe('jo.doe@example.com');
    expect(item?.textContent).toContain(REASON_TEXT['contact-pre-contract']);
  });

  it('uses the page’s context: an active contract thread allows the email', () => {
    mount({ kind: 'page', state: { ...thread, contract: { status: 'active', evidence: ['x'], source: 'page' } } });
    typeInto($<HTMLTextAreaElement>('[data-contact-guard="checker-input"]')!, 'write to jo.doe@example.com please');
    expect($('[data-contact-guard="checker-result"]')?.getAttribute('data-verdict')).toBe('ok');
  });

  it('says nothing was found for clean text', () => {
    mount({ kind: 'not-marketplace' });
    typeInto($<HTMLTextAreaElement>('[data-contact-guard="checker-input"]')!, 'The draft is ready for review.');
    expect($('[data-contact-guard="checker-result"]')?.textContent).toContain(REASON_TEXT['nothing-found']);
  });

  it('opens the explainer with the text and the context', () => {
    const { onExplain, context } = mount({ kind: 'not-marketplace' });
    const button = $<HTMLButtonElement>('[data-contact-guard="checker-explain"]')!;
    expect(button.disabled).toBe(true);
    typeInto($<HTMLTextAreaElement>('[data-contact-guard="checker-input"]')!, 'call 555-0100');
    act(() => button.click());
    expect(onExplain).toHaveBeenCalledWith('call 555-0100', context);
  });
});
