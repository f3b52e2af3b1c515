import { describe, expect, it } from 'vitest';
import { InputError, parseContext } from './context-args';

describe('parseContext', () => {
  it('accepts every field with its closed set of values', () => {
    expect(
      parseContext({
        contract: 'none',
        surface: 'job-post',
        direction: 'outgoing',
        role: 'agency',
        clientPlan: 'plus',
        declared: null,
      }),
    ).toEqual({
      contract: 'none',
      surface: 'job-post',
      direction: 'outgoing',
      role: 'agency',
      clientPlan: 'plus',
      declared: null,
    });
  });

  it('keeps contract evidence', () => {
    expect(parseContext({ contract: { status: 'none', evidence: ['contract-elsewhere'] } })).toEqual({
      contract: { status: 'none', evidence: ['contract-elsewhere'] },
    });
    expect(parseContext({ contract: { status: 'active' } })).toEqual({ contract: { status: 'active', evidence: [] } });
  });

  it.each([
    [[], '"context" must be an object'],
    [{ contract: { status: 'maybe' } }, 'context.contract must be one of active, none, unknown'],
    [{ contract: { status: 'none', evidence: 'x' } }, 'evidence must be an array of strings'],
    [{ role: 'boss' }, 'context.role must be one of freelancer, client, agency, unknown'],
    [{ declared: 'legal-ish' }, 'context.declared must be one of legal, systems-access, null'],
    [{ plan: 'basic' }, 'unknown context field "plan"'],
  ])('rejects %j', (raw, message) => {
    expect(() => parseContext(raw)).toThrow(InputError);
    expect(() => parseContext(raw)).toThrow(message);
  });
});
