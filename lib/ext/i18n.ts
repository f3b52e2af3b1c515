/**
 * UI strings through the browser's i18n (public/_locales/<lang>/messages.json), so a
 * translation is a new messages.json and no code change.
 *
 * API
 * - `t(key, ...substitutions)`: the message in the browser's language; the English text
 *   when the browser has none (tests, happy-dom, a missing key in a translation).
 * - `tk(prefix, value)`: the same for keys built from a stable code: `tk('role', 'client')`
 *   reads `role_client` (locale keys allow only [A-Za-z0-9_], so '-' becomes '_').
 */
import { browser } from '#imports';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const ENGLISH = en as Record<string, Entry>;

const PLACEHOLDER = /\$([A-Za-z0-9_@]{1,40})\$/gu;
const POSITIONAL = /\$([1-9])/gu;

/** Resolve $NAME$ placeholders and $1..$9 the way the browser does. */
function format(entry: Entry, subs: readonly string[]): string {
  const positional = (s: string) => s.replace(POSITIONAL, (_, n: string) => subs[Number(n) - 1] ?? '');
  const named = entry.message.replace(PLACEHOLDER, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content === undefined ? whole : positional(content);
  });
  return named;
}

export function t(key: MessageKey, ...subs: string[]): string {
  try {
    const message = browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs);
    if (message) return message;
  } catch {
    // No i18n API here (unit tests, a plain page): fall through to English.
  }
  const entry = ENGLISH[key];
  return entry ? format(entry, subs) : key;
}

export function localeKey(prefix: string, value: string): MessageKey {
  return `${prefix}_${value.replace(/-/gu, '_')}` as MessageKey;
}

export function tk(prefix: string, value: string, ...subs: string[]): string {
  return t(localeKey(prefix, value), ...subs);
}
