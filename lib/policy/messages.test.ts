import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../detect/types';
import {
  ADVICE_TEXT,
  CATEGORY_TEXT,
  EXCEPTION_TEXT,
  PORTFOLIO_REMINDER_TEXT,
  REASON_TEXT,
  REWRITE_TEXT,
  RULE_TEXT,
  SUMMARY_TEXT,
} from './messages';
import { ADVICE, EXCEPTIONS, MESSAGE_REASONS, REASONS, RULES } from './types';

const KEBAB = /^[a-z]+(?:-[a-z]+)*$/u;

describe('messages: one place for every user-facing word', () => {
  it('codes are stable kebab-case and unique', () => {
    for (const list of [REASONS, RULES, EXCEPTIONS, ADVICE]) {
      expect(new Set(list).size).toBe(list.length);
      for (const code of list) expect(code).toMatch(KEBAB);
    }
    for (const r of MESSAGE_REASONS) expect(REASONS).toContain(r);
  });

  it('every code has words, and nothing else does', () => {
    expect(Object.keys(REASON_TEXT).sort()).toEqual([...REASONS].sort());
    expect(Object.keys(ADVICE_TEXT).sort()).toEqual([...ADVICE].sort());
    expect(Object.keys(RULE_TEXT).sort()).toEqual([...RULES].sort());
    expect(Object.keys(EXCEPTION_TEXT).sort()).toEqual([...EXCEPTIONS].sort());
    expect(Object.keys(CATEGORY_TEXT).sort()).toEqual([...CATEGORIES].sort());
  });

  it.each([
    ...Object.entries(REASON_TEXT),
    ...Object.entries(ADVICE_TEXT),
    ...Object.entries(SUMMARY_TEXT),
    ...Object.entries(EXCEPTION_TEXT).map(([k, v]) => [k, v.description] as const),
    ...Object.entries(RULE_TEXT).map(([k, v]) => [k, v.summary] as const),
    ['reminder', PORTFOLIO_REMINDER_TEXT] as const,
  ])('%s is one sentence', (_code, text) => {
    expect(text).toMatch(/^[A-Z].{10,240}[.)]$/u);
  });

  it('rules cite their source', () => {
    expect(RULE_TEXT['contact-before-contract'].citation).toContain('User Agreement, Section 7');
    expect(RULE_TEXT['contact-before-contract'].citation).toContain('Terms of Use, Section 4');
    expect(RULE_TEXT['off-platform-payment'].title).toMatch(/payment/iu);
  });

  it('the thread-trap sentence says where to write', () => {
    expect(REASON_TEXT['contract-elsewhere']).toBe(
      "A contract exists but this thread is not tied to it: write in the contract's thread.",
    );
  });

  it('rewrite phrases carry no contact details and keep the talk on the platform', () => {
    for (const phrase of Object.values(REWRITE_TEXT)) {
      expect(phrase).toMatch(/^\[.{5,80}\]$/u);
      expect(phrase).not.toMatch(/[@\d]|https?:|www\./u);
    }
  });
});
