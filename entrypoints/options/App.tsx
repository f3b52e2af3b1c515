import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countryOptions } from '../../components/country-options';
import { OptionsView, type SaveStatus } from '../../components/OptionsView';
import { t } from '../../lib/ext/i18n';
import {
  clearThreadFacts,
  defaultSettings,
  getSettings,
  listThreadFacts,
  type Settings,
  type ThreadFactsMap,
  updateSettings,
  watchSettings,
  watchThreadFacts,
} from '../../lib/ext/storage';

/** Wires the options view to storage: load, save each change in order, follow other tabs. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [threads, setThreads] = useState<ThreadFactsMap>({});
  const [status, setStatus] = useState<SaveStatus>('idle');
  // Saves run one after another so two quick changes cannot overwrite each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const countries = useMemo(() => countryOptions(navigator.language), []);

  useEffect(() => {
    document.title = t('optionsTitle');
    let alive = true;
    getSettings()
      .then((s) => alive && setSettings(s))
      .catch(() => alive && setSettings(defaultSettings()));
    listThreadFacts().then((f) => alive && setThreads(f));
    const unwatchSettings = watchSettings(setSettings);
    const unwatchThreads = watchThreadFacts(setThreads);
    return () => {
      alive = false;
      unwatchSettings();
      unwatchThreads();
    };
  }, []);

  if (!settings) return null;

  const onChange = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    setStatus('saving');
    queue.current = queue.current
      .then(() => updateSettings(patch))
      .then(
        () => setStatus('saved'),
        () => setStatus('error'),
      );
  };

  const onForget = (id?: string) => {
    clearThreadFacts(id).catch(() => setStatus('error'));
  };

  return (
    <OptionsView
      settings={settings}
      threads={threads}
      countries={countries}
      status={status}
      onChange={onChange}
      onForget={onForget}
    />
  );
}
