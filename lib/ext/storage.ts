/**
 * Typed extension storage (the only place, with messaging.ts, that touches extension APIs).
 *
 * API
 * - `settingsItem` ('local:settings', version 3): the user's choices. Read it with
 *   `getSettings()` (always a complete, validated `Settings`, defaults filled in) and write
 *   with `updateSettings(patch)`. `watchSettings(cb)` calls `cb(settings)` on every change
 *   (from any page or tab) and returns an unwatch function.
 * - `threadFactsItem` ('local:threadFacts', version 1): facts the user told us about one
 *   message thread, keyed by the thread id. NEVER message text. Helpers:
 *   `getThreadFacts(id)`, `listThreadFacts()`, `setThreadOverride(id, status | null)`,
 *   `setThreadPlan(id, plan | null)`, `clearThreadFacts(id?)`, `watchThreadFacts(cb)`.
 * - `defaultSettings()` and `sanitizeSettings(raw)` are pure and exported for tests/views.
 *
 * Defaults protect the user: every category on, warn while typing AND confirm before send,
 * scam warnings on. The default country comes from the browser's locale when it is read
 * (not when the bundle is built), 'US' when the locale has no region.
 */
import { storage } from '#imports';
import { CATEGORIES, type Category } from '../detect/types';
import {
  CLIENT_PLANS,
  type ClientPlan,
  CONTRACT_STATUSES,
  type ContractStatus,
  ROLES,
  type Role,
} from '../policy/types';

export const BEHAVIOURS = ['warn-and-confirm', 'confirm-only', 'warn-only'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export interface Settings {
  role: Role;
  clientPlan: ClientPlan;
  /** ISO 3166-1 alpha-2, upper case: the region used for numbers written without +code. */
  defaultCountry: string;
  behaviour: Behaviour;
  categories: Record<Category, boolean>;
  scamWarnings: boolean;
}

export interface ThreadFacts {
  /** What the user says about this thread's contract, overriding what the page shows. */
  contractOverride?: ContractStatus;
  /** The counterpart client's plan, when the user knows it for this thread. */
  clientPlan?: ClientPlan;
  updatedAt: number;
}
export type ThreadFactsMap = Record<string, ThreadFacts>;

const FALLBACK_COUNTRY = 'US';
const COUNTRY_CODE = /^[A-Z]{2}$/u;
/** Thread ids come from Upwork URLs: keep them short and plain so storage can't be stuffed. */
const THREAD_ID = /^[\w.:-]{1,128}$/u;
/** Oldest entries are dropped beyond this, so the map stays small in `storage.local`. */
export const MAX_THREADS = 500;

/** Region of the browser's UI language ('en-GB' → 'GB'), or 'US'. Read at call time. */
export function localeCountry(language: string | undefined = globalThis.navigator?.language): string {
  if (!language) return FALLBACK_COUNTRY;
  try {
    const region = new Intl.Locale(language).maximize().region;
    if (region && COUNTRY_CODE.test(region)) return region;
  } catch {
    // A malformed language tag: fall through to the fallback.
  }
  return FALLBACK_COUNTRY;
}

export function defaultSettings(): Settings {
  return {
    role: 'unknown',
    clientPlan: 'unknown',
    defaultCountry: localeCountry(),
    behaviour: 'warn-and-confirm',
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    scamWarnings: true,
  };
}

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Any stored value → a complete, valid Settings. Unknown or broken fields take the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!raw || typeof raw !== 'object') return d;
  const r = raw as Record<string, unknown>;
  const country = typeof r.defaultCountry === 'string' ? r.defaultCountry.toUpperCase() : '';
  const cats = r.categories && typeof r.categories === 'object' ? (r.categories as Record<string, unknown>) : {};
  return {
    role: oneOf(ROLES, r.role, d.role),
    clientPlan: oneOf(CLIENT_PLANS, r.clientPlan, d.clientPlan),
    defaultCountry: COUNTRY_CODE.test(country) ? country : d.defaultCountry,
    behaviour: oneOf(BEHAVIOURS, r.behaviour, d.behaviour),
    // A category added in a later release is on until the user turns it off.
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, typeof cats[c] === 'boolean' ? cats[c] : true])) as Record<
      Category,
      boolean
    >,
    scamWarnings: typeof r.scamWarnings === 'boolean' ? r.scamWarnings : d.scamWarnings,
  };
}

// Earlier shapes of the settings, kept so the migrations are typed.
/** v1 (0.0.x): one switch and a lower-case country. */
export interface SettingsV1 {
  warnOnly: boolean;
  country: string;
}
/** v2: role and behaviour, but categories as a deny list and no plan or scam switch. */
export interface SettingsV2 {
  role: Role;
  country: string;
  behaviour: Behaviour;
  disabledCategories: string[];
}

export const SETTINGS_VERSION = 3;
export const settingsMigrations = {
  2: (v1: Partial<SettingsV1> | null): SettingsV2 => ({
    role: 'unknown',
    country: typeof v1?.country === 'string' ? v1.country : '',
    behaviour: v1?.warnOnly === true ? 'warn-only' : 'warn-and-confirm',
    disabledCategories: [],
  }),
  3: (v2: Partial<SettingsV2> | null): Settings => {
    const disabled = new Set(Array.isArray(v2?.disabledCategories) ? v2.disabledCategories : []);
    return sanitizeSettings({
      role: v2?.role,
      clientPlan: 'unknown',
      defaultCountry: v2?.country,
      behaviour: v2?.behaviour,
      categories: Object.fromEntries(CATEGORIES.map((c) => [c, !disabled.has(c)])),
      scamWarnings: true,
    });
  },
} as const;

// The options object's `fallback` is a getter so the locale is read when a value is read,
// never frozen into the bundle at build time.
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  get fallback() {
    return defaultSettings();
  },
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Merge a patch into the stored settings and return what was saved. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitizeSettings(value)));
}

export const threadFactsItem = storage.defineItem<ThreadFactsMap>('local:threadFacts', {
  fallback: {},
  version: 1,
  migrations: {},
});

/** Keep only the fields we know, so nothing else (text above all) can ride along. */
function sanitizeFacts(raw: unknown): ThreadFacts | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const facts: ThreadFacts = { updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : 0 };
  if ((CONTRACT_STATUSES as readonly unknown[]).includes(r.contractOverride)) {
    facts.contractOverride = r.contractOverride as ContractStatus;
  }
  if ((CLIENT_PLANS as readonly unknown[]).includes(r.clientPlan)) facts.clientPlan = r.clientPlan as ClientPlan;
  return facts.contractOverride || facts.clientPlan ? facts : null;
}

export function sanitizeThreadFacts(raw: unknown): ThreadFactsMap {
  const out: ThreadFactsMap = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const facts = THREAD_ID.test(id) ? sanitizeFacts(value) : null;
    if (facts) out[id] = facts;
  }
  return out;
}

export async function listThreadFacts(): Promise<ThreadFactsMap> {
  return sanitizeThreadFacts(await threadFactsItem.getValue());
}

export async function getThreadFacts(id: string): Promise<ThreadFacts | null> {
  return (await listThreadFacts())[id] ?? null;
}

async function patchThread(id: string, patch: Partial<Omit<ThreadFacts, 'updatedAt'>>): Promise<void> {
  if (!THREAD_ID.test(id)) return;
  const all = await listThreadFacts();
  const merged = sanitizeFacts({ ...all[id], ...patch, updatedAt: Date.now() });
  if (merged) all[id] = merged;
  else delete all[id];
  const ids = Object.keys(all);
  if (ids.length > MAX_THREADS) {
    ids.sort((a, b) => (all[a]?.updatedAt ?? 0) - (all[b]?.updatedAt ?? 0));
    for (const old of ids.slice(0, ids.length - MAX_THREADS)) delete all[old];
  }
  await threadFactsItem.setValue(all);
}

/** Set (or with null, remove) the user's contract-status override for one thread. */
export function setThreadOverride(id: string, status: ContractStatus | null): Promise<void> {
  return patchThread(id, { contractOverride: status ?? undefined });
}

/** Set (or with null, remove) the counterpart client's plan for one thread. */
export function setThreadPlan(id: string, plan: ClientPlan | null): Promise<void> {
  return patchThread(id, { clientPlan: plan ?? undefined });
}

/** Forget one thread, or every thread when no id is given. */
export async function clearThreadFacts(id?: string): Promise<void> {
  if (id === undefined) {
    await threadFactsItem.setValue({});
    return;
  }
  const all = await listThreadFacts();
  delete all[id];
  await threadFactsItem.setValue(all);
}

export function watchThreadFacts(cb: (facts: ThreadFactsMap) => void): () => void {
  return threadFactsItem.watch((value) => cb(sanitizeThreadFacts(value)));
}
