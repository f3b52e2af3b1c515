import { describe, expect, it } from 'vitest';
import { scanLine } from './scan-line';

const line = (o: unknown) => scanLine(JSON.stringify(o));

describe('scanLine', { timeout: 30_000 }, () => {
  it.each([
    ['{', 'not valid JSON'],
    ['[1]', 'expected a JSON object'],
    ['{"text":"x"}', 'missing "id"'],
    ['{"id":1}', 'missing "text"'],
    ['{"id":1,"text":"x","context":{"mood":"good"}}', 'unknown context field "mood"'],
    [
      '{"id":1,"text":"x","context":{"clientPlan":"gold"}}',
      'context.clientPlan must be one of basic, plus, business, enterprise, unknown',
    ],
  ])('rejects %s', (input, message) => {
    const out = scanLine(input);
    expect('error' in out && out.error).toContain(message);
  });

  // End to end through the detectors on a plain, unambiguous email.
  const text = 'write to jane@example.com please';

  it('judges under the default context (outgoing, pre-contract)', () => {
    expect(line({ id: 'a', text })).toEqual({
      id: 'a',
      verdict: 'violation',
      findings: [{ category: 'email', start: 9, end: 25 }],
    });
  });

  it.each([
    [{ contract: 'active' }, 'ok'],
    [{ contract: { status: 'active', evidence: ['workroom-url'] } }, 'ok'],
    [{ contract: 'unknown' }, 'violation'],
    [{ contract: 'active', surface: 'proposal' }, 'violation'],
    [{ clientPlan: 'enterprise' }, 'ok'],
    [{ clientPlan: 'business' }, 'caution'],
    [{ declared: 'systems-access' }, 'ok'],
    [{ declared: 'legal' }, 'caution'],
    [{ declared: null }, 'violation'],
    [{ direction: 'incoming' }, 'violation'],
  ])('honours context %j → %s', (context, verdict) => {
    expect(line({ id: 1, text, context })).toMatchObject({ id: 1, verdict });
  });

  it('a clean text is ok', () => {
    expect(line({ id: 2, text: 'The mockups look great, thanks!' })).toEqual({ id: 2, verdict: 'ok', findings: [] });
  });
});
