/**
 * Helpers for the hardening end-to-end tests: private copies of the build, test-only fault
 * builds, console/error collectors that see every execution context (the page, the content
 * script's isolated world, the service worker), and a dump of all extension storage.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, type Harness } from './harness';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built content script inside a build directory. */
export const CONTENT_SCRIPT = 'content-scripts/upwork.js';

/**
 * Copy the current build to a private temp dir: other engineers rebuild .output while
 * tests run. Returns the copy's path; remove it with `rmSync` when done.
 */
export function snapshotBuild(dir = process.env.CG_EXTENSION_DIR ?? EXTENSION_DIR): string {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No build at ${dir}: run \`npm run build:chrome\` first`);
  const copy = mkdtempSync(join(tmpdir(), 'cg-hardening-ext-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/**
 * Build a test-only variant of the extension whose content script throws at one seam
 * (entrypoints/upwork.content/fault.ts), into a temp dir, never into .output. Uses WXT's
 * JS API (the CLI has no out-dir option); the `e2e-fault` mode is what enables the fault.
 */
export function buildFaultVariant(fault: 'detector' | 'ui'): { dir: string; cleanup: () => void } {
  const out = mkdtempSync(join(tmpdir(), `cg-fault-${fault}-`));
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { build } from 'wxt'; await build({ mode: 'e2e-fault', outDir: process.argv[1] });",
      out,
    ],
    { cwd: ROOT, env: { ...process.env, CG_FAULT: fault }, stdio: 'ignore', timeout: 120_000 },
  );
  const sub = readdirSync(out).find((d) => existsSync(join(out, d, 'manifest.json')));
  if (!sub) throw new Error(`fault build for ${fault} produced no extension in ${out}`);
  return { dir: join(out, sub), cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

export interface LogEntry {
  /** Where it came from: 'page' (main world), 'isolated' (a content script), 'worker'. */
  source: 'page' | 'isolated' | 'worker' | 'other';
  kind: 'console' | 'error';
  text: string;
}

/** The isolated-world execution contexts seen on a page (content scripts), by id. */
export interface PageWatch {
  log: LogEntry[];
  /** Playwright's `pageerror`: uncaught errors in the page's main world. */
  pageErrors: string[];
  cdp: CDPSession;
  isolatedContexts: () => { id: number; name: string; origin: string }[];
  stop: () => Promise<void>;
}

interface RemoteObject {
  type?: string;
  value?: unknown;
  description?: string;
  unserializableValue?: string;
  preview?: { properties?: { value?: string }[] };
}

function describeArg(arg: RemoteObject): string {
  const parts = [arg.description ?? '', arg.unserializableValue ?? ''];
  if (arg.value !== undefined) parts.push(typeof arg.value === 'string' ? arg.value : JSON.stringify(arg.value));
  for (const p of arg.preview?.properties ?? []) parts.push(p.value ?? '');
  return parts.filter(Boolean).join(' ');
}

/**
 * Collect everything written to the console and every uncaught exception on a page, in
 * EVERY execution context of it: Playwright's `console` only reports the main world, so the
 * content script's isolated world is watched through CDP's Runtime domain too.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const log: LogEntry[] = [];
  const pageErrors: string[] = [];
  const contexts = new Map<number, { id: number; name: string; origin: string; type: string }>();
  page.on('console', (m) => log.push({ source: 'page', kind: 'console', text: m.text() }));
  page.on('pageerror', (e) => pageErrors.push(String(e?.stack ?? e)));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', (e) => {
    const c = e.context as { id: number; name: string; origin: string; auxData?: { type?: string } };
    contexts.set(c.id, { id: c.id, name: c.name, origin: c.origin, type: c.auxData?.type ?? '' });
  });
  cdp.on('Runtime.executionContextDestroyed', (e) => {
    contexts.delete(e.executionContextId as number);
  });
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  const sourceOf = (id: number | undefined): LogEntry['source'] => {
    const type = id === undefined ? undefined : contexts.get(id)?.type;
    return type === 'isolated' ? 'isolated' : type === 'default' ? 'page' : 'other';
  };
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const args = (e.args as RemoteObject[]).map(describeArg).join(' ');
    log.push({ source: sourceOf(e.executionContextId as number), kind: 'console', text: args });
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails as { text?: string; executionContextId?: number; exception?: RemoteObject };
    log.push({
      source: sourceOf(d.executionContextId),
      kind: 'error',
      text: `${d.text ?? ''} ${d.exception ? describeArg(d.exception) : ''}`,
    });
  });
  await cdp.send('Runtime.enable');
  return {
    log,
    pageErrors,
    cdp,
    isolatedContexts: () =>
      Array.from(contexts.values())
        .filter((c) => c.type === 'isolated')
        .map(({ id, name, origin }) => ({ id, name, origin })),
    stop: () => cdp.detach().catch(() => {}),
  };
}

/** Collect the console of the extension's service worker, across restarts of the worker. */
export function watchWorkers(context: BrowserContext, log: LogEntry[]): void {
  const watched = new WeakSet<Worker>();
  const attach = (w: Worker): void => {
    if (watched.has(w)) return;
    watched.add(w);
    w.on('console', (m) => log.push({ source: 'worker', kind: 'console', text: m.text() }));
  };
  for (const w of context.serviceWorkers()) attach(w);
  context.on('serviceworker', attach);
}

/** Every key of chrome.storage local, sync and session, serialised (read in the worker). */
export async function dumpExtensionStorage(h: Harness): Promise<{ local: string; sync: string; session: string }> {
  const sw = await h.serviceWorker();
  return sw.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }).chrome;
    return {
      local: JSON.stringify(await c.storage.local.get(null)),
      sync: JSON.stringify(await c.storage.sync.get(null)),
      session: JSON.stringify(await c.storage.session.get(null)),
    };
  });
}

/**
 * The ways a typed secret could appear once processed: as typed, lower-cased, without
 * spaces, and for numbers as bare digits (a canonical +E.164 form contains them).
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, secret.toLowerCase(), secret.replace(/\s/gu, '')]);
  const digits = secret.replace(/\D/gu, '');
  if (digits.length >= 7) forms.add(digits);
  return Array.from(forms).filter((f) => f.length >= 6);
}

/** The secrets (in any of their forms) that occur in `haystack`. */
export function leaked(haystack: string, secrets: readonly string[]): string[] {
  const lower = haystack.toLowerCase();
  return secrets.flatMap(secretForms).filter((f) => lower.includes(f.toLowerCase()));
}
