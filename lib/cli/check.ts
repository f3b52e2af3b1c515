import { readFileSync } from 'node:fs';
import { type Explanation, explain } from '../policy/explain';
import { VERDICT_TEXT } from '../policy/messages';
import { CONTEXT_FIELDS, InputError, parseContext } from './context-args';

const FLAG_TO_FIELD: Record<string, keyof typeof CONTEXT_FIELDS> = {
  '--contract': 'contract',
  '--surface': 'surface',
  '--direction': 'direction',
  '--role': 'role',
  '--plan': 'clientPlan',
  '--declare': 'declared',
};

export const CHECK_HELP = `usage: contact-guard check [flags] TEXT   (TEXT "-" reads stdin)
flags:
${Object.entries(FLAG_TO_FIELD)
  .map(([flag, field]) => `  ${flag.padEnd(12)} ${CONTEXT_FIELDS[field].join('|')}`)
  .join('\n')}
  --evidence   CODE[,CODE] what the contract status was read from (contract-elsewhere: a
               contract exists with this person, but not in this thread)
  --json       print the structured explanation as JSON
exit status: 1 when the message is a violation, 0 otherwise, 2 on bad input`;

export interface CheckArgs {
  text: string | '-';
  context: ReturnType<typeof parseContext>;
  json: boolean;
}

export function parseCheckArgs(args: string[]): CheckArgs {
  const raw: Record<string, string> = {};
  let text: string | undefined;
  let json = false;
  let evidence: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] = a.startsWith('--') ? (a.split('=', 2) as [string, string | undefined]) : [a, undefined];
    if (flag === '--json' && inline === undefined) json = true;
    else if (flag === '--evidence') {
      const value = inline ?? args[++i];
      if (!value) throw new InputError('--evidence needs a value: CODE[,CODE], for example contract-elsewhere');
      evidence = value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
    } else if (flag in FLAG_TO_FIELD) {
      const value = inline ?? args[++i];
      if (value === undefined)
        throw new InputError(
          `${flag} needs a value: ${CONTEXT_FIELDS[FLAG_TO_FIELD[flag] as keyof typeof CONTEXT_FIELDS].join('|')}`,
        );
      raw[FLAG_TO_FIELD[flag] as string] = value;
    } else if (a.startsWith('--')) {
      throw new InputError(`unknown flag ${flag}\n${CHECK_HELP}`);
    } else if (text === undefined) text = a;
    else text += ` ${a}`;
  }
  if (text === undefined) throw new InputError(`no text given\n${CHECK_HELP}`);
  const context = parseContext(raw);
  if (evidence) {
    const status = typeof context.contract === 'string' ? context.contract : (context.contract?.status ?? 'none');
    context.contract = { status, evidence };
  }
  return { text, context, json };
}

function quote(words: string): string {
  return JSON.stringify(words.length > 120 ? `${words.slice(0, 117)}...` : words);
}

/** The explanation in readable words: what the CLI prints (and a model for other shells). */
export function formatExplanation(e: Explanation): string {
  const c = e.context;
  const lines = [
    `Verdict: ${VERDICT_TEXT[e.verdict]}. ${e.summary}`,
    `Context: ${c.direction} ${c.surface}; contract in this thread: ${c.contract.status}${c.contract.evidence.length ? ` (${c.contract.evidence.join(', ')})` : ''}; role: ${c.role}; client plan: ${c.clientPlan}; declared: ${c.declared ?? 'nothing'}`,
  ];
  if (e.findings.length) lines.push('', 'Findings:');
  e.findings.forEach((f, i) => {
    lines.push(
      `${i + 1}. ${VERDICT_TEXT[f.verdict]}: ${f.categoryName} ${quote(f.words)} at [${f.start}, ${f.end}) (${f.confidence} confidence${f.evidence.length ? `; ${f.evidence.join(', ')}` : ''})`,
      `   Rule: ${f.rule.title}. Source: ${f.rule.citation}.`,
    );
    if (f.exception) lines.push(`   Exception: ${f.exception.name}.`);
    for (const r of f.reasons) lines.push(`   - ${r.text}`);
    if (f.considered.length > 1 || f.verdict !== 'ok') {
      lines.push('   Exceptions considered:');
      for (const k of f.considered) lines.push(`     ${k.name}: ${k.outcomeText}. ${k.why.text}`);
    }
    lines.push(`   Advice: ${f.advice.text}`);
  });
  const messageReasons = e.reasons.filter((r) => !e.findings.some((f) => f.reasons.some((fr) => fr.code === r.code)));
  if (messageReasons.length) {
    lines.push('', e.findings.length ? 'Also:' : 'Note:');
    for (const r of messageReasons) lines.push(`- ${r.text}`);
  }
  if (e.rewrite?.changed) lines.push('', 'Safe rewrite:', e.rewrite.text);
  else if (e.rewrite?.reminder) lines.push('', 'Suggested sentence to add:', e.rewrite.reminder);
  return lines.join('\n');
}

export function runCheck(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${CHECK_HELP}\n`);
    return 0;
  }
  let parsed: CheckArgs;
  try {
    parsed = parseCheckArgs(args);
  } catch (err) {
    process.stderr.write(`contact-guard check: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const text = parsed.text === '-' ? readFileSync(0, 'utf8') : parsed.text;
  const explanation = explain(text, parsed.context);
  process.stdout.write(
    parsed.json ? `${JSON.stringify(explanation, null, 2)}\n` : `${formatExplanation(explanation)}\n`,
  );
  return explanation.verdict === 'violation' ? 1 : 0;
}
