import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Detector } from '../lib/detect/define';
import { DETECTORS } from '../lib/detect/index';
import { toOriginalSpan, Views } from '../lib/normalize';

const DETECT_DIR = join(__dirname, '..', 'lib', 'detect');
const files = readdirSync(DETECT_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

function isDetector(v: unknown): v is Detector {
  return !!v && typeof v === 'object' && 'find' in v && 'id' in v && 'categories' in v && 'examples' in v;
}

/** Spans the detector alone finds in `text`, in original offsets. */
function runAlone(d: Detector, text: string): [number, number][] {
  const mt = new Views(text).get(d.view);
  return [...d.find(mt.text, { defaultCountry: 'US' })].map((r) => toOriginalSpan(mt, r.start, r.end));
}

describe('detector registry', () => {
  it('registers every detector file under its file name', async () => {
    let seen = 0;
    for (const file of files) {
      const mod = (await import(join(DETECT_DIR, file))) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        if (!isDetector(value)) continue;
        seen++;
        expect(value.id, `${file} exports a detector whose id is not its file name`).toBe(basename(file, '.ts'));
        expect(DETECTORS, `${file} is not in DETECTORS`).toContain(value);
      }
    }
    expect(seen).toBe(DETECTORS.length);
  });

  it('has unique ids', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    it('has at least two examples each way', () => {
      expect(d.examples.match.length).toBeGreaterThanOrEqual(2);
      expect(d.examples.ignore.length).toBeGreaterThanOrEqual(2);
    });
    it.each(d.examples.match.map((t) => [t]))('finds something in %j', (text) => {
      const spans = runAlone(d, text);
      expect(spans.length).toBeGreaterThan(0);
      for (const [s, e] of spans) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(text.length);
      }
    });
    it.each(d.examples.ignore.map((t) => [t]))('finds nothing in %j', (text) => {
      expect(runAlone(d, text)).toEqual([]);
    });
  });
});
