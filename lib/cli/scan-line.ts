import { scan } from '../scan';
import { InputError, parseContext } from './context-args';

export interface ScanLineOutput {
  id: string | number;
  verdict: string;
  findings: { category: string; start: number; end: number }[];
}

/** One `scan` input line to its output line, or a message saying what is wrong with it. */
export function scanLine(line: string): ScanLineOutput | { error: string } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { error: 'expected a JSON object {"id","text"}' };
  const { id, text, context } = obj as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { error: 'missing "id" (a string or number)' };
  if (typeof text !== 'string') return { error: `id ${JSON.stringify(id)}: missing "text" (a string)` };
  let ctx: ReturnType<typeof parseContext>;
  try {
    ctx = parseContext(context);
  } catch (err) {
    return { error: `id ${JSON.stringify(id)}: ${err instanceof InputError ? err.message : String(err)}` };
  }
  const result = scan(text, ctx);
  return {
    id,
    verdict: result.verdict,
    findings: result.findings.map((f) => ({ category: f.category, start: f.start, end: f.end })),
  };
}
