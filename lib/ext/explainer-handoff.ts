/**
 * The background's half of the explainer hand-off.
 *
 * API: `installExplainerHandoff()` registers the `openExplainer` and `takeExplainerText`
 * handlers and returns a function that removes them. The text to explain lives only in a
 * variable here: never in a URL, never in storage. If the worker is suspended before the
 * explainer asks, the explainer gets null and shows its paste box.
 */
import { browser } from '#imports';
import { type ExplainerPayload, onMessage } from './messaging';

/** Longer text is cut: the explainer is for one message. */
export const MAX_EXPLAINER_CHARS = 20_000;
export const EXPLAINER_PATH = '/explain.html';

export function installExplainerHandoff(): () => void {
  let pending: ExplainerPayload | null = null;
  const explainUrl = browser.runtime.getURL(EXPLAINER_PATH as Parameters<typeof browser.runtime.getURL>[0]);

  const stopOpen = onMessage('openExplainer', async (data) => {
    if (!data || typeof data.text !== 'string') return;
    pending = { text: data.text.slice(0, MAX_EXPLAINER_CHARS), context: data.context };
    // tabs.create needs no 'tabs' permission.
    await browser.tabs.create({ url: explainUrl });
  });

  const stopTake = onMessage('takeExplainerText', (_data, sender) => {
    // Only our own explainer page may take the text, and only once.
    if (!sender.url?.startsWith(explainUrl)) return null;
    const taken = pending;
    pending = null;
    return taken;
  });

  return () => {
    stopOpen();
    stopTake();
    pending = null;
  };
}
