import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../detect/types';
import {
  clearThreadFacts,
  defaultSettings,
  getSettings,
  getThreadFacts,
  listThreadFacts,
  localeCountry,
  MAX_THREADS,
  SETTINGS_VERSION,
  sanitizeSettings,
  setThreadOverride,
  setThreadPlan,
  settingsItem,
  settingsMigrations,
  threadFactsItem,
  updateSettings,
  watchSettings,
  watchThreadFacts,
} from './storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('protect the user: every category on, warn and confirm, scam warnings on, no plan assumed', () => {
    const d = defaultSettings();
    expect(d.behaviour).toBe('warn-and-confirm');
    expect(d.scamWarnings).toBe(true);
    expect(d.clientPlan).toBe('unknown');
    expect(d.role).toBe('unknown');
    for (const c of CATEGORIES) expect(d.categories[c]).toBe(true);
  });

  it('takes the country from the locale region, else US', () => {
    expect(localeCountry('en-GB')).toBe('GB');
    expect(localeCountry('de')).toBe('DE'); // maximized: de → de-Latn-DE
    expect(localeCountry('pt-BR')).toBe('BR');
    expect(localeCountry('')).toBe('US');
    expect(localeCountry('not a tag!!')).toBe('US');
  });

  it('reads the locale when read, not when the module loaded', async () => {
    vi.stubGlobal('navigator', { language: 'fr-CA' });
    try {
      expect((await getSettings()).defaultCountry).toBe('CA');
      expect(settingsItem.fallback.defaultCountry).toBe('CA');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('an empty store reads as the defaults', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
  });
});

describe('sanitizeSettings', () => {
  it('repairs broken or unknown fields field by field', () => {
    const s = sanitizeSettings({
      role: 'pirate',
      clientPlan: 'enterprise',
      defaultCountry: 'gb',
      behaviour: 'shout',
      categories: { phone: false, email: 'no' },
      scamWarnings: 'yes',
    });
    expect(s.role).toBe('unknown');
    expect(s.clientPlan).toBe('enterprise');
    expect(s.defaultCountry).toBe('GB');
    expect(s.behaviour).toBe('warn-and-confirm');
    expect(s.categories.phone).toBe(false);
    expect(s.categories.email).toBe(true);
    expect(s.scamWarnings).toBe(true);
  });

  it('rejects a country that is not two letters', () => {
    expect(sanitizeSettings({ defaultCountry: 'USA' }).defaultCountry).toBe(defaultSettings().defaultCountry);
  });
});

describe('settings migrations', () => {
  async function seed(value: unknown, version: number) {
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: version } });
  }

  // Every older version must arrive at the current shape.
  const olderVersions = [
    {
      version: 1,
      value: { warnOnly: true, country: 'gb' },
      expected: { behaviour: 'warn-only', defaultCountry: 'GB' },
    },
    { version: 1, value: { warnOnly: false, country: 'xx1' }, expected: { behaviour: 'warn-and-confirm' } },
    {
      version: 2,
      value: { role: 'client', country: 'de', behaviour: 'confirm-only', disabledCategories: ['link', 'address'] },
      expected: { role: 'client', behaviour: 'confirm-only', defaultCountry: 'DE' },
    },
  ];

  it('covers every version below the current one', () => {
    const versions = new Set(olderVersions.map((o) => o.version));
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(versions.has(v)).toBe(true);
    expect(Object.keys(settingsMigrations).map(Number)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it.each(olderVersions)('v$version → v3 through storage', async ({ version, value, expected }) => {
    await seed(value, version);
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as Record<string, unknown>;
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    const migrated = stored.settings;
    // The stored value is already a complete, valid current Settings.
    expect(migrated).toEqual(sanitizeSettings(migrated));
    expect(migrated).toMatchObject(expected);
    expect(migrated).toMatchObject({ clientPlan: 'unknown', scamWarnings: true });
  });

  it('v2 deny list becomes per-category switches', async () => {
    await seed({ role: 'freelancer', country: 'us', behaviour: 'warn-only', disabledCategories: ['link'] }, 2);
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.categories.link).toBe(false);
    expect(s.categories.phone).toBe(true);
    expect(s.role).toBe('freelancer');
  });

  it('survives garbage in an old version', async () => {
    await seed('garbage', 1);
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.behaviour).toBe('warn-and-confirm');
    expect(s.categories.phone).toBe(true);
  });

  it('leaves a current value alone', async () => {
    const current = { ...defaultSettings(), role: 'agency' as const };
    await seed(current, SETTINGS_VERSION);
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });
});

describe('updateSettings / watchSettings', () => {
  it('merges a patch, stores the version, and tells watchers', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.behaviour));
    const saved = await updateSettings({ behaviour: 'confirm-only' });
    expect(saved.behaviour).toBe('confirm-only');
    expect((await getSettings()).behaviour).toBe('confirm-only');
    expect(seen).toEqual(['confirm-only']);
    unwatch();
    await updateSettings({ behaviour: 'warn-only' });
    expect(seen).toEqual(['confirm-only']);
  });
});

describe('thread facts', () => {
  it('sets, reads and clears an override without any text', async () => {
    await setThreadOverride('room_123', 'active');
    const facts = await getThreadFacts('room_123');
    expect(facts?.contractOverride).toBe('active');
    expect(Object.keys(facts ?? {}).sort()).toEqual(['contractOverride', 'updatedAt']);
    await setThreadOverride('room_123', null);
    expect(await getThreadFacts('room_123')).toBeNull();
  });

  it('keeps the plan when the override is removed', async () => {
    await setThreadOverride('t1', 'none');
    await setThreadPlan('t1', 'enterprise');
    await setThreadOverride('t1', null);
    expect(await getThreadFacts('t1')).toMatchObject({ clientPlan: 'enterprise' });
  });

  it('clears one thread or all', async () => {
    await setThreadOverride('a', 'active');
    await setThreadOverride('b', 'none');
    await clearThreadFacts('a');
    expect(Object.keys(await listThreadFacts())).toEqual(['b']);
    await clearThreadFacts();
    expect(await listThreadFacts()).toEqual({});
  });

  it('drops fields it does not know (no text can ride along) and bad ids', async () => {
    await threadFactsItem.setValue({
      good: { contractOverride: 'active', updatedAt: 1, text: 'call me at 555-0100' } as never,
      'bad id with spaces': { contractOverride: 'active', updatedAt: 1 },
    });
    const all = await listThreadFacts();
    expect(all).toEqual({ good: { contractOverride: 'active', updatedAt: 1 } });
    await setThreadOverride('also bad/../', 'active');
    expect(Object.keys(await listThreadFacts())).toEqual(['good']);
  });

  it('keeps at most MAX_THREADS, dropping the oldest', async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_THREADS }, (_, i) => [`t${i}`, { contractOverride: 'none' as const, updatedAt: i + 1 }]),
    );
    await threadFactsItem.setValue(many);
    await setThreadOverride('newest', 'active');
    const all = await listThreadFacts();
    expect(Object.keys(all)).toHaveLength(MAX_THREADS);
    expect(all.t0).toBeUndefined();
    expect(all.newest?.contractOverride).toBe('active');
  });

  it('watchThreadFacts reports changes', async () => {
    const seen: unknown[] = [];
    const unwatch = watchThreadFacts((f) => seen.push(f.x?.contractOverride));
    await setThreadOverride('x', 'unknown');
    unwatch();
    expect(seen).toEqual(['unknown']);
  });
});
