import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The core as the Firefox build ships it: bundled and lowered for the oldest Firefox the
// extension supports (the content script's target), then run here against plain cases.
// Catches syntax or regex features that the bundler would rewrite or break for Firefox.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIREFOX_TARGET = 'firefox115';

type ScanModule = typeof import('../lib/scan');
let mod: ScanModule;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-ff-core-'));
  const outfile = join(dir, 'core.mjs');
  await build({
    entryPoints: [join(ROOT, 'lib/scan.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: FIREFOX_TARGET,
    outfile,
    logLevel: 'silent',
  });
  mod = (await import(pathToFileURL(outfile).href)) as ScanModule;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`core bundled for ${FIREFOX_TARGET}`, () => {
  it.each([
    ['Write to me at jane.doe@example.com', 'email'],
    ['call me on +1 202 555 0187 tonight', 'phone'],
    ['nine one seven, five five five, zero one four three — text me', 'phone'],
    ['jane [at] example [dot] com', 'email'],
    ['t.me/jane_dev_42', 'social'],
    ['pay me via PayPal and skip the fees', 'payment'],
    ['Can we continue this on Telegram?', 'request'],
  ])('finds %j as %s', (text, category) => {
    const result = mod.scan(text);
    expect(result.findings.map((f) => f.category)).toContain(category);
    expect(result.verdict).toBe('violation');
  });

  it('lets innocent text through', () => {
    expect(mod.scan('The draft is ready; version 2.4.1 ships on 2025-03-15.').verdict).toBe('ok');
  });
});
