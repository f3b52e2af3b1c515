/**
 * `npm run bench`: detect() throughput against the naive pair (libphonenumber-js's
 * findPhoneNumbersInText + linkifyjs's find, used as they come) on the same messages in
 * the same run, the accuracy of each on the labelled dev set when it is beside the project,
 * and the worst-case hostile inputs. Prints figures; asserts nothing (timing belongs here,
 * not in tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import * as linkify from 'linkifyjs';
import { DETECTORS, detect, forgetPreviousScans } from '../../lib/detect';
import { VIEWS, Views } from '../../lib/normalize';
import { scan } from '../../lib/scan';
import { HOSTILE_INPUTS } from '../hostile-inputs';

const DEV = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval', 'dev.jsonl');

interface Case {
  text: string;
  flag: boolean;
}

const SYNTHETIC: string[] = [
  'Hi! I read your job post and I can start on Monday. My rate is $35/hr and I estimate 40 hours.',
  'The build fails on Node 20.11.1 with npm 10.2.4 but works on 18.19.0.',
  'Please call me at +1 (415) 555-0132 or mail jane.doe@example.com.',
  'Portfolio: github.com/example-dev and behance.net/example, happy to walk you through it here.',
  'Can we continue on Telegram? This chat is slow. My handle is @example_dev.',
  'Deadline is 15/03/2025 with a check-in on the 8th; invoice INV-2024-000871 covers March.',
  'pay me via PayPal and we skip the fees, IBAN DE89 3704 0044 0532 0130 00',
  'nine one seven, five five five, zero one four two: text me after 6pm',
];

function loadCases(): Case[] {
  if (!existsSync(DEV)) return SYNTHETIC.map((text) => ({ text, flag: false }));
  return readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

function naive(text: string): number {
  return findPhoneNumbersInText(text, 'US').length + linkify.find(text).length;
}

function naiveFlags(text: string): boolean {
  if (findPhoneNumbersInText(text, 'US').length) return true;
  return linkify.find(text).some((l) => l.type === 'email');
}

function time(fn: () => void, minMs = 1500): { msPerRun: number; runs: number } {
  // Warm-up for as long as the measurement, so the JIT has compiled the code being timed
  // (one pass is not enough: the first second runs partly unoptimised).
  const w0 = performance.now();
  while (performance.now() - w0 < minMs) fn();
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    runs++;
  }
  return { msPerRun: (performance.now() - t0) / runs, runs };
}

function f1(cases: Case[], flagged: (t: string) => boolean): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const f = flagged(c.text);
    if (f && c.flag) tp++;
    else if (f) fp++;
    else if (c.flag) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`;
}

const cases = loadCases();
const texts = cases.map((c) => c.text);
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(
  `corpus: ${texts.length} messages, ${(bytes / 1024).toFixed(1)} K chars${existsSync(DEV) ? ' (dev set)' : ' (synthetic)'}`,
);

// First scan: every memo of earlier scans is dropped before each message, so detect() does
// all its work, as on a message it has never seen; the naive pair keeps nothing anyway.
// Rescan: the same messages again with the memos kept, as when a draft is scanned again.
const firstScan = time(() => {
  for (const t of texts) {
    forgetPreviousScans();
    detect(t);
  }
});
const rescan = time(() => {
  for (const t of texts) detect(t);
});
const theirs = time(() => {
  for (const t of texts) naive(t);
});
const perMsg = (r: { msPerRun: number }): string => `${((r.msPerRun / texts.length) * 1000).toFixed(1)} µs/message`;
const rate = (r: { msPerRun: number }): string => `${(((bytes / r.msPerRun) * 1000) / 1e6).toFixed(2)} M chars/s`;
console.log(`detect(), first scan:   ${perMsg(firstScan)}, ${rate(firstScan)}`);
console.log(`detect(), rescan:       ${perMsg(rescan)}, ${rate(rescan)}`);
console.log(`libphonenumber+linkify: ${perMsg(theirs)}, ${rate(theirs)}`);
console.log(
  `ratio detect/naive: first scan ${(firstScan.msPerRun / theirs.msPerRun).toFixed(2)}, rescan ${(rescan.msPerRun / theirs.msPerRun).toFixed(2)}`,
);
if (existsSync(DEV)) {
  // The dev set is mostly hard cases; where the time goes differs between messages that hold
  // nothing to flag (most of what people type) and messages that do.
  for (const [name, flag] of [
    ['clean messages', false],
    ['flagged messages', true],
  ] as const) {
    const part = cases.filter((c) => c.flag === flag).map((c) => c.text);
    const ours = time(() => {
      for (const t of part) {
        forgetPreviousScans();
        detect(t);
      }
    }, 1000);
    const pair = time(() => {
      for (const t of part) naive(t);
    }, 1000);
    const us = (r: { msPerRun: number }): string => ((r.msPerRun / part.length) * 1000).toFixed(1);
    console.log(
      `${name} (${part.length}): detect() first scan ${us(ours)} µs, naive pair ${us(pair)} µs, ratio ${(ours.msPerRun / pair.msPerRun).toFixed(2)}`,
    );
  }
  console.log(`dev-set accuracy, detect()+policy: ${f1(cases, (t) => scan(t).verdict !== 'ok')}`);
  console.log(`dev-set accuracy, naive pair:      ${f1(cases, naiveFlags)}`);
}

// Where the time goes: each view built alone, then each detector's find() over the view it
// asks for (views prepared beforehand), with the memos of earlier scans dropped before each
// message as in the first-scan figure.
console.log('\nper view and per detector (µs/message, same corpus):');
for (const view of VIEWS) {
  const r = time(() => {
    for (const t of texts) {
      forgetPreviousScans();
      new Views(t).get(view);
    }
  }, 400);
  console.log(`  view ${view.padEnd(17)} ${((r.msPerRun / texts.length) * 1000).toFixed(1).padStart(7)}`);
}
const prepared = texts.map((t) => new Views(t));
for (const d of DETECTORS) {
  const inputs = prepared.map((v) => v.get(d.view).text);
  let found = 0;
  const r = time(() => {
    found = 0;
    for (const t of inputs) {
      forgetPreviousScans();
      found += [...d.find(t, { defaultCountry: 'US' })].length;
    }
  }, 400);
  // How many messages get past the detector's gate inside detect() (the rest skip find()).
  const gated = d.gate ? prepared.filter((v) => d.gate?.(v.get('base').text)).length : texts.length;
  console.log(
    `  ${d.id.padEnd(22)} ${((r.msPerRun / texts.length) * 1000).toFixed(1).padStart(7)}   (${found} findings, gate passes ${gated}/${texts.length})`,
  );
}

// Memos dropped before each run: each run pays for the whole scan, as a first paste does.
console.log('\nworst-case inputs (about 100 K chars each, first scan):');
for (const [name, text] of Object.entries(HOSTILE_INPUTS)) {
  const r = time(() => {
    forgetPreviousScans();
    detect(text);
  }, 300);
  console.log(`  ${name.padEnd(22)} ${String(text.length).padStart(7)} chars  ${r.msPerRun.toFixed(1).padStart(7)} ms`);
}
