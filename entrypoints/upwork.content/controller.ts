/**
 * Wires the content script: keeps the set of guarded compose boxes in step with what the
 * single-page app renders (one MutationObserver on the app root + `wxt:locationchange`,
 * no polling), re-reads the page kind and the thread's contract status on every change,
 * watches incoming messages, installs the pre-send check and answers the popup.
 */
import type { ContentScriptContext } from '#imports';
import { onMessage, sendToBackground } from '../../lib/ext/messaging';
import { resolveContext, type ScanResult, scan } from '../../lib/scan';
import { findComposers, hasSpecificSelectors, OWN_UI_ATTRIBUTE } from '../../lib/site/upwork/find-composers';
import { queryFirst } from '../../lib/site/upwork/selectors';
import { ComposerGuard } from './composer-guard';
import { faultAt } from './fault';
import { RangeHighlights } from './highlighter';
import { IncomingWatcher } from './incoming';
import { PageTracker } from './page-state';
import { installSendCheck } from './send-check';

/** Coalesces bursts of DOM changes (a room re-render) into one re-read. */
const REFRESH_DELAY_MS = 40;

export async function startContactGuard(ctx: ContentScriptContext): Promise<void> {
  const page = new PageTracker();
  const highlights = new RangeHighlights();
  const guards = new Map<HTMLElement, ComposerGuard>();

  const explain = (text: string, result: ScanResult | null): void => {
    const context = result?.context ?? resolveContext(page.scanContext('outgoing'));
    sendToBackground('openExplainer', { text, context }).catch(() => {
      // The explainer is optional; nothing to do if the background is unavailable.
    });
  };
  const incoming = new IncomingWatcher(ctx, page, explain);

  // Answer the popup from the start, even before settings have loaded.
  const stopAnswering = onMessage('getPageState', () => {
    page.refresh();
    return page.state();
  });
  ctx.onInvalidated(() => {
    try {
      stopAnswering();
    } catch {
      // Extension updated or removed: the listener went with it (the API now throws).
    }
  });

  const deps = { ctx, page, highlights, explain };
  const refresh = (): void => {
    try {
      const contextChanged = page.refresh();
      const found = findComposers(document, page.kind);
      const current = new Set(found.map((c) => c.element));
      for (const [el, guard] of guards) {
        if (!current.has(el) || !el.isConnected) {
          guard.destroy();
          guards.delete(el);
        } else if (contextChanged) guard.refresh();
      }
      for (const composer of found) {
        if (!guards.has(composer.element)) guards.set(composer.element, new ComposerGuard(composer, deps));
      }
      page.composerCount = guards.size;
      page.selectorsFound = hasSpecificSelectors(found, document, page.kind);
      incoming.update();
    } catch {
      // Reading the page failed: the page itself keeps working.
    }
  };

  let pending = false;
  const scheduleRefresh = (): void => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      refresh();
    }, REFRESH_DELAY_MS);
  };

  const isOwn = (node: Node): boolean => node instanceof Element && node.hasAttribute(OWN_UI_ATTRIBUTE);
  const observer = new MutationObserver((records) => {
    let structural = false;
    for (const record of records) {
      const target = record.target;
      const guard = Array.from(guards.values()).find((g) => g.element.contains(target));
      if (guard) {
        // Typing, or the page clearing the box after sending: re-check that box only.
        guard.poke();
        continue;
      }
      if (isOwn(target) || (target instanceof Element && target.closest(`[${OWN_UI_ATTRIBUTE}]`))) continue;
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      if (record.type === 'childList' && nodes.length > 0 && nodes.every(isOwn)) continue;
      structural = true;
    }
    if (structural) scheduleRefresh();
  });
  const root = queryFirst(document, 'appRoot') ?? document.body;
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'data-ev-label', 'contenteditable'],
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    highlights.clear();
    incoming.clear();
  });
  ctx.addEventListener(window, 'wxt:locationchange', scheduleRefresh);

  installSendCheck({
    ctx,
    guards: () => Array.from(guards.values()),
    pageKind: () => page.kind,
    confirms: () => page.confirms,
    explain,
  });

  page.refresh();
  refresh();
  // The detectors' first run compiles their patterns; do it while the page is idle, on a
  // synthetic sample, so the cost never lands on the user's first keystrokes or on Send.
  // V8 compiles each pattern on first use, SEPARATELY for one-byte (Latin-1) and two-byte
  // strings, and tiers it up after a few runs on long input. Measured in Chromium: the first
  // 3,000-character two-byte scan took ~215 ms, later ones <5 ms; a textarea's value is
  // often two-byte. So samples of both kinds run a few times, one idle slot each.
  const SAMPLE = 'Warm-up text: mail a.b@example.com, call +1 555 0100, pay by PayPal, zoom.us/j/1. ';
  const WARM_ROUNDS = [1, 1, 12, 12, 36, 36, 36, 36] as const;
  const warm = (round: number): void => {
    const repeat = WARM_ROUNDS[round];
    if (repeat === undefined) return;
    ctx.requestIdleCallback(
      () => {
        const text = SAMPLE.repeat(repeat);
        try {
          faultAt('detector'); // test-only seam, dead code in real builds (./fault.ts)
          scan(round % 2 === 0 ? text : `${text}\u2019`, page.scanContext('outgoing'));
        } catch {
          return; // A failing detector only costs the warm-up; each check catches its own.
        }
        warm(round + 1);
      },
      { timeout: 3000 },
    );
  };
  warm(0);
  await page.load(() => {
    for (const guard of guards.values()) guard.refresh();
    incoming.update();
  }, ctx.signal);
  for (const guard of guards.values()) guard.refresh();
  incoming.update();
}
