/**
 * Messages from the other party in the open thread: one that asks for contact or to move
 * off the platform before a contract gets a quiet scam warning, and one the marketplace
 * deleted gets a short "why was this removed?" note. The note is mounted AFTER the message
 * element, in its own shadow root; the message's own DOM is never touched.
 */

import { h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { IncomingWarning } from '../../components/page/IncomingWarning';
import { ADVICE_TEXT, REASON_TEXT } from '../../lib/policy/messages';
import { type ScanResult, scan } from '../../lib/scan';
import { closestOf, matchesAny, queryAll, queryFirst } from '../../lib/site/upwork/selectors';
import { faultAt } from './fault';
import type { PageTracker } from './page-state';
import { createPreactUi, type PreactUi } from './ui/mount-preact';

const DELETED_TEXT =
  'The marketplace removed this message. Messages are usually removed for sharing or asking for contact details, or for payment outside the platform, before a contract.';

function normaliseName(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\s{1,20}/gu, ' ')
    .trim()
    .toLowerCase();
}

interface Mounted {
  ui: PreactUi;
  /** What the note was computed from, so an unchanged message is not scanned again. */
  key: string;
}

export class IncomingWatcher {
  private readonly mounted = new Map<Element, Mounted>();

  private readonly ctx: ContentScriptContext;
  private readonly page: PageTracker;
  private readonly explain: (text: string, result: ScanResult | null) => void;

  constructor(
    ctx: ContentScriptContext,
    page: PageTracker,
    explain: (text: string, result: ScanResult | null) => void,
  ) {
    this.ctx = ctx;
    this.page = page;
    this.explain = explain;
  }

  /** Check every message of the thread on screen. Cheap when nothing changed. */
  update(): void {
    const kind = this.page.kind;
    const live = new Set<Element>();
    if ((kind === 'message-thread' || kind === 'contract-workroom') && this.page.settings?.scamWarnings !== false) {
      const other = normaliseName(queryFirst(document, 'roomTitle')?.textContent);
      for (const story of queryAll(document, 'story')) {
        const message = queryFirst(story, 'storyMessage');
        if (!message) continue;
        live.add(message);
        try {
          this.check(message, story, other);
        } catch {
          // One unreadable message must not stop the others.
        }
      }
    }
    for (const [message, m] of this.mounted) {
      if (!live.has(message) || !message.isConnected) {
        m.ui.remove();
        this.mounted.delete(message);
      }
    }
  }

  clear(): void {
    for (const m of this.mounted.values()) m.ui.remove();
    this.mounted.clear();
  }

  private check(message: Element, story: Element, other: string): void {
    const text = message.textContent ?? '';
    const deleted = matchesAny(message, 'deletedMessage');
    const key = `${this.page.version}|${deleted}|${text}`;
    const existing = this.mounted.get(message);
    if (existing?.key === key) return;

    let note: { kind: 'scam' | 'deleted'; text: string; result: ScanResult | null } | null = null;
    if (deleted) {
      note = { kind: 'deleted', text: DELETED_TEXT, result: null };
    } else {
      // Only the other party's messages: the sender's name is the room's title.
      const sender = normaliseName(queryFirst(story, 'storySender')?.textContent);
      if (other && sender && (sender === other || other.startsWith(sender))) {
        faultAt('detector'); // test-only seam, dead code in real builds (./fault.ts)
        const result = scan(text, this.page.scanContext('incoming'), this.page.detectOptions());
        if (result.verdict === 'violation') {
          const payment = result.judgements.some((j) => j.verdict === 'violation' && j.finding.category === 'payment');
          note = {
            kind: 'scam',
            text: `${REASON_TEXT['scam-pattern']} ${payment ? ADVICE_TEXT['incoming-payment'] : ADVICE_TEXT['incoming-contact']}`,
            result,
          };
        }
      }
    }

    if (!note) {
      existing?.ui.render(null);
      if (existing) existing.key = key;
      else
        this.mounted.set(message, {
          ui: createPreactUi(this.ctx, { name: 'contact-guard-incoming', anchor: message, append: 'after' }),
          key,
        });
      return;
    }
    const ui =
      existing?.ui ?? createPreactUi(this.ctx, { name: 'contact-guard-incoming', anchor: message, append: 'after' });
    this.mounted.set(message, { ui, key });
    const { kind, text: words, result } = note;
    ui.render(h(IncomingWarning, { kind, text: words, onWhy: () => this.explain(text, result) }));
  }
}

/** The story element a node belongs to, if any (to tell thread changes from other changes). */
export function storyOf(node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el ? closestOf(el, 'story') : null;
}
