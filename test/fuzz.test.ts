import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, MAX_FINDINGS_PER_DETECTOR } from '../lib/detect';
import { normalize, VIEWS } from '../lib/normalize';
import { evaluate } from '../lib/policy/evaluate';
import { explain } from '../lib/policy/explain';
import { CLIENT_PLANS, CONTRACT_STATUSES, DECLARED_EXCEPTIONS, DIRECTIONS, ROLES, SURFACES } from '../lib/policy/types';
import { scan } from '../lib/scan';
import { HOSTILE_INPUTS } from './hostile-inputs';

// Every Unicode block, lone surrogates, control characters, and the characters the
// normalisers and detectors act on.
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '@',
          '.',
          ' at ',
          ' dot ',
          '[at]',
          '(dot)',
          '+',
          '(',
          ')',
          '-',
          '/',
          '\n',
          '\u0000',
          '\u200b',
          '\uD800',
          '\uDFFF',
          '٣',
          '７',
          '𝟗',
          '①',
          'nine',
          'oh',
          'double',
          'O',
          'l',
          'S',
          'B',
          'telegram',
          'whatsapp',
          'pay',
          'paypal',
          'Street',
          'Apt',
          'P.O. Box',
          'http://',
          'www.',
          '.com',
          'wa.me/',
          'zoom',
          '#1234',
          'live:',
        ),
        fc.stringMatching(/^[0-9]{1,12}$/),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join('')),
);

describe('detect on any input', () => {
  it('never throws, and every span is non-empty and inside the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const findings = detect(text);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scan never throws and always gives a verdict', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(['violation', 'caution', 'ok']).toContain(scan(text).verdict);
      }),
      { numRuns: 300 },
    );
  });

  const anyContext = fc.record({
    surface: fc.constantFrom(...SURFACES),
    direction: fc.constantFrom(...DIRECTIONS),
    contract: fc.record({
      status: fc.constantFrom(...CONTRACT_STATUSES),
      evidence: fc.array(fc.string(), { maxLength: 3 }),
    }),
    role: fc.constantFrom(...ROLES),
    clientPlan: fc.constantFrom(...CLIENT_PLANS),
    declared: fc.constantFrom(null, ...DECLARED_EXCEPTIONS),
  });

  it('evaluate and explain never throw, under any context; the rewrite never grows a violation', () => {
    fc.assert(
      fc.property(hostileText, anyContext, (text, context) => {
        const findings = detect(text);
        const evaluation = evaluate(findings, context);
        expect(evaluation.judgements.length).toBe(findings.length);
        const explanation = explain(text, context, { findings });
        expect(explanation.verdict).toBe(evaluation.verdict);
        for (const f of explanation.findings) expect(f.words).toBe(text.slice(f.start, f.end));
        if (explanation.rewrite && !explanation.rewrite.changed) expect(explanation.rewrite.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('evaluate survives malformed findings and contexts', () => {
    const junk = [{ category: 'nope', start: -5, end: 'x' }, null, 42] as unknown as Parameters<typeof evaluate>[0];
    expect(() => evaluate(junk, {} as Parameters<typeof evaluate>[1])).not.toThrow();
    expect(() =>
      explain('jane@example.com', { surface: 'moon' } as unknown as Parameters<typeof explain>[1]),
    ).not.toThrow();
  });

  it.each(VIEWS.map((v) => [v]))('normalisation is idempotent on its own output (%s view, base steps)', (view) => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const once = normalize(text, view).text;
        // The base steps are fixed points of every view's output.
        expect(normalize(once, 'base').text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('tolerates non-string input without throwing', () => {
    expect(detect(undefined as unknown as string)).toEqual([]);
    expect(detect(42 as unknown as string)).toEqual([]);
  });

  const plain = [
    ['email', 'jane.doe@example.com'],
    ['phone', '+1 415 555 0132'],
  ] as const;
  it.each(plain)('keeps finding a %s when unrelated text surrounds it', (category, needle) => {
    const filler = fc.stringMatching(/^[A-Za-z ,;!?]{0,60}$/);
    fc.assert(
      fc.property(filler, filler, (before, after) => {
        const text = `${before} ${needle} ${after}`;
        const at = text.indexOf(needle);
        const hit = detect(text).some(
          (f) => f.category === category && f.start <= at && f.end >= at + needle.length - 1,
        );
        expect(hit).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('worst-case inputs stay linear', () => {
  // A generous bound for CI machines; exact figures come from `npm run bench`.
  it.each(Object.entries(HOSTILE_INPUTS))('%s (100 K chars) in under 1 s', (_name, text) => {
    const t0 = performance.now();
    detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('a text made of nothing but findings', () => {
  it('reports at most MAX_FINDINGS_PER_DETECTOR per detector, from the start of the text', () => {
    const text = 'pay me via PayPal and skip the fees. '.repeat(2_000);
    const found = detect(text);
    const perDetector = new Map<string, number>();
    for (const f of found) perDetector.set(f.detector, (perDetector.get(f.detector) ?? 0) + 1);
    // Payment stops earlier still, once its offer checks are spent (see payment.ts).
    expect(perDetector.get('payment')).toBeGreaterThan(100);
    for (const n of perDetector.values()) expect(n).toBeLessThanOrEqual(MAX_FINDINGS_PER_DETECTOR);
    expect(found[0]?.start).toBe(0);
  });

  it('keeps the findings of a short text whole', () => {
    const sentence = 'pay me via PayPal and skip the fees. ';
    const once = detect(sentence).filter((f) => f.detector === 'payment').length;
    expect(once).toBeGreaterThan(0);
    expect(detect(sentence.repeat(20)).filter((f) => f.detector === 'payment').length).toBe(20 * once);
  });
});
