/**
 * The explainer page in real Chromium with the built extension: paste a message, change the
 * context, and the verdict, the marked words and the cards follow; a message handed over by
 * another part of the extension arrives without passing through the URL; keyboard only.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, foreignRequests, type Harness, launchWithExtension } from './harness';

let h: Harness;
let snapshot: string;
beforeAll(async () => {
  snapshot = mkdtempSync(join(tmpdir(), 'cg-explain-ext-'));
  cpSync(EXTENSION_DIR, snapshot, { recursive: true });
  h = await launchWithExtension({ extensionDir: snapshot });
});
afterAll(async () => {
  await h?.close();
  rmSync(snapshot, { recursive: true, force: true });
});

const verdict = (page: Page) => page.locator('[data-contact-guard="explain-verdict"]');

async function openExplainer(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/explain.html`);
  await page.locator('[data-contact-guard="explain-input"]').waitFor();
  return page;
}

describe('explainer page', () => {
  it('judges a pasted message, and follows changes of context', async () => {
    const page = await openExplainer();
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('ok');
    await page
      .locator('[data-contact-guard="explain-input"]')
      .fill('Sure, write to me at jane.doe@example.com and pay me via PayPal.');
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('violation');
    await expect.poll(() => page.locator('mark.cg-mark').allTextContents()).toContain('jane.doe@example.com');
    const categories = await page
      .locator('[data-contact-guard="finding-card"]')
      .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.category));
    expect(categories).toEqual(expect.arrayContaining(['email', 'payment']));
    await expect.poll(() => page.locator('[data-contact-guard="thread-trap"]').count()).toBe(1);

    // An active contract in this thread lets the email through, never the payment offer.
    await page.selectOption('#cg-contract', 'active');
    await expect
      .poll(() =>
        page.locator('[data-contact-guard="finding-card"][data-category="email"]').getAttribute('data-verdict'),
      )
      .toBe('ok');
    expect(
      await page.locator('[data-contact-guard="finding-card"][data-category="payment"]').getAttribute('data-verdict'),
    ).toBe('violation');
    expect(await verdict(page).getAttribute('data-verdict')).toBe('violation');
    expect(await page.locator('[data-contact-guard="thread-trap"]').count()).toBe(0);

    // The rewrite keeps the conversation here: neither the address nor PayPal remains.
    const rewrite = await page.locator('[data-contact-guard="rewrite-text"]').inputValue();
    expect(rewrite).not.toContain('PayPal');
    await page.close();
  });

  it('can be used with the keyboard alone, and announces the verdict', async () => {
    const page = await openExplainer();
    await page.locator('[data-contact-guard="explain-input"]').focus();
    await page.keyboard.type('text me on +1 202 555 0187');
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('violation');
    expect(await verdict(page).getAttribute('aria-live')).toBe('polite');
    // Tab to the contract select and pick "active" with the arrow keys.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cg-contract');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('#cg-contract').inputValue()).toBe('active');
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('ok');
    await page.close();
  });

  it('receives a handed-over message through messaging, never through the URL', async () => {
    const sender = await openExplainer();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('explain.html'));
    await sender.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        tag: 'contact-guard/1',
        name: 'openExplainer',
        data: {
          text: 'add me on telegram @jane_dev_42',
          context: {
            surface: 'message',
            direction: 'outgoing',
            contract: { status: 'none', evidence: ['room-header'] },
            role: 'freelancer',
            clientPlan: 'unknown',
            declared: null,
          },
        },
      }),
    );
    const explainer = await opened;
    await expect
      .poll(() => explainer.locator('[data-contact-guard="explain-input"]').inputValue())
      .toBe('add me on telegram @jane_dev_42');
    expect(explainer.url()).toBe(`chrome-extension://${h.extensionId}/explain.html`);
    await expect.poll(() => verdict(explainer).getAttribute('data-verdict')).toBe('violation');
    expect(foreignRequests(h.requests, h.extensionId)).toEqual([]);
    await explainer.close();
    await sender.close();
  });
});
