import { CATEGORIES } from '../lib/detect/types';
import { t, tk } from '../lib/ext/i18n';
import { BEHAVIOURS, type Settings, type ThreadFactsMap } from '../lib/ext/storage';
import { CATEGORY_TEXT } from '../lib/policy/messages';
import { CLIENT_PLANS, ROLES } from '../lib/policy/types';
import { ChoiceGroup } from './ChoiceGroup';
import { CountrySelect } from './CountrySelect';
import type { CountryOption } from './country-options';
import { ThreadFactsTable } from './ThreadFactsTable';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

interface Props {
  settings: Settings;
  threads: ThreadFactsMap;
  countries: readonly CountryOption[];
  status: SaveStatus;
  onChange: (patch: Partial<Settings>) => void;
  onForget: (id?: string) => void;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const STATUS_KEY = { idle: null, saving: 'savingStatus', saved: 'savedStatus', error: 'saveFailed' } as const;

/** Every setting, saved as it changes (no Save button to forget). */
export function OptionsView({ settings, threads, countries, status, onChange, onForget }: Props) {
  const statusKey = STATUS_KEY[status];
  return (
    <main class="cg-options cg-stack">
      <header class="cg-options-header">
        <div class="cg-brand">
          <img src="/icon/48.png" alt="" />
          <h1>{t('optionsTitle')}</h1>
        </div>
        {/* Always in the DOM so screen readers announce each change of its text. */}
        <p
          class="cg-save-status"
          role="status"
          aria-live="polite"
          data-contact-guard="save-status"
          data-status={status}
        >
          {statusKey ? t(statusKey) : ''}
        </p>
      </header>
      <p class="cg-muted">{t('optionsIntro')}</p>

      <ChoiceGroup
        name="role"
        legend={t('roleLegend')}
        hint={t('roleHint')}
        inline
        choices={ROLES.map((r) => ({ value: r, label: tk('role', r) }))}
        value={settings.role}
        onChange={(role) => onChange({ role })}
      />

      <ChoiceGroup
        name="clientPlan"
        legend={t('planLegend')}
        hint={
          <>
            <p>{t('planHint')}</p>
            <p class="cg-note" data-contact-guard="business-note">
              {t('planBusinessNote')}
            </p>
          </>
        }
        inline
        choices={CLIENT_PLANS.map((p) => ({ value: p, label: tk('plan', p) }))}
        value={settings.clientPlan}
        onChange={(clientPlan) => onChange({ clientPlan })}
      />

      <CountrySelect
        value={settings.defaultCountry}
        countries={countries}
        onChange={(defaultCountry) => onChange({ defaultCountry })}
      />

      <ChoiceGroup
        name="behaviour"
        legend={t('behaviourLegend')}
        choices={BEHAVIOURS.map((b) => ({ value: b, label: tk('behaviour', b), hint: tk('behaviour', `${b}_hint`) }))}
        value={settings.behaviour}
        onChange={(behaviour) => onChange({ behaviour })}
      />

      <fieldset class="cg-card cg-stack" aria-describedby="categories-hint">
        <legend>{t('categoriesLegend')}</legend>
        <p id="categories-hint" class="cg-hint">
          {t('categoriesHint')}
        </p>
        <div class="cg-grid">
          {CATEGORIES.map((c) => (
            <label class="cg-choice" key={c}>
              <input
                type="checkbox"
                name={`category-${c}`}
                checked={settings.categories[c]}
                onChange={(e) => onChange({ categories: { ...settings.categories, [c]: e.currentTarget.checked } })}
              />
              <span>{capitalise(CATEGORY_TEXT[c])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="cg-card cg-stack">
        <legend>{t('scamLegend')}</legend>
        <label class="cg-choice">
          <input
            type="checkbox"
            name="scamWarnings"
            checked={settings.scamWarnings}
            onChange={(e) => onChange({ scamWarnings: e.currentTarget.checked })}
          />
          <span>{t('scamLabel')}</span>
        </label>
      </fieldset>

      <ThreadFactsTable threads={threads} onForget={onForget} />
    </main>
  );
}
