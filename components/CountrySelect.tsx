import { useMemo, useState } from 'preact/hooks';
import { t } from '../lib/ext/i18n';
import { type CountryOption, filterCountries } from './country-options';

interface Props {
  value: string;
  countries: readonly CountryOption[];
  onChange: (code: string) => void;
}

/**
 * A search box that narrows a native list box. Native controls keep keyboard use and
 * screen readers right without an ARIA combobox re-implementation.
 */
export function CountrySelect({ value, countries, onChange }: Props) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const hits = filterCountries(countries, query);
    // Keep the current choice visible so the list box never shows "nothing selected".
    const current = countries.find((c) => c.code === value);
    return current && !hits.some((c) => c.code === value) ? [current, ...hits] : hits;
  }, [countries, query, value]);
  const onlyCurrent = shown.length === 1 && shown[0]?.code === value && !!query.trim();

  return (
    <fieldset class="cg-card cg-stack" aria-describedby="country-hint">
      <legend>{t('countryLegend')}</legend>
      <p id="country-hint" class="cg-hint">
        {t('countryHint')}
      </p>
      <label class="cg-field">
        {t('countrySearchLabel')}
        <input
          type="search"
          value={query}
          autoComplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter picks the first match, so search → Enter is enough from the keyboard.
            const first = filterCountries(countries, query)[0];
            if (e.key === 'Enter' && first) {
              e.preventDefault();
              onChange(first.code);
            }
          }}
          data-contact-guard="country-search"
        />
      </label>
      <label class="cg-field">
        {t('countryListLabel')}
        <select
          size={6}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          data-contact-guard="country-select"
        >
          {shown.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
      </label>
      {onlyCurrent && (
        <p class="cg-hint" role="status">
          {t('countryNoMatch')}
        </p>
      )}
    </fieldset>
  );
}
