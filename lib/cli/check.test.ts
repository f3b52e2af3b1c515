import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../detect/types';
import { explain } from '../policy/explain';
import { PORTFOLIO_REMINDER_TEXT, REWRITE_TEXT } from '../policy/messages';
import { CONTRACT_ELSEWHERE } from '../policy/types';
import { formatExplanation, parseCheckArgs } from './check';
import { InputError } from './context-args';

describe('parseCheckArgs', () => {
  it('reads every context flag, inline or separate', () => {
    const a = parseCheckArgs([
      '--contract',
      'active',
      '--surface=proposal',
      '--direction',
      'incoming',
      '--role',
      'client',
      '--plan',
      'business',
      '--declare',
      'legal',
      'hello',
      'there',
    ]);
    expect(a).toEqual({
      text: 'hello there',
      json: false,
      context: {
        contract: 'active',
        surface: 'proposal',
        direction: 'incoming',
        role: 'client',
        clientPlan: 'business',
        declared: 'legal',
      },
    });
  });

  it('reads contract evidence (the thread trap)', () => {
    expect(parseCheckArgs(['--evidence', 'contract-elsewhere', 'x']).context).toEqual({
      contract: { status: 'none', evidence: ['contract-elsewhere'] },
    });
    expect(parseCheckArgs(['--contract=unknown', '--evidence=a,b', 'x']).context).toEqual({
      contract: { status: 'unknown', evidence: ['a', 'b'] },
    });
  });

  it('reads --json', () => {
    expect(parseCheckArgs(['--json', '-'])).toEqual({ text: '-', json: true, context: {} });
  });

  it.each([
    [['--contract', 'maybe', 'x'], /context\.contract must be one of active, none, unknown/u],
    [['--plan', 'gold', 'x'], /basic, plus, business, enterprise, unknown/u],
    [['--declare', 'friendship', 'x'], /legal, systems-access/u],
    [['--surface'], /--surface needs a value: message\|proposal\|job-post\|profile\|other/u],
    [['--colour', 'red', 'x'], /unknown flag --colour/u],
    [['--contract', 'none'], /no text given/u],
  ])('rejects %j with the accepted values', (args, message) => {
    expect(() => parseCheckArgs(args)).toThrow(InputError);
    expect(() => parseCheckArgs(args)).toThrow(message);
  });
});

function at(text: string, category: Finding['category'], words: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(words);
  return { category, start, end: start + words.length, confidence: 'high', detector: 'test', evidence: [], ...extra };
}

describe('formatExplanation', () => {
  const text = 'See portfolio.example.com/jane or email jane@example.com';
  const findings = [at(text, 'link', 'portfolio.example.com/jane'), at(text, 'email', 'jane@example.com')];

  it('prints verdict, words, rule and citation, exceptions, advice and the safe rewrite', () => {
    const out = formatExplanation(explain(text, {}, { findings }));
    expect(out).toContain("Verdict: Violation. This message breaks Upwork's rules");
    expect(out).toContain(
      'Context: outgoing message; contract in this thread: none; role: unknown; client plan: unknown; declared: nothing',
    );
    expect(out).toContain('2. Violation: email address "jane@example.com" at [40, 56) (high confidence)');
    expect(out).toContain(
      'Rule: No direct contact before a contract. Source: User Agreement, Section 7; Terms of Use, Section 4.',
    );
    expect(out).toContain('Exceptions considered:');
    expect(out).toContain(
      "Enterprise client: does not apply. The client's plan is unknown, so no plan exemption applies.",
    );
    expect(out).toContain('Advice: Remove the email address');
    expect(out).toContain('1. OK: link "portfolio.example.com/jane"');
    expect(out).toContain(
      `Safe rewrite:\nSee portfolio.example.com/jane or email ${REWRITE_TEXT.contact} ${PORTFOLIO_REMINDER_TEXT}`,
    );
    expect(out).toContain("If you already have a contract with this person, write in the contract's thread");
  });

  it('suggests the reminder sentence for a clean message with a portfolio link', () => {
    const out = formatExplanation(explain(text, {}, { findings: findings.slice(0, 1) }));
    expect(out).toContain('Verdict: OK.');
    expect(out).not.toContain('Safe rewrite');
    expect(out).toContain(`Suggested sentence to add:\n${PORTFOLIO_REMINDER_TEXT}`);
  });

  it('says when nothing was found', () => {
    const out = formatExplanation(explain('Thanks, the draft looks good.', {}, { findings: [] }));
    expect(out).toContain('Verdict: OK.');
    expect(out).toContain('Note:\n- No contact details, requests for them or payment offers found.');
  });

  it('states the thread trap and warns the reader of an incoming message', () => {
    const t = 'Pay me on paypal';
    const trap = formatExplanation(
      explain(
        t,
        { contract: { status: 'none', evidence: [CONTRACT_ELSEWHERE] } },
        { findings: [at(t, 'email', 'paypal')] },
      ),
    );
    expect(trap).toContain("A contract exists but this thread is not tied to it: write in the contract's thread.");
    const incoming = formatExplanation(
      explain(t, { direction: 'incoming' }, { findings: [at(t, 'payment', 'Pay me on paypal')] }),
    );
    expect(incoming).toContain('common scam pattern');
    expect(incoming).toContain("Advice: Don't accept payment outside Upwork");
    expect(incoming).not.toContain('Safe rewrite');
  });
});

// End to end through the real command (and the real detectors).
function run(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    cwd: `${__dirname}/../..`,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/npm warn[^\n]*\n/gu, '') };
}

describe('contact-guard check (spawned)', { timeout: 30_000 }, () => {
  it('explains a plain email in words and exits 1', () => {
    const r = run(['check', 'write to jane@example.com please']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Verdict: Violation.');
    expect(r.stdout).toContain('email address "jane@example.com"');
    expect(r.stdout).toContain(`Safe rewrite:\nwrite to ${REWRITE_TEXT.contact} please`);
  });

  it('honours the context flags and prints JSON', () => {
    const r = run(['check', '--contract', 'active', '--json', 'write to jane@example.com please']);
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.verdict).toBe('ok');
    expect(e.context.contract).toEqual({ status: 'active', evidence: [] });
    expect(e.findings[0]).toMatchObject({
      category: 'email',
      words: 'jane@example.com',
      verdict: 'ok',
      exception: { id: 'active-contract' },
    });
  });

  it('reads stdin with "-"', () => {
    const r = run(['check', '--declare', 'systems-access', '-'], 'invite jane@example.com to the repo');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Exception: Systems access.');
  });

  it('rejects an unknown value with the accepted ones (exit 2)', () => {
    const r = run(['check', '--direction', 'sideways', 'hi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('context.direction must be one of outgoing, incoming');
  });
});
