import { describe, expect, it } from 'vitest';
import { contextFor, effectivePlan, exceptionsFor, surfaceFor } from './context';
import type { PageState } from './messaging';
import { defaultSettings } from './storage';

const state: PageState = {
  pageKind: 'contract-workroom',
  threadId: 'w1',
  contract: { status: 'active', evidence: ['contract-header'], source: 'page' },
  selectorsFound: true,
  composerCount: 1,
};

describe('contextFor', () => {
  it('without a page: an outgoing message before a contract', () => {
    const ctx = contextFor(null, defaultSettings(), null);
    expect(ctx).toMatchObject({
      surface: 'message',
      direction: 'outgoing',
      contract: { status: 'none' },
      declared: null,
    });
  });

  it('takes surface and contract from the page, role and plan from settings and thread facts', () => {
    const settings = { ...defaultSettings(), role: 'client' as const, clientPlan: 'basic' as const };
    const ctx = contextFor(state, settings, { clientPlan: 'enterprise', updatedAt: 1 });
    expect(ctx.surface).toBe('message');
    expect(ctx.contract).toEqual({ status: 'active', evidence: ['contract-header'] });
    expect(ctx.role).toBe('client');
    expect(ctx.clientPlan).toBe('enterprise');
  });

  it('maps every page kind to a surface', () => {
    expect(surfaceFor('proposal')).toBe('proposal');
    expect(surfaceFor('job-post')).toBe('job-post');
    expect(surfaceFor('profile')).toBe('profile');
    expect(surfaceFor('other')).toBe('other');
    expect(surfaceFor('message-thread')).toBe('message');
  });

  it('a thread plan wins over the settings plan', () => {
    expect(effectivePlan({ ...defaultSettings(), clientPlan: 'plus' }, null)).toBe('plus');
    expect(effectivePlan({ ...defaultSettings(), clientPlan: 'plus' }, { clientPlan: 'business', updatedAt: 1 })).toBe(
      'business',
    );
  });
});

describe('exceptionsFor', () => {
  it('asks the policy engine about every exception for a contact detail', () => {
    const list = exceptionsFor(contextFor(state, defaultSettings(), null));
    const ids = list.map((c) => c.exception);
    expect(ids).toContain('active-contract');
    expect(ids).toContain('legal');
    expect(ids).toContain('systems-access');
    expect(list.find((c) => c.exception === 'active-contract')?.outcome).toBe('applies');
  });
});
