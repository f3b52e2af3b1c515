/** Small helpers shared by the page end-to-end tests. All waits are on DOM states. */
import type { Locator, Page } from 'playwright-core';

export const EDITOR = '.up-d-composer .composer .tiptap.ProseMirror';
export const SEND_BUTTON = '.up-d-composer button.air3-btn-circle[aria-label="Send"]';

/** Extension UI, reached through its open shadow roots (Playwright CSS pierces them). */
export function hook(
  page: Page,
  name: 'warning' | 'send-check' | 'edit' | 'send-anyway' | 'incoming-warning' | 'rewrite',
): Locator {
  return page.locator(`[data-contact-guard="${name}"]`);
}

/** What the page sent, from the fixture's record. */
export function sent(page: Page): Promise<string[]> {
  return page.locator('#fixture-sent li').allTextContents();
}

/** The editor's own document text (TipTap's model, not the DOM). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ed = (window as unknown as { fixtureEditor?: () => { getText(o: object): string } | null }).fixtureEditor?.();
    return ed ? ed.getText({ blockSeparator: '\n' }) : '';
  });
}

export async function openRoom(page: Page, roomId: string): Promise<void> {
  await page.waitForFunction((id) => document.body.dataset.fixtureReady === id, roomId);
  await page.locator(EDITOR).click();
}

/** Resolves when the page has the given number of sent entries, never earlier. */
export async function waitForSent(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('#fixture-sent li').length === n, count);
  return sent(page);
}
