/**
 * Input behaves as without the extension: IME composition, paste, undo, the safe rewrite
 * (through the editor's own input path, undoable); proposal forms are checked on submit;
 * typing a long proposal causes no long tasks; the extension makes no network request and
 * answers the popup's getPageState.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, type Harness, launchWithExtension, SERVER_URL } from './harness';
import { EDITOR, editorText, hook, openRoom, sent, waitForSent } from './page-helpers';

const ROOM = '/ab/messages/rooms/room_5eed0203';
const PROPOSAL = '/nx/proposals/job/~01a2b3c4d5/apply/';
const COVER = 'textarea[aria-labelledby="cover_letter_label"]';
const SUBMIT = 'button.air3-btn-primary';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  await page?.close();
});

async function room(): Promise<Page> {
  page = await h.open(ROOM);
  await openRoom(page, 'room_5eed0203');
  return page;
}

describe('editing behaves as without the extension', () => {
  it('IME composition: the committed text is kept exactly, sends, and is checked once committed', async () => {
    await room();
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await page.keyboard.type('Hello ');
    await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '日本' });
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Hello 日本', EDITOR);
    expect(await editorText(page)).toBe('Hello 日本');
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual(['Hello 日本']);
    // Composing contact details: the card waits for the composition to end, then warns.
    await cdp.send('Input.imeSetComposition', { text: 'jane.doe@example.com', selectionStart: 20, selectionEnd: 20 });
    await cdp.send('Input.insertText', { text: 'jane.doe@example.com' });
    await hook(page, 'warning').waitFor({ state: 'visible' });
    expect(await editorText(page)).toBe('jane.doe@example.com');
    await cdp.detach();
  });

  it('paste inserts the text once, and the pasted contact details are flagged', async () => {
    await room();
    await page.keyboard.type('Reach me: ');
    await page.evaluate((sel) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'jane.doe@example.com');
      document
        .querySelector(sel)
        ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, EDITOR);
    await hook(page, 'warning').waitFor({ state: 'visible' });
    expect(await editorText(page)).toBe('Reach me: jane.doe@example.com');
  });

  it('undo and redo work on typed text', async () => {
    await room();
    await page.keyboard.type('email me at jane.doe@example.com');
    await hook(page, 'warning').waitFor({ state: 'visible' });
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await editorText(page)).toBe('');
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    expect(await editorText(page)).toBe('email me at jane.doe@example.com');
  });

  it('the safe rewrite goes through the editor (its model changes) and one undo restores the draft', async () => {
    await room();
    const draft = 'Great, my address is jane.doe@example.com for the files';
    await page.keyboard.type(draft);
    await hook(page, 'rewrite').click();
    await page.waitForFunction(() => !(document.querySelector('.tiptap')?.textContent ?? '').includes('@'));
    const rewritten = await editorText(page);
    expect(rewritten).not.toContain('jane.doe@example.com');
    expect(rewritten.startsWith('Great, my address is ')).toBe(true);
    expect(rewritten).toContain('Upwork');
    expect(await page.locator(EDITOR).textContent()).toBe(rewritten);
    await hook(page, 'warning').waitFor({ state: 'hidden' });
    // Undo brings the draft back exactly (the editor's own history recorded the edit).
    await page.locator(EDITOR).focus();
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await editorText(page)).toBe(draft);
    // And the rewritten text sends at once.
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    expect(await editorText(page)).toBe(rewritten);
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([rewritten]);
  });
});

describe('forms', () => {
  it('proposal submit is checked: stopped with contact details, Edit keeps the draft, clean submit goes through', async () => {
    page = await h.open(PROPOSAL);
    const cover = page.locator(COVER);
    await cover.click();
    const draft = 'I have built similar dashboards.\nEmail me at jane.doe@example.com to talk.';
    await page.keyboard.type(draft);
    await hook(page, 'warning').waitFor({ state: 'visible' });
    await page.locator(SUBMIT).click();
    await hook(page, 'send-check').waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    await hook(page, 'edit').click();
    await hook(page, 'send-check').waitFor({ state: 'hidden' });
    expect(await cover.inputValue()).toBe(draft);
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), COVER)).toBe(true);
    // The rewrite uses the textarea's own editing (undoable), then submit goes through.
    await hook(page, 'rewrite').click();
    await page.waitForFunction(
      (sel) => !(document.querySelector(sel) as HTMLTextAreaElement).value.includes('@'),
      COVER,
    );
    await page.locator(SUBMIT).click();
    const [submitted] = await waitForSent(page, 1);
    expect(submitted?.startsWith('I have built similar dashboards.\n')).toBe(true);
    expect(submitted).not.toContain('jane.doe@example.com');
  });

  it('a screening answer with a payment offer stops the submit; Send anyway submits exactly what was typed', async () => {
    page = await h.open(PROPOSAL);
    await page.locator(COVER).fill('I can help with this project.');
    await page.locator('#q2').click();
    await page.keyboard.type('Available now, pay me via PayPal');
    await page.locator(SUBMIT).click();
    await hook(page, 'send-anyway').click();
    expect(await waitForSent(page, 1)).toEqual([
      'I can help with this project.\n---\n\n---\nAvailable now, pay me via PayPal',
    ]);
  });

  it('job post and profile text areas are watched too', async () => {
    page = await h.open('/nx/job-post/index/description');
    await page.locator('#job-description').click();
    await page.keyboard.type('Send CVs to jane.doe@example.com');
    await hook(page, 'warning').waitFor({ state: 'visible' });
    await page.close();
    page = await h.open('/nx/create-profile/overview');
    await page.locator('textarea[aria-labelledby="overview-label"]').click();
    await page.keyboard.type('Designer. WhatsApp me on +1 555 0100');
    await hook(page, 'warning').waitFor({ state: 'visible' });
  });
});

describe('cost and privacy', () => {
  it('typing a 3,000-character proposal causes no long task', async () => {
    page = await h.open(PROPOSAL);
    const cover = page.locator(COVER);
    // Start measuring once the extension is up and has checked a first text (startup,
    // including its idle-time warm-up of the detectors, is not typing).
    await cover.click();
    await page.keyboard.type('jane.doe@example.com');
    await hook(page, 'warning').waitFor({ state: 'visible' });
    await cover.fill('');
    await hook(page, 'warning').waitFor({ state: 'hidden' });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await cover.click();
    const sentence = 'I have shipped many similar dashboards with React and TypeScript, on time and tested. ';
    let body = '';
    while (body.length < 2900) body += sentence;
    const cdp = await page.context().newCDPSession(page);
    // Most of it arrives as text input, the rest is typed key by key.
    for (let i = 0; i < body.length; i += 300) await cdp.send('Input.insertText', { text: body.slice(i, i + 300) });
    await page.keyboard.type(' Contact me at jane.doe@example.com for the details, or we can chat here.', { delay: 5 });
    await hook(page, 'warning').waitFor({ state: 'visible' });
    expect((await cover.inputValue()).length).toBeGreaterThanOrEqual(2900);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks.filter((d) => d > 50)).toEqual([]);
    await cdp.detach();
  });

  it('answers the popup with the page state', async () => {
    page = await h.open('/ab/messages/rooms/room_c0ffee01');
    await openRoom(page, 'room_c0ffee01');
    const sw = await h.serviceWorker();
    // The popup's question, asked the way lib/ext/messaging sends it.
    const state = await sw.evaluate(async (url) => {
      type Tab = { id?: number; url?: string };
      const tabsApi = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: object): Promise<unknown> } };
        }
      ).chrome.tabs;
      const tabs = await tabsApi.query({});
      const tab = tabs.find((t) => t.url === url) ?? tabs[tabs.length - 1];
      return tabsApi.sendMessage(tab?.id ?? -1, { tag: 'contact-guard/1', name: 'getPageState' });
    }, page.url());
    expect(state).toEqual({
      pageKind: 'message-thread',
      threadId: 'room_c0ffee01',
      contract: { status: 'active', evidence: ['view-contract-action'], source: 'page' },
      selectorsFound: true,
      composerCount: 1,
    });
  });

  it('no request leaves for any host but the marketplace fixture', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(h.requests, h.extensionId)).toEqual([]);
    for (const r of h.requests) expect(new URL(r.url).origin).toBe(SERVER_URL);
    // Every request the server saw is a fixture page or asset.
    for (const path of h.server.served) expect(path).toMatch(/^\/(assets\/|ab\/messages\/|nx\/|favicon\.ico$)/);
  });
});
