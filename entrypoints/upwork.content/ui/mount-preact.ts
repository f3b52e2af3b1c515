/**
 * One open shadow root per piece of page UI (WXT `createShadowRootUi`), with one Preact
 * root that is re-rendered in place. Creation is async, so callers keep ONE handle per
 * compose box / message / page and render through it; renders requested before the root
 * exists are kept and applied once it does (no duplicate UIs from racing keystrokes).
 */

import { type ComponentChild, render } from 'preact';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { PAGE_UI_CSS } from '../../../components/page/page-styles';
import { OWN_UI_ATTRIBUTE } from '../../../lib/site/upwork/find-composers';
import { faultAt } from '../fault';

export interface PreactUi {
  /** Render (or with null, clear) the UI. Safe to call before the root exists. */
  render: (node: ComponentChild | null) => void;
  remove: () => void;
  readonly host: HTMLElement | null;
}

export interface MountOptions {
  name: string;
  anchor: Element;
  append: 'before' | 'after' | 'last';
  position?: 'inline' | 'modal';
  /** Stop keyboard events from bubbling out of the UI into the page's handlers. */
  isolateEvents?: boolean;
  /** Called when the UI could not be mounted or rendered (the caller may fall back). */
  onFail?: () => void;
}

export function createPreactUi(ctx: ContentScriptContext, options: MountOptions): PreactUi {
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let pending: ComponentChild | null = null;
  let removed = false;
  let mounting = false;

  const apply = (node: ComponentChild | null): void => {
    if (!container || !host) return;
    // An empty inline UI takes no space; (hiding the host by style would not work: the
    // shadow root's `:host{all:initial !important}` wins over it).
    render(node, container);
  };

  const ensure = (): void => {
    if (mounting || container || removed) return;
    mounting = true;
    createShadowRootUi(ctx, {
      name: options.name,
      position: options.position ?? 'inline',
      ...(options.position === 'modal' ? { zIndex: 2147483646 } : {}),
      anchor: options.anchor,
      append: options.append,
      mode: 'open',
      css: PAGE_UI_CSS,
      isolateEvents: options.isolateEvents ?? false,
      onMount: (uiContainer, _shadow, shadowHost) => {
        shadowHost.setAttribute(OWN_UI_ATTRIBUTE, options.name);
        container = uiContainer;
        host = shadowHost;
      },
      onRemove: () => {
        if (container) render(null, container);
      },
    })
      .then((ui) => {
        faultAt('ui'); // test-only seam, dead code in real builds (../fault.ts)
        if (removed || !options.anchor.isConnected) {
          removed = true;
          return;
        }
        ui.mount();
        uiHandle = ui;
        apply(pending);
      })
      .catch(() => {
        // The page keeps working without our UI.
        removed = true;
        options.onFail?.();
      });
  };

  let uiHandle: { remove: () => void } | null = null;

  return {
    render(node) {
      pending = node;
      if (container) apply(node);
      else if (node !== null) ensure();
    },
    remove() {
      removed = true;
      try {
        uiHandle?.remove();
      } catch {
        // Already gone with its anchor.
      }
      host?.remove();
      container = null;
      host = null;
    },
    get host() {
      return host;
    },
  };
}
