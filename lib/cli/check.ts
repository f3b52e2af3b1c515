import { readFileSync } from 'node:fs';
import { scan } from '../scan';
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
  .join('\n')}`;

export function parseCheckArgs(args: string[]): { text: string | '-'; context: ReturnType<typeof parseContext> } {
  const raw: Record<string, string> = {};
  let text: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] = a.startsWith('--') ? (a.split('=', 2) as [string, string | undefined]) : [a, undefined];
    if (flag in FLAG_TO_FIELD) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new InputError(`${flag} needs a value: ${CONTEXT_FIELDS[FLAG_TO_FIELD[flag] as keyof typeof CONTEXT_FIELDS].join('|')}`);
      raw[FLAG_TO_FIELD[flag] as string] = value;
    } else if (a.startsWith('--') ) {
      throw new InputError(`unknown flag ${flag}\n${CHECK_HELP}`);
    } else if (text === undefined) text = a;
    else text += ` ${a}`;
  }
  if (text === undefined) throw new InputError(`no text given\n${CHECK_HELP}`);
  return { text, context: parseContext(raw) };
}

export function runCheck(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${CHECK_HELP}\n`);
    return 0;
  }
  let parsed: ReturnType<typeof parseCheckArgs>;
  try {
    parsed = parseCheckArgs(args);
  } catch (err) {
    process.stderr.write(`contact-guard check: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const text = parsed.text === '-' ? readFileSync(0, 'utf8') : parsed.text;
  const result = scan(text, parsed.context);
  const lines = [`Verdict: ${result.verdict}`];
  for (const j of result.judgements) {
    const f = j.finding;
    lines.push(`- ${j.verdict.toUpperCase()} ${f.category} "${text.slice(f.start, f.end)}" [${f.start}, ${f.end}) (${f.confidence}; ${[f.detector, ...f.evidence].join(', ')})`);
  }
  if (!result.judgements.length) lines.push('No contact details, requests or payment offers found.');
  process.stdout.write(`${lines.join('\n')}\n`);
  return result.verdict === 'violation' ? 1 : 0;
}
