/**
 * Every Upwork selector the extension uses, in one place (UPWORK-DOM.md). Each key is a
 * fallback chain, most specific first; `fixture` names the saved page each selector of the
 * chain is checked against (test/fixtures/upwork/). Upwork changes its markup: a selector
 * that stops matching makes the chain fall through, never throw, and the popup reports
 * "selectors not found" through `selectorsFound`.
 */
/** A selector, or a selector with the fixture it is checked against when not the chain's. */
export type SelectorEntry = string | readonly [selector: string, fixture: string];

export interface SelectorChain {
  readonly chain: readonly SelectorEntry[];
  readonly fixture: string;
}

export function selectorOf(entry: SelectorEntry): string {
  return typeof entry === 'string' ? entry : entry[0];
}

export function fixtureOf(entry: SelectorEntry, chain: SelectorChain): string {
  return typeof entry === 'string' ? chain.fixture : entry[1];
}

export const SELECTORS = {
  /** The Messages single-page app's root (Nuxt). */
  appRoot: { chain: ['#__nuxt'], fixture: 'message-room-2026-11.html' },
  /** The message composer: a TipTap/ProseMirror contenteditable. */
  messageEditor: {
    chain: [
      '.composer .tiptap.ProseMirror',
      '.composer [contenteditable="true"]',
      '.composer-container [contenteditable="true"]',
      '.up-d-composer [contenteditable="true"]',
    ],
    fixture: 'message-room-2026-11.html',
  },
  /** The box around one composer and its actions (to find its Send button). */
  composerContainer: {
    chain: ['.up-d-composer', '.composer-container', ['.input-area', 'workroom-2026-11.html']],
    fixture: 'message-room-2026-11.html',
  },
  sendButton: {
    chain: ['.up-d-composer button.air3-btn-circle', 'button[aria-label*="Send"]'],
    fixture: 'message-room-2026-11.html',
  },
  roomHeader: { chain: ['.room-header'], fixture: 'message-room-2026-11.html' },
  roomTitle: {
    chain: ['.room-header [data-test="room-title"]', '[data-test="room-title"]'],
    fixture: 'message-room-2026-11.html',
  },
  roomSubtitle: {
    chain: ['.room-header [data-test="room-subtitle"]', '[data-test="room-subtitle"]'],
    fixture: 'message-room-2026-11.html',
  },
  /** "View contract": present only in rooms tied to a contract. */
  viewContractAction: {
    chain: ['[data-ev-label="wm_view_contract_action"]'],
    fixture: 'message-room-contract-2026-11.html',
  },
  /** Links or buttons in the header, read for a "View contract" text when the hook is gone. */
  roomHeaderActions: {
    chain: ['.room-header a', ['.room-header button', 'workroom-2026-11.html']],
    fixture: 'message-room-contract-2026-11.html',
  },
  story: { chain: ['.up-d-story-item[id^="story_"]'], fixture: 'message-room-2026-11.html' },
  storyMessage: { chain: ['[data-test="story-message"]', '.story-message'], fixture: 'message-room-2026-11.html' },
  storySender: { chain: ['[data-test="story-header"] .user-name', '.user-name'], fixture: 'message-room-2026-11.html' },
  deletedMessage: { chain: ['.story-message.deleted'], fixture: 'message-room-2026-11.html' },
  coverLetter: {
    chain: ['textarea[aria-labelledby="cover_letter_label"]', '.cover-letter-area textarea.air3-textarea'],
    fixture: 'proposal-2026-11.html',
  },
  screeningAnswer: { chain: ['.fe-proposal-job-questions textarea.air3-textarea'], fixture: 'proposal-2026-11.html' },
  /** The submit button of the proposal, job-post and profile forms. */
  primaryButton: {
    chain: ['button.air3-btn-primary', ['button[type="submit"]', 'job-post-2026-11.html']],
    fixture: 'proposal-2026-11.html',
  },
  profileOverview: { chain: ['textarea[aria-labelledby="overview-label"]'], fixture: 'profile-overview-2026-11.html' },
  jobPostDescription: { chain: ['.job-post textarea', 'main textarea'], fixture: 'job-post-2026-11.html' },
  /** The generic fallback: any text box on the marketplace. */
  anyTextBox: {
    chain: [
      'textarea',
      ['[contenteditable="true"]', 'message-room-2026-11.html'],
      ['[contenteditable=""]', 'job-post-2026-11.html'],
      ['[contenteditable="plaintext-only"]', 'profile-overview-2026-11.html'],
    ],
    fixture: 'proposal-2026-11.html',
  },
} as const satisfies Record<string, SelectorChain>;

export type SelectorKey = keyof typeof SELECTORS;

/** `querySelector` that treats an invalid selector as no match. */
function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first selector of the chain that matches anything. */
export function queryFirst(root: ParentNode, key: SelectorKey): Element | null {
  for (const entry of SELECTORS[key].chain) {
    const selector = selectorOf(entry);
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first selector of the chain that matches anything. */
export function queryAll(root: ParentNode, key: SelectorKey): Element[] {
  for (const entry of SELECTORS[key].chain) {
    const selector = selectorOf(entry);
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** Every element matched by ANY selector of the chain, in document order, without repeats. */
export function queryUnion(root: ParentNode, key: SelectorKey): Element[] {
  const seen = new Set<Element>();
  for (const entry of SELECTORS[key].chain) for (const el of safeQueryAll(root, selectorOf(entry))) seen.add(el);
  return Array.from(seen).sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
  );
}

/** `element.closest` over the chain, treating an invalid selector as no match. */
export function closestOf(element: Element, key: SelectorKey): Element | null {
  for (const entry of SELECTORS[key].chain) {
    const selector = selectorOf(entry);
    try {
      const found = element.closest(selector);
      if (found) return found;
    } catch {
      // An invalid selector in the chain: try the next.
    }
  }
  return null;
}

/** Whether the element matches any selector of the chain. */
export function matchesAny(element: Element, key: SelectorKey): boolean {
  return SELECTORS[key].chain.some((entry: SelectorEntry) => {
    try {
      return element.matches(selectorOf(entry));
    } catch {
      return false;
    }
  });
}
