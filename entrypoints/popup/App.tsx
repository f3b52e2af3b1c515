import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { PageInfo } from '../../components/PageStatus';
import { PopupView } from '../../components/PopupView';
import { CATEGORIES } from '../../lib/detect/types';
import { contextFor, exceptionsFor } from '../../lib/ext/context';
import { sendToBackground, trySendToTab } from '../../lib/ext/messaging';
import {
  defaultSettings,
  getSettings,
  listThreadFacts,
  type Settings,
  setThreadOverride,
  setThreadPlan,
  type ThreadFactsMap,
  watchSettings,
  watchThreadFacts,
} from '../../lib/ext/storage';
import type { PolicyContext } from '../../lib/policy/types';
import { scan } from '../../lib/scan';

/** `?tabId=N` describes that tab (tests); otherwise the active tab of this window. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d{1,12}$/u.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readPage(tabId: number | null): Promise<PageInfo> {
  if (tabId === null) return { kind: 'not-marketplace' };
  const state = await trySendToTab(tabId, 'getPageState');
  return state ? { kind: 'page', state } : { kind: 'not-marketplace' };
}

export function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [page, setPage] = useState<PageInfo>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [threads, setThreads] = useState<ThreadFactsMap>({});

  useEffect(() => {
    let alive = true;
    targetTabId()
      .catch(() => null)
      .then((id) => {
        if (!alive) return;
        setTabId(id);
        readPage(id).then((p) => alive && setPage(p));
      });
    getSettings().then((s) => alive && setSettings(s));
    listThreadFacts().then((f) => alive && setThreads(f));
    const unwatchSettings = watchSettings(setSettings);
    const unwatchThreads = watchThreadFacts(setThreads);
    return () => {
      alive = false;
      unwatchSettings();
      unwatchThreads();
    };
  }, []);

  const threadId = page.kind === 'page' ? page.state.threadId : null;
  const facts = threadId ? (threads[threadId] ?? null) : null;
  const wanted = facts?.contractOverride;

  // The content script follows storage on its own; ask it again until it reports the
  // override the user just set (or cleared), a few times at most per change.
  const reconciled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (tabId == null || page.kind !== 'page' || !threadId) return;
    const key = `${threadId}:${wanted ?? ''}`;
    const applied = page.state.contract.source === 'override' ? page.state.contract.status : undefined;
    if (applied === wanted || reconciled.current === key) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const retry = () => {
      tries++;
      readPage(tabId).then((p) => {
        const nowApplied =
          p.kind === 'page' && p.state.contract.source === 'override' ? p.state.contract.status : undefined;
        if (nowApplied === wanted || tries >= 10) {
          reconciled.current = key;
          setPage(p);
        } else timer = setTimeout(retry, 100);
      });
    };
    retry();
    return () => clearTimeout(timer);
  }, [tabId, page, threadId, wanted]);

  const state = page.kind === 'page' ? page.state : null;
  const context: PolicyContext = useMemo(() => contextFor(state, settings, facts), [state, settings, facts]);
  const considered = useMemo(() => exceptionsFor(context), [context]);
  const enabled = useMemo(() => CATEGORIES.filter((c) => settings.categories[c]), [settings]);
  const check = useCallback(
    (text: string, ctx: PolicyContext) =>
      scan(text, ctx, { defaultCountry: settings.defaultCountry, categories: enabled }),
    [settings.defaultCountry, enabled],
  );

  return (
    <PopupView
      page={page}
      settings={settings}
      facts={facts}
      context={context}
      considered={considered}
      check={check}
      onOverride={(status) => threadId && setThreadOverride(threadId, status)}
      onThreadPlan={(plan) => threadId && setThreadPlan(threadId, plan)}
      onExplain={(text, ctx) => {
        sendToBackground('openExplainer', { text, context: ctx }).finally(() => window.close());
      }}
      onOpenOptions={() => {
        browser.runtime.openOptionsPage().finally(() => window.close());
      }}
    />
  );
}
