/**
 * The extension's own pages in real Chromium with the built extension: the options page
 * persists and propagates settings, the popup describes a marketplace tab through its
 * content script (page kind, thread contract status, override), the paste-in checker
 * judges text, and the explainer opens without the text in its URL. Also takes the
 * screenshots in docs/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/ext/messaging';
import { EXTENSION_DIR, foreignRequests, type Harness, launchWithExtension } from './harness';

// The service worker's `chrome` global, typed only as far as these tests use it.
interface WorkerTab {
  id?: number;
  url?: string;
  pendingUrl?: string;
}
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: {
    query(query: object): Promise<WorkerTab[]>;
    sendMessage(tabId: number, message: unknown): Promise<PageState | undefined>;
  };
};

const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs');
const PRE_CONTRACT_ROOM = '/ab/messages/rooms/room_0a1b2c3d';
const WORKROOM = '/nx/wm/workroom/4400002/messages';

/** CG_EXTENSION_DIR: test another build than .output/chrome-mv3 (e.g. a private one). */
const BUILD_DIR = process.env.CG_EXTENSION_DIR ?? EXTENSION_DIR;

let h: Harness;
let snapshot: string;
beforeAll(async () => {
  // Load a private copy of the build: other engineers rebuild .output while tests run.
  for (const file of ['popup.html', 'options.html', 'manifest.json']) {
    if (!existsSync(join(BUILD_DIR, file))) throw new Error(`${file} missing from ${BUILD_DIR}: build first`);
  }
  snapshot = mkdtempSync(join(tmpdir(), 'cg-shell-ext-'));
  cpSync(BUILD_DIR, snapshot, { recursive: true });
  h = await launchWithExtension({ extensionDir: snapshot });
});
afterAll(async () => {
  await h?.close();
  rmSync(snapshot, { recursive: true, force: true });
});

/** Wait for a state (never a fixed sleep); generous for a loaded CI machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

const extUrl = (path: string) => `chrome-extension://${h.extensionId}/${path}`;

/** Run code in the service worker (fetched again: MV3 workers sleep when idle). */
async function inWorker<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  const sw = await h.serviceWorker();
  return sw.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
}

async function storedSettings(): Promise<Record<string, unknown> | undefined> {
  return inWorker(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>, null);
}

/** The tab id of a marketplace page (host access to upwork.com lets us see tab URLs there). */
async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await inWorker(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`no tab for ${url}`);
  return id;
}

async function openPopup(tabId?: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 380, height: 800 });
  await page.goto(extUrl(tabId === undefined ? 'popup.html' : `popup.html?tabId=${tabId}`));
  return page;
}

async function pageStateFromContentScript(tabId: number) {
  return inWorker(
    async (id: number) => chrome.tabs.sendMessage(id, { tag: 'contact-guard/1', name: 'getPageState' }),
    tabId,
  );
}

describe('options page', () => {
  it('saves each change, says "Saved", and keeps it across a reload', async () => {
    const page = await h.context.newPage();
    await page.goto(extUrl('options.html'));
    // Protective defaults on a fresh profile.
    await eventually(() => page.locator('input[name="behaviour"][value="warn-and-confirm"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="scamWarnings"]').isChecked()).toBe(true);

    await page.getByLabel('Client', { exact: true }).check();
    await eventually(() => page.locator('[data-contact-guard="save-status"]').textContent()).toBe('Saved');
    await page.getByLabel('Confirm before sending only').check();
    await page.locator('[data-contact-guard="country-search"]').fill('germ');
    await page.locator('[data-contact-guard="country-search"]').press('Enter');
    await eventually(async () => (await storedSettings())?.defaultCountry).toBe('DE');
    expect(await storedSettings()).toMatchObject({ role: 'client', behaviour: 'confirm-only', defaultCountry: 'DE' });

    await page.reload();
    await eventually(() => page.locator('input[name="role"][value="client"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="behaviour"][value="confirm-only"]').isChecked()).toBe(true);
    expect(await page.locator('[data-contact-guard="country-select"]').inputValue()).toBe('DE');

    // Back to the defaults for the tests below.
    await page.getByLabel('Not set', { exact: true }).check();
    await page.getByLabel('Warn while typing and confirm before sending').check();
    await eventually(async () => (await storedSettings())?.behaviour).toBe('warn-and-confirm');
    await page.close();
  });

  it('a change reaches an open popup and an open tab’s content script without a reload', async () => {
    const room = await h.open(PRE_CONTRACT_ROOM);
    const tabId = await tabIdOf(room);
    const popup = await openPopup(tabId);
    await eventually(() => popup.locator('[data-contact-guard="you"]').textContent()).toMatch(/You: Not set/);

    // The content script warns about an email in the composer...
    const editor = room.locator('.up-d-composer .composer .tiptap.ProseMirror');
    await editor.click();
    await room.keyboard.type('jo.doe@example.com');
    await room.locator('[data-contact-guard="warning"]').first().waitFor({ state: 'visible' });

    const options = await h.context.newPage();
    await options.goto(extUrl('options.html'));
    await options.getByLabel('Freelancer', { exact: true }).check();
    await options.getByLabel('Email address', { exact: true }).uncheck();
    await eventually(() => options.locator('[data-contact-guard="save-status"]').textContent()).toBe('Saved');

    // ...and stops once email is switched off, in the same page load.
    await eventually(() => popup.locator('[data-contact-guard="you"]').textContent()).toMatch(/You: Freelancer/);
    await room.locator('[data-contact-guard="warning"]').first().waitFor({ state: 'hidden' });

    await options.getByLabel('Email address', { exact: true }).check();
    await options.getByLabel('Not set', { exact: true }).check();
    await eventually(async () => (await storedSettings())?.role).toBe('unknown');
    await Promise.all([options.close(), popup.close(), room.close()]);
  });
});

describe('popup', () => {
  it('describes a pre-contract message thread, and the override changes what the content script reports', async () => {
    const room = await h.open(PRE_CONTRACT_ROOM);
    const tabId = await tabIdOf(room);
    const popup = await openPopup(tabId);
    const status = popup.locator('[data-contact-guard="contract-status"]');
    await eventually(() => status.getAttribute('data-status')).toBe('none');
    expect(await popup.locator('[data-contact-guard="page-kind"]').textContent()).toBe('Message thread');
    expect(await popup.locator('[data-contact-guard="contract-evidence"]').textContent()).not.toBe('');
    expect(await popup.locator('[data-contact-guard="contract-source"]').getAttribute('data-source')).toBe('page');
    expect(await popup.locator('[data-contact-guard="exceptions"] li').count()).toBeGreaterThan(0);

    await popup.locator('[data-contact-guard="contract-override"]').selectOption('active');
    await eventually(() => status.getAttribute('data-status')).toBe('active');
    expect(await popup.locator('[data-contact-guard="contract-source"]').getAttribute('data-source')).toBe('override');
    await eventually(async () => (await pageStateFromContentScript(tabId))?.contract).toMatchObject({
      status: 'active',
      source: 'override',
    });
    const facts = await inWorker(async () => (await chrome.storage.local.get('threadFacts')).threadFacts, null);
    expect(facts).toMatchObject({ room_0a1b2c3d: { contractOverride: 'active' } });
    expect(JSON.stringify(facts)).not.toMatch(/example|@/);

    // The options page lists the thread (id only) and forgetting it gives the page's reading back.
    const options = await h.context.newPage();
    await options.goto(extUrl('options.html'));
    const row = options.locator('[data-thread-id="room_0a1b2c3d"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Active');
    await options.getByRole('button', { name: 'Forget thread room_0a1b2c3d' }).click();
    await options.locator('[data-contact-guard="threads-empty"]').waitFor();
    await eventually(() => status.getAttribute('data-status')).toBe('none');
    await eventually(async () => (await pageStateFromContentScript(tabId))?.contract).toMatchObject({
      status: 'none',
      source: 'page',
    });
    await options.close();
    await Promise.all([popup.close(), room.close()]);
  });

  it('describes a contract workroom as active, and the checker follows that context', async () => {
    const room = await h.open(WORKROOM);
    const tabId = await tabIdOf(room);
    const popup = await openPopup(tabId);
    await eventually(() => popup.locator('[data-contact-guard="contract-status"]').getAttribute('data-status')).toBe(
      'active',
    );
    expect(await popup.locator('[data-contact-guard="page-kind"]').textContent()).toBe('Contract workroom');
    await popup.locator('[data-contact-guard="checker-input"]').fill('my email is jo.doe@example.com');
    await eventually(() => popup.locator('[data-contact-guard="checker-result"]').getAttribute('data-verdict')).toBe(
      'ok',
    );
    await Promise.all([popup.close(), room.close()]);
  });

  it('off the marketplace, says so and still checks text; the explainer gets the text without it in its URL', async () => {
    const popup = await openPopup(); // the active tab is the popup itself: no content script
    await popup.locator('[data-contact-guard="not-marketplace"]').waitFor();
    await popup.locator('[data-contact-guard="checker-input"]').fill('text me on 555-0100 or jo.doe@example.com');
    const result = popup.locator('[data-contact-guard="checker-result"]');
    await eventually(() => result.getAttribute('data-verdict')).toBe('violation');
    const quoted = await result.locator('[data-contact-guard="judgements"] q').allTextContents();
    expect(quoted.join(' ')).toContain('jo.doe@example.com');

    const opened = h.context.waitForEvent('page');
    await popup.locator('[data-contact-guard="checker-explain"]').click();
    const explainer = await opened;
    // The tab was opened on explain.html itself: no text, no query, no fragment.
    // (The worker may see its own extension's tab URLs without the 'tabs' permission.)
    const urls = await inWorker(
      async () => (await chrome.tabs.query({})).map((t) => t.pendingUrl ?? t.url ?? ''),
      null,
    );
    expect(urls.filter((u) => u.includes('explain'))).toEqual([extUrl('explain.html')]);
    // The explainer took the text from the background's memory.
    await eventually(() => explainer.locator('[data-contact-guard="explain-input"]').inputValue()).toBe(
      'text me on 555-0100 or jo.doe@example.com',
    );
    await explainer.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('saves screenshots of the popup and the options page', async () => {
    mkdirSync(DOCS, { recursive: true });
    const room = await h.open(PRE_CONTRACT_ROOM);
    const popup = await openPopup(await tabIdOf(room));
    await popup.locator('[data-contact-guard="contract-status"]').waitFor();
    await popup
      .locator('[data-contact-guard="checker-input"]')
      .fill("Let's talk on WhatsApp, my number is (555) 010-0123.");
    await eventually(() =>
      popup.locator('[data-contact-guard="checker-result"]').getAttribute('data-verdict'),
    ).not.toBe('');
    await popup.screenshot({ path: join(DOCS, 'popup.png'), fullPage: true });

    const options = await h.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(extUrl('options.html'));
    await options.locator('[data-contact-guard="save-status"]').waitFor({ state: 'attached' });
    await options.screenshot({ path: join(DOCS, 'options.png'), fullPage: true });
    await Promise.all([options.close(), popup.close(), room.close()]);
  });

  it('made no request outside the fixture origin and the extension', () => {
    expect(foreignRequests(h.requests, h.extensionId)).toEqual([]);
  });
});
