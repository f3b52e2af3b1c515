// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/load-fixture';
import { findComposers, findSendButton, hasSpecificSelectors, isSendControl, OWN_UI_ATTRIBUTE } from './find-composers';

describe('findComposers', () => {
  it('finds the TipTap composer of a message room and its Send button', () => {
    const doc = loadFixture('message-room-2026-11.html');
    const composers = findComposers(doc, 'message-thread');
    expect(composers.map((c) => [c.role, c.kind, c.specific])).toEqual([['message', 'contenteditable', true]]);
    expect(composers[0]?.element.classList.contains('ProseMirror')).toBe(true);
    expect(findSendButton(composers[0]!, doc)?.getAttribute('aria-label')).toBe('Send');
    expect(hasSpecificSelectors(composers, doc, 'message-thread')).toBe(true);
  });

  it('finds the cover letter and screening answers of a proposal', () => {
    const doc = loadFixture('proposal-2026-11.html');
    const composers = findComposers(doc, 'proposal');
    expect(composers.map((c) => c.role)).toEqual(['cover-letter', 'screening-answer', 'screening-answer']);
    expect(findSendButton(composers[0]!, doc)?.textContent).toContain('Connects');
    expect(isSendControl(doc.querySelector('button.air3-btn-primary')!, 'proposal')).not.toBeNull();
  });

  it('finds profile and job-post text areas, and other editable boxes through the fallback', () => {
    expect(findComposers(loadFixture('profile-overview-2026-11.html'), 'profile').map((c) => c.role)).toEqual([
      'profile-overview',
      'generic',
    ]);
    expect(findComposers(loadFixture('job-post-2026-11.html'), 'job-post').map((c) => c.role)).toEqual([
      'job-description',
      'generic',
    ]);
  });

  it("falls back to any text box when Upwork's markup changed", () => {
    const doc = loadFixture('message-room-2026-11.html');
    doc.querySelector('.up-d-composer')?.setAttribute('class', 'renamed');
    doc.querySelector('.composer-container')?.setAttribute('class', 'renamed2');
    doc.querySelector('.composer')?.setAttribute('class', 'renamed3');
    const composers = findComposers(doc, 'message-thread');
    expect(composers.map((c) => [c.role, c.specific])).toEqual([['generic', false]]);
  });

  it("skips hidden boxes, disabled ones and the extension's own UI", () => {
    const doc = loadFixture('job-post-2026-11.html');
    const hidden = doc.createElement('textarea');
    hidden.hidden = true;
    const disabled = doc.createElement('textarea');
    disabled.disabled = true;
    const own = doc.createElement('div');
    own.setAttribute(OWN_UI_ATTRIBUTE, '');
    own.append(doc.createElement('textarea'));
    doc.body.append(hidden, disabled, own);
    expect(findComposers(doc, 'job-post')).toHaveLength(2);
  });

  it('is not a send control: ordinary buttons and links', () => {
    const doc = loadFixture('message-room-2026-11.html');
    expect(isSendControl(doc.querySelector('a.room-list-item')!, 'message-thread')).toBeNull();
    expect(isSendControl(doc.querySelector('button.air3-btn-circle')!, 'message-thread')).not.toBeNull();
  });
});
