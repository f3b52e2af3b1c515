/**
 * The fixture pages behave like the marketplace: a real TipTap editor that sends on Enter,
 * breaks lines on Shift+Enter, sends on the button, and navigates between rooms without a
 * reload. Clean text only, so the extension never steps in here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchWithExtension } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

describe('fixture message room', () => {
  it('sends on Enter, breaks lines on Shift+Enter, sends on the button, and clears the editor', async () => {
    const page = await h.open('/ab/messages/rooms/room_5eed0203');
    const editor = page.locator('.up-d-composer .composer .tiptap.ProseMirror');
    await editor.click();
    await page.keyboard.type('First line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#fixture-sent li').allTextContents()).toEqual(['First line\nsecond line']);
    await expect.poll(() => editor.textContent()).toBe('');
    await page.keyboard.type('Via the button');
    await page.locator('.up-d-composer button.air3-btn-circle[aria-label="Send"]').click();
    await expect
      .poll(() => page.locator('#fixture-sent li').allTextContents())
      .toEqual(['First line\nsecond line', 'Via the button']);
    expect(await page.locator('#fixture-sent li').last().getAttribute('data-via')).toBe('button');
    await page.close();
  });

  it('navigates between rooms in-app without a reload', async () => {
    const page = await h.open('/ab/messages/rooms/room_0a1b2c3d');
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    await page.locator('a.room-list-item[data-room-id="room_c0ffee01"]').click();
    await page.waitForSelector('.room-header[data-room-id="room_c0ffee01"] [data-ev-label="wm_view_contract_action"]');
    expect(new URL(page.url()).pathname).toBe('/ab/messages/rooms/room_c0ffee01');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.close();
  });

  it('serves only www.upwork.com fixture requests', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    for (const r of h.requests) expect(new URL(r.url).host).toMatch(/^(www\.upwork\.com|[a-p]{32})$/);
  });
});
