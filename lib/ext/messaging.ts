/**
 * The one typed message protocol between the extension's parts.
 *
 * API
 * - `ProtocolMap`: every message as `name(data): response`. Adding a message = adding a line.
 * - `sendToTab(tabId, name, data?)`: ask the content script in a tab (rejects when no
 *   content script answers, e.g. the tab is not the marketplace; use `trySendToTab` for null).
 * - `sendToBackground(name, data?)`: ask the background (or any extension page listening).
 * - `onMessage(name, handler)`: answer one message; `handler(data, sender)` may return a
 *   value or a promise. Returns a function that removes the listener.
 *
 * Who answers what
 * - `getPageState`: the marketplace content script (what page, which thread, contract status).
 * - `openExplainer`: the background keeps {text, context} IN MEMORY and opens explain.html.
 *   The text never goes into a URL or into storage.
 * - `takeExplainerText`: the background hands the held text to the explainer page, once.
 */
import { type Browser, browser } from '#imports';
import type { ContractStatus, PolicyContext } from '../policy/types';

export const PAGE_KINDS = ['message-thread', 'contract-workroom', 'proposal', 'job-post', 'profile', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageState {
  pageKind: PageKind;
  /** Id of the message thread on screen, when there is one. */
  threadId: string | null;
  contract: {
    status: ContractStatus;
    /** Stable kebab-case codes for what the status was read from ('contract-header', ...). */
    evidence: string[];
    /** 'override' when the user's per-thread override replaced what the page shows. */
    source: 'page' | 'override';
  };
  /** Whether Upwork-specific selectors matched (false = generic fallback only). */
  selectorsFound: boolean;
  composerCount: number;
}

export interface ExplainerPayload {
  text: string;
  context: PolicyContext;
}

export interface ProtocolMap {
  getPageState(): PageState;
  openExplainer(data: ExplainerPayload): void;
  takeExplainerText(): ExplainerPayload | null;
}

export type MessageName = keyof ProtocolMap;
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
export type MessageResponse<K extends MessageName> = ReturnType<ProtocolMap[K]>;
type DataArgs<K extends MessageName> = Parameters<ProtocolMap[K]> extends [] ? [] : [data: MessageData<K>];

/** Every envelope carries this tag, so messages from anything else are ignored. */
const TAG = 'contact-guard/1';
interface Envelope<K extends MessageName = MessageName> {
  tag: typeof TAG;
  name: K;
  data: MessageData<K> | undefined;
}

function envelope<K extends MessageName>(name: K, args: unknown[]): Envelope<K> {
  return { tag: TAG, name, data: args[0] as MessageData<K> | undefined };
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as Envelope).tag === TAG &&
    typeof (message as Envelope).name === 'string'
  );
}

export async function sendToBackground<K extends MessageName>(
  name: K,
  ...args: DataArgs<K>
): Promise<MessageResponse<K>> {
  return (await browser.runtime.sendMessage(envelope(name, args))) as MessageResponse<K>;
}

export async function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  ...args: DataArgs<K>
): Promise<MessageResponse<K>> {
  return (await browser.tabs.sendMessage(tabId, envelope(name, args))) as MessageResponse<K>;
}

/** Like sendToTab, but null when nothing in the tab answers (not the marketplace). */
export async function trySendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  ...args: DataArgs<K>
): Promise<MessageResponse<K> | null> {
  try {
    return ((await sendToTab(tabId, name, ...args)) ?? null) as MessageResponse<K> | null;
  } catch {
    return null;
  }
}

export type MessageSender = Browser.runtime.MessageSender;

export function onMessage<K extends MessageName>(
  name: K,
  handler: (data: MessageData<K>, sender: MessageSender) => MessageResponse<K> | Promise<MessageResponse<K>>,
): () => void {
  // With the polyfill, returning a promise answers the message; returning undefined lets
  // another listener answer it. The promise resolves to null rather than undefined so
  // senders can tell "answered with nothing" from "nobody answered".
  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || message.name !== name) return undefined;
    return Promise.resolve()
      .then(() => handler(message.data as MessageData<K>, sender))
      .then((value) => value ?? null);
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () =>
    browser.runtime.onMessage.removeListener(
      listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    );
}
