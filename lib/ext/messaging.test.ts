import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONTEXT } from '../policy/types';
import { isEnvelope, onMessage, type PageState, sendToBackground } from './messaging';

beforeEach(() => {
  fakeBrowser.reset();
});

const state: PageState = {
  pageKind: 'message-thread',
  threadId: 't-1',
  contract: { status: 'none', evidence: ['no-contract-banner'], source: 'page' },
  selectorsFound: true,
  composerCount: 1,
};

describe('typed messaging', () => {
  it('routes a message to the handler for its name only', async () => {
    const removeState = onMessage('getPageState', () => state);
    const removeTake = onMessage('takeExplainerText', () => ({ text: 'hi', context: DEFAULT_CONTEXT }));
    expect(await sendToBackground('getPageState')).toEqual(state);
    expect(await sendToBackground('takeExplainerText')).toEqual({ text: 'hi', context: DEFAULT_CONTEXT });
    removeState();
    removeTake();
  });

  it('passes data and supports async handlers', async () => {
    let got: string | null = null;
    const remove = onMessage('openExplainer', async (data) => {
      got = data.text;
    });
    // (fakeBrowser drops falsy answers; in a browser a void handler answers null.)
    expect(await sendToBackground('openExplainer', { text: 'x', context: DEFAULT_CONTEXT })).toBeFalsy();
    expect(got).toBe('x');
    remove();
  });

  it('a removed handler no longer answers', async () => {
    let calls = 0;
    const remove = onMessage('getPageState', () => {
      calls++;
      return state;
    });
    remove();
    await sendToBackground('getPageState').catch(() => undefined);
    expect(calls).toBe(0);
  });

  it('ignores messages that are not ours', () => {
    expect(isEnvelope({ name: 'getPageState' })).toBe(false);
    expect(isEnvelope('getPageState')).toBe(false);
    expect(isEnvelope(null)).toBe(false);
    expect(isEnvelope({ tag: 'contact-guard/1', name: 'getPageState', data: undefined })).toBe(true);
  });
});
