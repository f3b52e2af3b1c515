import { getCountries } from 'libphonenumber-js/min';

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * Every region libphonenumber knows, named in the user's language when the browser's
 * Intl can, sorted by name. The code is the fallback name (Intl can be partial).
 */
export function countryOptions(locale?: string): CountryOption[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(locale ? [locale, 'en'] : ['en'], { type: 'region' });
  } catch {
    names = null;
  }
  const list = getCountries().map((code) => {
    let name: string = code;
    try {
      name = names?.of(code) ?? code;
    } catch {
      // Unknown to this Intl: keep the code.
    }
    return { code: code as string, name };
  });
  return list.sort((a, b) => a.name.localeCompare(b.name, locale));
}

const MARKS = /\p{M}/gu;
function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Countries whose name or code contains the query (accents and case ignored). */
export function filterCountries(list: readonly CountryOption[], query: string): CountryOption[] {
  const q = fold(query.trim());
  if (!q) return [...list];
  return list.filter((c) => fold(c.name).includes(q) || c.code.toLowerCase() === q);
}
