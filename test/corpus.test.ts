import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detect';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

function lines(dir: string): [string, string][] {
  return readdirSync(join(CORPUS, dir))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(CORPUS, dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => [basename(f, '.txt'), l] as [string, string]),
    );
}

// Synthetic messages only (reserved 555 numbers, example domains), written from the
// category definitions: each match/<category>.txt line must produce that category.
describe('corpus: must match', () => {
  it.each(lines('match'))('%s in %j', (category, text) => {
    expect(detect(text).map((f) => f.category)).toContain(category);
  });
});

describe('corpus: must not flag', () => {
  it.each(lines('ignore'))('%s: %j', (_file, text) => {
    const flagged = detect(text).filter((f) => f.category !== 'link');
    expect(flagged.map((f) => `${f.category}:${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
