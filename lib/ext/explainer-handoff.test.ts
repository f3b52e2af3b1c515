import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONTEXT } from '../policy/types';
import { EXPLAINER_PATH, installExplainerHandoff, MAX_EXPLAINER_CHARS } from './explainer-handoff';

const EXPLAIN_URL = fakeBrowser.runtime.getURL(EXPLAINER_PATH);

// fakeBrowser's sendMessage passes no sender, so the listeners are triggered directly.
async function ask(name: string, data: unknown, sender: { url?: string }) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ tag: 'contact-guard/1', name, data }, sender);
  return answers.find((a: unknown) => a !== undefined);
}

let uninstall: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  uninstall = installExplainerHandoff();
});
afterEach(() => uninstall());

describe('explainer hand-off', () => {
  it('keeps the text in memory, opens explain.html without the text in the URL, and hands it over once', async () => {
    const text = 'call 555-0100';
    await ask('openExplainer', { text, context: DEFAULT_CONTEXT }, { url: 'https://www.upwork.com/ab/messages' });
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((t) => t.url?.startsWith(EXPLAIN_URL));
    expect(opened?.url).toBe(EXPLAIN_URL);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    expect(await ask('takeExplainerText', undefined, { url: EXPLAIN_URL })).toEqual({ text, context: DEFAULT_CONTEXT });
    expect(await ask('takeExplainerText', undefined, { url: EXPLAIN_URL })).toBeNull();
  });

  it('gives the text to nobody but the explainer page', async () => {
    await ask('openExplainer', { text: 'x', context: DEFAULT_CONTEXT }, {});
    expect(await ask('takeExplainerText', undefined, { url: 'https://www.upwork.com/' })).toBeNull();
    expect(await ask('takeExplainerText', undefined, {})).toBeNull();
    expect(await ask('takeExplainerText', undefined, { url: EXPLAIN_URL })).toMatchObject({ text: 'x' });
  });

  it('cuts very long text', async () => {
    await ask('openExplainer', { text: 'a'.repeat(50_000), context: DEFAULT_CONTEXT }, {});
    const taken = (await ask('takeExplainerText', undefined, { url: EXPLAIN_URL })) as { text: string };
    expect(taken.text.length).toBe(MAX_EXPLAINER_CHARS);
  });
});
