#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { runCheck } from './check';
import { InputError } from './context-args';
import { scanLine } from './scan-line';

const USAGE = `usage: contact-guard scan            JSON Lines {"id","text"[,"context"]} on stdin
       contact-guard check TEXT|-     explain one message (see --help for flags)`;

async function runScan(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    const out = scanLine(line);
    if ('error' in out) {
      bad++;
      process.stderr.write(`contact-guard scan: line ${lineNo}: ${out.error}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  if (bad) process.stderr.write(`contact-guard scan: ${bad} line(s) skipped\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'scan') return runScan();
  if (cmd === 'check') return runCheck(rest);
  process.stderr.write(`${cmd && cmd !== '--help' ? `unknown command "${cmd}"\n` : ''}${USAGE}\n`);
  return cmd === '--help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`contact-guard: ${err instanceof InputError ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
