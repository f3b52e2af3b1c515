/**
 * The pre-send check. Enter (not Shift+Enter, not during IME composition) and clicks on the
 * send / submit control are caught in the capture phase on window, BEFORE the page sees
 * them, and stopped only when the current text has a violation. The check is synchronous
 * (a fresh scan is fast), so clean text goes through in the same task, undelayed. If
 * anything here throws, the event is left alone and the page sends as it would without us.
 *
 * "Send anyway" replays the page's own send path with a one-shot bypass: button.click() for
 * buttons, a keydown Enter on the editor (ProseMirror handles it like a keystroke). Both
 * dispatch synchronously, so the bypass flag is set only for the duration of that call.
 */

import { h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { SendCheckDialog } from '../../components/page/SendCheckDialog';
import type { PageKind } from '../../lib/ext/messaging';
import type { ScanResult } from '../../lib/scan';
import { findSendButton, isSendControl, OWN_UI_ATTRIBUTE } from '../../lib/site/upwork/find-composers';
import type { Check, ComposerGuard } from './composer-guard';
import { describeFindings, headlineFor, ruleLine } from './describe';
import { createPreactUi, type PreactUi } from './ui/mount-preact';

export interface SendCheckDeps {
  ctx: ContentScriptContext;
  guards: () => readonly ComposerGuard[];
  pageKind: () => PageKind;
  /** Whether the user's behaviour setting asks for a check before sending. */
  confirms: () => boolean;
  explain: (text: string, result: ScanResult) => void;
}

type Replay = { kind: 'enter'; guard: ComposerGuard } | { kind: 'click'; button: HTMLElement };

export function installSendCheck(deps: SendCheckDeps): void {
  const { ctx } = deps;
  let bypass = false;
  let dialog: PreactUi | null = null;
  let open = false;
  /** The send the open dialog holds back; released if the dialog cannot be shown. */
  let held: Replay | null = null;

  const isOwnUi = (event: Event): boolean =>
    event.composedPath().some((n) => n instanceof Element && n.hasAttribute(OWN_UI_ATTRIBUTE));

  const guardFor = (target: EventTarget | null): ComposerGuard | undefined =>
    target instanceof Node ? deps.guards().find((g) => g.element === target || g.element.contains(target)) : undefined;

  const violations = (guards: readonly ComposerGuard[]): { guard: ComposerGuard; check: Check }[] =>
    guards
      .map((guard) => ({ guard, check: guard.check() }))
      .filter(({ check }) => check.result.verdict === 'violation');

  // The modal's host covers the page; WXT's `:host{all:initial !important}` beats any
  // style we could set on it, so a closed dialog is removed, not hidden.
  const close = (): void => {
    open = false;
    held = null;
    dialog?.remove();
    dialog = null;
  };

  const replay = (action: Replay): void => {
    bypass = true;
    try {
      if (action.kind === 'click') {
        action.button.click();
      } else {
        action.guard.element.focus();
        action.guard.element.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'Enter',
            code: 'Enter',
            keyCode: 13,
            which: 13,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      }
    } finally {
      bypass = false;
    }
  };

  const showDialog = (found: { guard: ComposerGuard; check: Check }[], action: Replay): void => {
    const first = found[0];
    if (!first) return;
    dialog ??= createPreactUi(ctx, {
      name: 'contact-guard-send-check',
      anchor: document.body,
      append: 'last',
      position: 'modal',
      isolateEvents: true,
      // Fail open: a send we stopped but cannot explain goes through, as without us.
      onFail: () => {
        const action = held;
        close();
        if (action) replay(action);
      },
    });
    const items = found.flatMap(({ check }) => describeFindings(check.result, check.text));
    open = true;
    held = action;
    dialog.render(
      h(SendCheckDialog, {
        headline: headlineFor('violation'),
        rule: ruleLine(first.check.result),
        items,
        onEdit: () => {
          close();
          // Back to the draft as it was: focus only, nothing rewritten.
          first.guard.element.focus();
        },
        onSendAnyway: () => {
          close();
          replay(action);
        },
        onWhy: () => deps.explain(first.check.text, first.check.result),
      }),
    );
  };

  const stop = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      try {
        if (bypass || event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (open && isOwnUi(event)) return;
        if (!deps.confirms()) return;
        const guard = guardFor(event.target);
        // Enter sends only from the message composer; in a textarea it is a new line.
        if (guard?.composer.kind !== 'contenteditable' || guard.composer.role !== 'message') return;
        const found = violations([guard]);
        if (found.length === 0) return;
        // Dialog first: if it throws, the event is left to the page (fail open).
        showDialog(found, { kind: 'enter', guard });
        stop(event);
      } catch {
        // Leave the event to the page.
      }
    },
    { capture: true },
  );

  ctx.addEventListener(
    window,
    'click',
    (event: MouseEvent) => {
      try {
        if (bypass || !(event.target instanceof Element) || isOwnUi(event)) return;
        if (!deps.confirms()) return;
        const kind = deps.pageKind();
        const button = isSendControl(event.target, kind);
        if (!button) return;
        const guards = deps.guards();
        // A message Send button sends its own composer; a form's submit sends every box.
        const scoped = guards.filter(
          (g) => g.composer.role !== 'message' || findSendButton(g.composer, document) === button,
        );
        const found = violations(scoped.length > 0 ? scoped : guards);
        if (found.length === 0) return;
        showDialog(found, { kind: 'click', button });
        stop(event);
      } catch {
        // Leave the event to the page.
      }
    },
    { capture: true },
  );
}
