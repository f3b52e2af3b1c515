/**
 * The message room: warnings while typing, the pre-send check on Enter and on the Send
 * button, Edit and Send anyway, clean text going straight out, contract rooms, in-app
 * navigation re-reading the contract status, and incoming scam warnings.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchWithExtension } from './harness';
import { EDITOR, editorText, hook, openRoom, SEND_BUTTON, sent, waitForSent } from './page-helpers';

const PRE_CONTRACT = '/ab/messages/rooms/room_5eed0203';
const CONTRACT = '/ab/messages/rooms/room_c0ffee01';
const EMAIL_DRAFT = 'Sure! email me at jane.doe@example.com';
const PAYMENT_DRAFT = 'Happy to start, pay me via PayPal';

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

async function room(path: string): Promise<Page> {
  page = await h.open(path);
  await openRoom(page, path.split('/').pop() ?? '');
  return page;
}

describe('message room before a contract', () => {
  it('warns while typing, highlights the finding, and hides the card once the text is clean', async () => {
    await room(PRE_CONTRACT);
    await page.keyboard.type(EMAIL_DRAFT);
    const card = hook(page, 'warning');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('jane.doe@example.com');
    // The highlight lives in the document's highlight registry, not in the editor's DOM.
    await page.waitForFunction(() => (CSS.highlights.get('contact-guard')?.size ?? 0) > 0);
    expect(await page.locator(`${EDITOR} mark, ${EDITOR} [data-contact-guard]`).count()).toBe(0);
    // "email me at" alone is still a request for contact: clear the whole draft.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await card.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => !CSS.highlights.has('contact-guard'));
  });

  it('stops Enter on a violation; Edit returns to the exact draft with focus', async () => {
    await room(PRE_CONTRACT);
    await page.keyboard.type(EMAIL_DRAFT);
    await page.keyboard.press('Enter');
    await hook(page, 'send-check').waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    await hook(page, 'edit').click();
    await hook(page, 'send-check').waitFor({ state: 'hidden' });
    expect(await editorText(page)).toBe(EMAIL_DRAFT);
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), EDITOR)).toBe(true);
    // Typing continues where the draft was.
    await page.keyboard.type(' ok');
    expect(await editorText(page)).toBe(`${EMAIL_DRAFT} ok`);
    expect(await sent(page)).toEqual([]);
  });

  it('Send anyway after Enter sends exactly the draft through the page', async () => {
    await room(PRE_CONTRACT);
    await page.keyboard.type('Line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(EMAIL_DRAFT);
    await page.keyboard.press('Enter');
    await hook(page, 'send-anyway').click();
    expect(await waitForSent(page, 1)).toEqual([`Line one\n${EMAIL_DRAFT}`]);
    expect(await page.locator('#fixture-sent li').first().getAttribute('data-via')).toBe('enter');
    await page.waitForFunction(() => document.querySelector('.tiptap')?.textContent === '');
  });

  it('stops the Send button on a violation; Send anyway clicks it for real', async () => {
    await room(PRE_CONTRACT);
    await page.keyboard.type(PAYMENT_DRAFT);
    await page.locator(SEND_BUTTON).click();
    await hook(page, 'send-check').waitFor({ state: 'visible' });
    expect(await hook(page, 'send-check').textContent()).toMatch(/payment/i);
    expect(await sent(page)).toEqual([]);
    await hook(page, 'send-anyway').click();
    expect(await waitForSent(page, 1)).toEqual([PAYMENT_DRAFT]);
    expect(await page.locator('#fixture-sent li').first().getAttribute('data-via')).toBe('button');
  });

  it('sends clean text at once, by Enter and by button, with no dialog', async () => {
    await room(PRE_CONTRACT);
    await page.keyboard.type('Thanks, I can start on Monday.');
    await page.keyboard.press('Enter');
    // No waiting: the page had already sent it when the key press returned.
    expect(await sent(page)).toEqual(['Thanks, I can start on Monday.']);
    await page.keyboard.type('Here is my plan for the first week.');
    await page.locator(SEND_BUTTON).click();
    // Same for the button: sent by the time the click returned.
    expect(await sent(page)).toEqual(['Thanks, I can start on Monday.', 'Here is my plan for the first week.']);
    expect(await hook(page, 'send-check').count()).toBe(0);
  });

  it('incoming messages: a scam warning after the request, a note on the deleted one, nothing on others', async () => {
    page = await h.open('/ab/messages/rooms/room_0a1b2c3d');
    const scam = page.locator('[data-contact-guard="incoming-warning"][data-kind="scam"]');
    const deleted = page.locator('[data-contact-guard="incoming-warning"][data-kind="deleted"]');
    await scam.waitFor({ state: 'visible' });
    await deleted.waitFor({ state: 'visible' });
    expect(await scam.count()).toBe(1);
    expect(await deleted.count()).toBe(1);
    // Mounted beside the message, never inside it.
    expect(await page.locator('[data-test="story-message"] [data-contact-guard-host]').count()).toBe(0);
    const messages = await page.locator('[data-test="story-message"]').allTextContents();
    expect(messages[1]).toBe('Can you text me on WhatsApp at +1 555 0100 so we can talk faster?');
    // The user's own message, even with contact details, is not flagged as incoming.
    await page.locator(EDITOR).click();
    await page.keyboard.type(EMAIL_DRAFT);
    await page.keyboard.press('Enter');
    await hook(page, 'send-anyway').click();
    await waitForSent(page, 1);
    await page.waitForFunction((n) => document.querySelectorAll('.up-d-story-item').length === n, messages.length + 1);
    expect(await page.locator('.up-d-story-item').last().textContent()).toContain(EMAIL_DRAFT);
    expect(await scam.count()).toBe(1);
  });
});

describe('contract rooms', () => {
  it('a room tied to a contract lets contact details through and still stops a payment offer', async () => {
    await room(CONTRACT);
    await page.keyboard.type(EMAIL_DRAFT);
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual([EMAIL_DRAFT]);
    await page.keyboard.type(PAYMENT_DRAFT);
    await page.keyboard.press('Enter');
    await hook(page, 'send-check').waitFor({ state: 'visible' });
    await hook(page, 'edit').click();
    expect(await editorText(page)).toBe(PAYMENT_DRAFT);
    expect(await sent(page)).toEqual([EMAIL_DRAFT]);
  });

  it('the contract workroom lets contact details through and still stops a payment offer', async () => {
    page = await h.open('/nx/wm/workroom/4400002/messages');
    await openRoom(page, 'workroom_4400002');
    await page.keyboard.type(EMAIL_DRAFT);
    await page.locator(SEND_BUTTON).click();
    expect(await waitForSent(page, 1)).toEqual([EMAIL_DRAFT]);
    await page.locator(EDITOR).click();
    await page.keyboard.type(PAYMENT_DRAFT);
    await page.locator(SEND_BUTTON).click();
    await hook(page, 'send-check').waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([EMAIL_DRAFT]);
  });

  it('in-app navigation between rooms re-reads the contract status', async () => {
    await room(PRE_CONTRACT);
    await page.locator('a.room-list-item[data-room-id="room_c0ffee01"]').click();
    await openRoom(page, 'room_c0ffee01');
    await page.keyboard.type(EMAIL_DRAFT);
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual([EMAIL_DRAFT]);
    // And back to a room without a contract: contact details are stopped again.
    await page.locator('a.room-list-item[data-room-id="room_5eed0203"]').click();
    await openRoom(page, 'room_5eed0203');
    await page.keyboard.type(EMAIL_DRAFT);
    await hook(page, 'warning').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await hook(page, 'send-check').waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([EMAIL_DRAFT]);
  });
});
