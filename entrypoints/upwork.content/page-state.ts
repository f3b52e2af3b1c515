/**
 * What the content script knows about the page: kind, thread, the thread's contract status
 * (read from the page, unless the user's per-thread override from the popup says otherwise),
 * and the user's settings. Kept current from storage watchers and re-read on navigation.
 */

import type { DetectOptions } from '../../lib/detect/types';
import { CATEGORIES } from '../../lib/detect/types';
import type { PageKind, PageState } from '../../lib/ext/messaging';
import {
  getSettings,
  listThreadFacts,
  type Settings,
  type ThreadFactsMap,
  watchSettings,
  watchThreadFacts,
} from '../../lib/ext/storage';
import type { Direction } from '../../lib/policy/types';
import type { ScanContext } from '../../lib/scan';
import { type ContractReading, readContractStatus } from '../../lib/site/upwork/read-contract-status';
import { readPageKind, readThreadId, surfaceOf } from '../../lib/site/upwork/read-page-kind';

export class PageTracker {
  kind: PageKind = 'other';
  threadId: string | null = null;
  reading: ContractReading = { status: 'unknown', evidence: [] };
  settings: Settings | null = null;
  facts: ThreadFactsMap = {};
  selectorsFound = false;
  composerCount = 0;
  /** Bumped whenever anything that changes a verdict changes, so cached scans are dropped. */
  version = 0;

  async load(onChange: () => void, signal: AbortSignal): Promise<void> {
    const [settings, facts] = await Promise.all([getSettings(), listThreadFacts()]);
    this.settings = settings;
    this.facts = facts;
    this.version++;
    const unwatchSettings = watchSettings((s) => {
      this.settings = s;
      this.version++;
      onChange();
    });
    const unwatchFacts = watchThreadFacts((f) => {
      this.facts = f;
      this.version++;
      onChange();
    });
    signal.addEventListener('abort', () => {
      // After an update or removal the extension's APIs throw ("Extension context
      // invalidated"); their listeners are gone with it, and the error must not reach the page.
      for (const unwatch of [unwatchSettings, unwatchFacts]) {
        try {
          unwatch();
        } catch {
          // Nothing left to unwatch.
        }
      }
    });
  }

  /** Re-read kind, thread and contract status from the URL and the DOM. True when changed. */
  refresh(): boolean {
    const kind = readPageKind(location.href, document);
    const threadId = readThreadId(location.href);
    const reading = readContractStatus(document, kind);
    const changed =
      kind !== this.kind ||
      threadId !== this.threadId ||
      reading.status !== this.reading.status ||
      reading.evidence.join() !== this.reading.evidence.join();
    if (changed) {
      this.kind = kind;
      this.threadId = threadId;
      this.reading = reading;
      this.version++;
    }
    return changed;
  }

  contract(): PageState['contract'] {
    const override = this.threadId ? this.facts[this.threadId]?.contractOverride : undefined;
    if (override)
      return { status: override, evidence: ['user-override', ...this.reading.evidence], source: 'override' };
    return { ...this.reading, source: 'page' };
  }

  state(): PageState {
    return {
      pageKind: this.kind,
      threadId: this.threadId,
      contract: this.contract(),
      selectorsFound: this.selectorsFound,
      composerCount: this.composerCount,
    };
  }

  scanContext(direction: Direction): ScanContext {
    const contract = this.contract();
    const plan = (this.threadId ? this.facts[this.threadId]?.clientPlan : undefined) ?? this.settings?.clientPlan;
    return {
      surface: surfaceOf(this.kind),
      direction,
      contract: { status: contract.status, evidence: contract.evidence },
      role: this.settings?.role ?? 'unknown',
      clientPlan: plan ?? 'unknown',
      declared: null,
    };
  }

  detectOptions(): DetectOptions {
    const s = this.settings;
    if (!s) return {};
    return { defaultCountry: s.defaultCountry, categories: CATEGORIES.filter((c) => s.categories[c]) };
  }

  /** Warn while typing (card and highlights)? */
  get warns(): boolean {
    return this.settings?.behaviour !== 'confirm-only';
  }

  /** Stop Send on a violation? */
  get confirms(): boolean {
    return this.settings?.behaviour !== 'warn-only';
  }
}
