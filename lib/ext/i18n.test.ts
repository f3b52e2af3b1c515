import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { t, tk } from './i18n';

describe('i18n', () => {
  it('falls back to English outside the browser', () => {
    expect(t('extName')).toBe('Contact Guard');
  });

  it('fills named placeholders from positional substitutions', () => {
    expect(t('composersFound', '3')).toBe('Compose boxes watched: 3');
    expect(t('forgetThreadLabel', 'room_1')).toBe('Forget thread room_1');
  });

  it('builds keys from kebab-case codes', () => {
    expect(tk('behaviour', 'warn-and-confirm')).toBe('Warn while typing and confirm before sending');
    expect(tk('pageKind', 'contract-workroom')).toBe('Contract workroom');
  });

  it('every key is a legal browser message name', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
