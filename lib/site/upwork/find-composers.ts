/**
 * Finds the compose boxes on a marketplace page: the message composer (TipTap/ProseMirror),
 * proposal cover letters and screening answers, job-post and profile text areas, and, as
 * the fallback when Upwork's markup changed, any other visible textarea or contenteditable.
 */
import type { PageKind } from '../../ext/messaging';
import { closestOf, matchesAny, queryAll, queryFirst, queryUnion } from './selectors';

export const COMPOSER_ROLES = [
  'message',
  'cover-letter',
  'screening-answer',
  'job-description',
  'profile-overview',
  'generic',
] as const;
export type ComposerRole = (typeof COMPOSER_ROLES)[number];

export interface Composer {
  element: HTMLElement;
  /** How text is read and where highlights go. */
  kind: 'textarea' | 'contenteditable';
  role: ComposerRole;
  /** Whether an Upwork-specific selector found it (false: the generic fallback). */
  specific: boolean;
}

/** Elements of the extension's own UI carry this attribute on their shadow host. */
export const OWN_UI_ATTRIBUTE = 'data-contact-guard-host';

const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

function isTextBox(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (!(el instanceof HTMLElement)) return false;
  // The attribute as well as the property: some DOMs (and test DOMs) lag on isContentEditable.
  const attr = el.getAttribute('contenteditable');
  return el.isContentEditable || (attr !== null && EDITABLE_VALUES.has(attr.toLowerCase()));
}

function kindOf(el: HTMLElement): Composer['kind'] {
  return el instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable';
}

/** A nested contenteditable belongs to its outermost editable ancestor. */
function isEditingRoot(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  const parent = el.parentElement;
  return !parent?.isContentEditable;
}

export function findComposers(root: Document, kind: PageKind): Composer[] {
  const found: Composer[] = [];
  const seen = new Set<Element>();
  const add = (el: Element | null, role: ComposerRole, specific: boolean): void => {
    if (!el || seen.has(el) || !isTextBox(el) || !isEditingRoot(el)) return;
    if (el.closest(`[${OWN_UI_ATTRIBUTE}]`)) return;
    seen.add(el);
    found.push({ element: el, kind: kindOf(el), role, specific });
  };

  if (kind === 'message-thread' || kind === 'contract-workroom' || kind === 'other') {
    // Rooms can show more than one composer (a thread panel); the first chain that matches wins.
    for (const el of queryAll(root, 'messageEditor')) add(el, 'message', true);
  }
  if (kind === 'proposal') {
    for (const el of queryUnion(root, 'coverLetter')) add(el, 'cover-letter', true);
    for (const el of queryAll(root, 'screeningAnswer')) add(el, 'screening-answer', true);
  }
  if (kind === 'profile') add(queryFirst(root, 'profileOverview'), 'profile-overview', true);
  if (kind === 'job-post') for (const el of queryAll(root, 'jobPostDescription')) add(el, 'job-description', true);

  for (const el of queryUnion(root, 'anyTextBox')) {
    if (el instanceof HTMLElement && isTextBox(el) && isHidden(el)) continue;
    add(el, 'generic', false);
  }
  return found;
}

/** Cheap checks only (no layout): the IntersectionObserver decides what is on screen. */
function isHidden(el: HTMLElement): boolean {
  if (el.hidden || el.closest('[hidden],[aria-hidden="true"]')) return true;
  return el instanceof HTMLTextAreaElement && el.type === 'hidden';
}

/** The button that sends what this composer holds, if the page has one we know. */
export function findSendButton(composer: Composer, doc: Document): HTMLElement | null {
  if (composer.role === 'message') {
    const container = closestOf(composer.element, 'composerContainer');
    const scope: ParentNode = container?.closest('.up-d-composer') ?? container ?? doc;
    const button = queryFirst(scope, 'sendButton');
    return button instanceof HTMLElement ? button : null;
  }
  const button = queryFirst(doc, 'primaryButton');
  return button instanceof HTMLElement ? button : null;
}

/** Whether a click on this element sends or submits what the composers hold. */
export function isSendControl(target: Element, kind: PageKind): HTMLElement | null {
  const button = target.closest('button, [role="button"], input[type="submit"]');
  if (!(button instanceof HTMLElement)) return null;
  if (matchesAny(button, 'sendButton')) return button;
  if ((kind === 'proposal' || kind === 'job-post' || kind === 'profile') && matchesAny(button, 'primaryButton')) {
    return button;
  }
  return null;
}

/** Whether the Upwork-specific selectors for this page kind found anything. */
export function hasSpecificSelectors(composers: readonly Composer[], doc: Document, kind: PageKind): boolean {
  if (composers.some((c) => c.specific)) return true;
  if (kind === 'message-thread') return queryFirst(doc, 'roomHeader') !== null;
  return false;
}
