// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixture, UPWORK_FIXTURES } from '../../../test/fixtures/load-fixture';
import {
  closestOf,
  fixtureOf,
  queryAll,
  queryFirst,
  queryUnion,
  SELECTORS,
  type SelectorKey,
  selectorOf,
} from './selectors';

describe('SELECTORS', () => {
  const fixtures = new Set(readdirSync(UPWORK_FIXTURES));
  for (const [key, chain] of Object.entries(SELECTORS)) {
    it(`${key}: every selector of the chain matches in the fixture listed next to it`, () => {
      for (const entry of chain.chain) {
        const fixture = fixtureOf(entry, chain);
        expect(fixtures.has(fixture), fixture).toBe(true);
        expect(
          loadFixture(fixture).querySelector(selectorOf(entry)),
          `${selectorOf(entry)} in ${fixture}`,
        ).not.toBeNull();
      }
    });
  }

  it('falls through the chain to a later selector when the first one no longer matches', () => {
    const doc = loadFixture('message-room-2026-11.html');
    for (const el of doc.querySelectorAll('.tiptap')) el.classList.remove('tiptap');
    expect(queryFirst(doc, 'messageEditor')?.getAttribute('contenteditable')).toBe('true');
  });

  it('never throws on an invalid selector, and returns nothing when nothing matches', () => {
    const mutable = SELECTORS as unknown as Record<string, { chain: string[] }>;
    const saved = mutable.roomHeader!.chain;
    mutable.roomHeader!.chain = ['::not a selector((', '.room-header'];
    try {
      const doc = loadFixture('message-room-2026-11.html');
      expect(queryFirst(doc, 'roomHeader')).not.toBeNull();
      expect(queryAll(doc, 'roomHeader')).toHaveLength(1);
      expect(queryUnion(doc, 'roomHeader')).toHaveLength(1);
      expect(closestOf(doc.querySelector('[data-test="room-title"]')!, 'roomHeader')).not.toBeNull();
    } finally {
      mutable.roomHeader!.chain = saved;
    }
    const empty = loadFixture('profile-overview-2026-11.html');
    expect(queryFirst(empty, 'viewContractAction' as SelectorKey)).toBeNull();
    expect(queryAll(empty, 'story')).toEqual([]);
  });
});
