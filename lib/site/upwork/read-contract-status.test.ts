// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/load-fixture';
import { readContractStatus } from './read-contract-status';

describe('readContractStatus', () => {
  it('a room with the "View contract" action is active', () => {
    const doc = loadFixture('message-room-contract-2026-11.html');
    expect(readContractStatus(doc, 'message-thread')).toEqual({ status: 'active', evidence: ['view-contract-action'] });
  });

  it("falls back to the action's words when the data hook is renamed", () => {
    const doc = loadFixture('message-room-contract-2026-11.html');
    doc.querySelector('[data-ev-label]')?.removeAttribute('data-ev-label');
    expect(readContractStatus(doc, 'message-thread')).toEqual({ status: 'active', evidence: ['view-contract-text'] });
  });

  it('a room whose header was read and shows no contract is none', () => {
    const doc = loadFixture('message-room-2026-11.html');
    expect(readContractStatus(doc, 'message-thread')).toEqual({
      status: 'none',
      evidence: ['room-header-no-contract'],
    });
  });

  it('a room whose header could not be read is unknown', () => {
    const doc = loadFixture('message-room-2026-11.html');
    doc.querySelector('.room-header')?.remove();
    expect(readContractStatus(doc, 'message-thread').status).toBe('unknown');
  });

  it('the workroom path means a contract; proposals, job posts and profiles never have one', () => {
    const doc = loadFixture('workroom-2026-11.html');
    expect(readContractStatus(doc, 'contract-workroom')).toEqual({ status: 'active', evidence: ['workroom-url'] });
    expect(readContractStatus(loadFixture('proposal-2026-11.html'), 'proposal').status).toBe('none');
    expect(readContractStatus(loadFixture('job-post-2026-11.html'), 'job-post').status).toBe('none');
    expect(readContractStatus(loadFixture('profile-overview-2026-11.html'), 'profile').status).toBe('none');
  });
});
