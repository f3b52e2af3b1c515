// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings, type ThreadFactsMap } from '../lib/ext/storage';
import { countryOptions } from './country-options';
import { OptionsView, type SaveStatus } from './OptionsView';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const countries = countryOptions('en');

function mount(over: { settings?: Partial<Settings>; threads?: ThreadFactsMap; status?: SaveStatus } = {}) {
  const onChange = vi.fn();
  const onForget = vi.fn();
  act(() => {
    render(
      <OptionsView
        settings={{ ...defaultSettings(), defaultCountry: 'US', ...over.settings }}
        threads={over.threads ?? {}}
        countries={countries}
        status={over.status ?? 'idle'}
        onChange={onChange}
        onForget={onForget}
      />,
      root,
    );
  });
  return { onChange, onForget };
}

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('OptionsView', () => {
  it('shows the protective defaults', () => {
    mount();
    expect($<HTMLInputElement>('input[name="role"][value="unknown"]')?.checked).toBe(true);
    expect($<HTMLInputElement>('input[name="behaviour"][value="warn-and-confirm"]')?.checked).toBe(true);
    expect($<HTMLInputElement>('input[name="scamWarnings"]')?.checked).toBe(true);
    const switches = root.querySelectorAll<HTMLInputElement>('input[name^="category-"]');
    expect(switches.length).toBe(10);
    for (const s of switches) expect(s.checked).toBe(true);
    expect($<HTMLSelectElement>('[data-contact-guard="country-select"]')?.value).toBe('US');
  });

  it('every control has a label or a legend', () => {
    mount();
    for (const input of root.querySelectorAll('input, select, textarea')) {
      expect(input.closest('label'), input.outerHTML).not.toBeNull();
    }
    for (const fs of root.querySelectorAll('fieldset')) expect(fs.querySelector('legend')?.textContent).toBeTruthy();
  });

  it('reports each change as a patch', () => {
    const { onChange } = mount();
    act(() => $<HTMLInputElement>('input[name="role"][value="client"]')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ role: 'client' });
    act(() => $<HTMLInputElement>('input[name="behaviour"][value="warn-only"]')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ behaviour: 'warn-only' });
    act(() => $<HTMLInputElement>('input[name="category-phone"]')?.click());
    const patch = onChange.mock.lastCall?.[0] as Partial<Settings>;
    expect(patch.categories?.phone).toBe(false);
    expect(patch.categories?.email).toBe(true);
    act(() => $<HTMLInputElement>('input[name="scamWarnings"]')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ scamWarnings: false });
  });

  it('explains the Business plan caveat next to the plan choice', () => {
    mount();
    const note = $('[data-contact-guard="business-note"]');
    expect(note?.textContent).toMatch(/Business/);
    expect(note?.textContent).toMatch(/Enterprise alone/);
    expect(note?.closest('fieldset')?.querySelector('input[value="business"]')).not.toBeNull();
  });

  it('announces the save status politely', () => {
    mount({ status: 'saved' });
    const status = $('[data-contact-guard="save-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('Saved');
  });

  it('searches countries by name, keeps the current one visible, and Enter picks the first match', () => {
    const { onChange } = mount();
    const search = $<HTMLInputElement>('[data-contact-guard="country-search"]')!;
    typeInto(search, 'germ');
    const options = [...root.querySelectorAll<HTMLOptionElement>('[data-contact-guard="country-select"] option')];
    expect(options.map((o) => o.value)).toEqual(['US', 'DE']);
    act(() => {
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ defaultCountry: 'DE' });
  });

  it('lists thread facts without any text and forgets one or all', () => {
    const { onForget } = mount({
      threads: { room_0a1b: { contractOverride: 'active', updatedAt: Date.UTC(2026, 10, 1) } },
    });
    const row = $('[data-thread-id="room_0a1b"]');
    expect(row?.textContent).toContain('room_0a1b');
    expect(row?.textContent).toContain('Active');
    act(() => $<HTMLButtonElement>('button[aria-label="Forget thread room_0a1b"]')?.click());
    expect(onForget).toHaveBeenLastCalledWith('room_0a1b');
    const all = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Forget all threads');
    act(() => all?.click());
    expect(onForget).toHaveBeenLastCalledWith();
  });

  it('says so when no thread facts are saved', () => {
    mount();
    expect($('[data-contact-guard="threads-empty"]')).not.toBeNull();
  });
});
