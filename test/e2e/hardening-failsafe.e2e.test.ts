/**
 * Fail-safe, in real Chromium: when the extension breaks, the page works as without it.
 * - Test-only builds (entrypoints/upwork.content/fault.ts, made into temp dirs) where the
 *   detector throws, or where the content script's UI fails to mount: typing is exact and
 *   the exact text sends, via Enter and via the button, clean or with contact details.
 * - The real build carries no trigger for those faults (the seam is compiled out).
 * - A stale content script after the extension reloads (an update) does not break the page.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/ext/messaging';
import { buildFaultVariant, CONTENT_SCRIPT, type PageWatch, snapshotBuild, watchPage } from './hardening-helpers';
import { type Harness, launchWithExtension, SERVER_URL } from './harness';
import { EDITOR, editorText, hook, openRoom, SEND_BUTTON, sent, waitForSent } from './page-helpers';

const ROOM_ID = 'room_5eed0203';
const ROOM = `/ab/messages/rooms/${ROOM_ID}`;
const PROPOSAL = '/nx/proposals/job/~01a2b3c4d5/apply/';
const COVER = 'textarea[aria-labelledby="cover_letter_label"]';
const SUBMIT = 'button.air3-btn-primary';

const CLEAN = 'Happy to help, I can start on Monday and share drafts here.';
const CONTACT = 'Email me at jane.doe@example.com or call +1 202 555 0142 and pay me via PayPal.';
const FAULT_MARK = 'contact-guard e2e fault';

const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

/** Ask the page's content script for its state, the way the popup does (proves it runs). */
async function pageState(h: Harness, page: Page): Promise<PageState | null> {
  const sw = await h.serviceWorker();
  return sw.evaluate(async (url) => {
    type Tab = { id?: number; url?: string };
    const tabs = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: object): Promise<unknown> } };
      }
    ).chrome.tabs;
    const tab = (await tabs.query({})).find((t) => t.url === url);
    if (!tab?.id) return null;
    return (await tabs
      .sendMessage(tab.id, { tag: 'contact-guard/1', name: 'getPageState' })
      .catch(() => null)) as PageState | null;
  }, page.url());
}

async function openWatched(h: Harness, path: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await h.context.newPage();
  const watch = await watchPage(page);
  await page.goto(new URL(path, SERVER_URL).href);
  return { page, watch };
}

/** Type into the composer and send with Enter or the button; the exact text must arrive. */
async function typeAndSend(page: Page, text: string, via: 'enter' | 'button', count: number): Promise<void> {
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
  expect(await editorText(page)).toBe(text);
  if (via === 'enter') await page.keyboard.press('Enter');
  else await page.locator(SEND_BUTTON).click();
  const all = await waitForSent(page, count);
  expect(all[count - 1]).toBe(text);
  expect(await page.locator(`#fixture-sent li:nth-child(${count})`).getAttribute('data-via')).toBe(via);
  await eventually(() => editorText(page)).toBe('');
}

/**
 * Type and send text with contact details where a pre-send check may or may not stand in
 * the way: if it does, "Send anyway" must get it through. Waits on whichever comes first.
 */
async function sendPast(page: Page, text: string, via: 'enter' | 'button', count: number): Promise<void> {
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
  expect(await editorText(page)).toBe(text);
  if (via === 'enter') await page.keyboard.press('Enter');
  else await page.locator(SEND_BUTTON).click();
  const dialog = hook(page, 'send-check');
  const outcome = await Promise.race([
    waitForSent(page, count).then(() => 'sent' as const),
    dialog.waitFor({ state: 'visible' }).then(() => 'checked' as const),
  ]);
  if (outcome === 'checked') await hook(page, 'send-anyway').click();
  expect((await waitForSent(page, count))[count - 1]).toBe(text);
  await eventually(() => editorText(page)).toBe('');
}

describe('the real build cannot be made to fail on purpose', () => {
  it('has no fault code; a fault build does (the check can fail)', () => {
    const real = snapshotBuild();
    const fault = buildFaultVariant('detector');
    try {
      const realScript = readFileSync(join(real, CONTENT_SCRIPT), 'utf8');
      const faultScript = readFileSync(join(fault.dir, CONTENT_SCRIPT), 'utf8');
      expect(faultScript).toContain(FAULT_MARK);
      expect(realScript).not.toContain(FAULT_MARK);
      expect(realScript).not.toContain('__CG_FAULT__');
      // The mode name that enables it is not in any shipped file either.
      for (const file of ['background.js', 'manifest.json', CONTENT_SCRIPT]) {
        expect(readFileSync(join(real, file), 'utf8')).not.toContain('e2e-fault');
      }
    } finally {
      rmSync(real, { recursive: true, force: true });
      fault.cleanup();
    }
  });
});

for (const fault of ['detector', 'ui'] as const) {
  describe(`with the ${fault === 'detector' ? 'detector throwing' : "content script's UI failing to mount"}`, () => {
    let h: Harness;
    let cleanup: () => void;
    const watches: PageWatch[] = [];

    beforeAll(async () => {
      const built = buildFaultVariant(fault);
      cleanup = built.cleanup;
      h = await launchWithExtension({ extensionDir: built.dir });
    });
    afterAll(async () => {
      for (const w of watches) await w.stop();
      await h?.close();
      cleanup?.();
    });

    it('the composer types and sends exactly, via Enter and via the button, clean or not', async () => {
      const { page, watch } = await openWatched(h, ROOM);
      watches.push(watch);
      await openRoom(page, ROOM_ID);
      // The content script is running and guards the composer: the fault is what we test.
      await eventually(async () => (await pageState(h, page))?.composerCount).toBe(1);

      await typeAndSend(page, CLEAN, 'enter', 1);
      await typeAndSend(page, CONTACT, 'enter', 2);
      await typeAndSend(page, CLEAN, 'button', 3);
      await typeAndSend(page, CONTACT, 'button', 4);
      if (fault === 'ui') {
        // The detector still ran (the contact details are highlighted), only the UI failed.
        await page.locator(EDITOR).click();
        await page.keyboard.type(CONTACT);
        await eventually(() => page.evaluate(() => CSS.highlights.has('contact-guard'))).toBe(true);
      }
      // No warning card, no dialog: the UI never appeared either way.
      expect(await hook(page, 'warning').count()).toBe(0);
      expect(await hook(page, 'send-check').count()).toBe(0);
      expect(watch.pageErrors).toEqual([]);
      await page.close();
    });

    it('a proposal types and submits exactly what was typed', async () => {
      const { page, watch } = await openWatched(h, PROPOSAL);
      watches.push(watch);
      await eventually(async () => (await pageState(h, page))?.composerCount).toBe(3);
      await page.locator(COVER).click();
      await page.keyboard.type(CONTACT);
      await page.locator('#q2').click();
      await page.keyboard.type(CLEAN);
      expect(await page.locator(COVER).inputValue()).toBe(CONTACT);
      await page.locator(SUBMIT).click();
      expect(await waitForSent(page, 1)).toEqual([`${CONTACT}\n---\n\n---\n${CLEAN}`]);
      expect(await hook(page, 'send-check').count()).toBe(0);
      expect(watch.pageErrors).toEqual([]);
      await page.close();
    });

    it('the fault stays inside the extension: no uncaught error reaches the page or the console', () => {
      const errors = watches.flatMap((w) => w.log.filter((e) => e.kind === 'error'));
      expect(errors).toEqual([]);
    });
  });
}

describe('a stale content script after the extension reloads (an update)', () => {
  let h: Harness;
  let build: string;
  beforeAll(async () => {
    build = snapshotBuild();
    h = await launchWithExtension({ extensionDir: build });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(build, { recursive: true, force: true });
  });

  it('the page still types and sends, with no uncaught error', async () => {
    const { page, watch } = await openWatched(h, ROOM);
    await openRoom(page, ROOM_ID);
    // Live first: the extension warns.
    await page.keyboard.type(CONTACT);
    await hook(page, 'warning').waitFor({ state: 'visible' });
    await page.locator(EDITOR).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await eventually(() => editorText(page)).toBe('');

    // The extension reloads (what an update does); the old content script is orphaned.
    const old = await h.serviceWorker();
    const closed = new Promise<void>((ok) => old.once('close', () => ok()));
    await old
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {});
    await closed;

    // First thing after the update, before the orphan has noticed: contact details + Enter.
    // Whatever the stale script does (a check the user can pass, or nothing), it sends.
    await sendPast(page, CONTACT, 'enter', 1);
    await typeAndSend(page, CLEAN, 'enter', 2);
    await typeAndSend(page, CLEAN, 'button', 3);
    await sendPast(page, CONTACT, 'button', 4);
    expect(await sent(page)).toEqual([CONTACT, CLEAN, CLEAN, CONTACT]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.log.filter((e) => e.kind === 'error')).toEqual([]);
    await watch.stop();
  });
});
