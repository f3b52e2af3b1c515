/**
 * What kind of marketplace page is on screen, and which message thread, from the URL
 * patterns in UPWORK-DOM.md (with the room header as a fallback for the rooms list, which
 * can show an open room without a room id in the path).
 */
import type { PageKind } from '../../ext/messaging';
import type { Surface } from '../../policy/types';
import { queryFirst } from './selectors';

const ROOM_PATH = /^\/ab\/messages\/rooms\/(room_[0-9a-f]{1,64})(?:\/|$)/u;
const ROOMS_PATH = /^\/ab\/messages\/rooms\/?$/u;
const WORKROOM_PATH = /^\/nx\/wm\/workroom\/([\w-]{1,64})(?:\/|$)/u;
const PROPOSAL_PATH = /^\/nx\/proposals\//u;
const JOB_POST_PATH = /^\/nx\/job-post\//u;
const PROFILE_PATH = /^\/nx\/create-profile\//u;

function pathOf(url: string | URL): string {
  try {
    return new URL(String(url), 'https://www.upwork.com').pathname;
  } catch {
    return '/';
  }
}

export function readPageKind(url: string | URL, doc?: Document): PageKind {
  const path = pathOf(url);
  if (WORKROOM_PATH.test(path)) return 'contract-workroom';
  if (ROOM_PATH.test(path)) return 'message-thread';
  if (ROOMS_PATH.test(path) && doc && queryFirst(doc, 'roomHeader')) return 'message-thread';
  if (PROPOSAL_PATH.test(path)) return 'proposal';
  if (JOB_POST_PATH.test(path)) return 'job-post';
  if (PROFILE_PATH.test(path)) return 'profile';
  return 'other';
}

/** The thread id used to key per-thread facts: `room_<hex>` or `workroom_<contractId>`. */
export function readThreadId(url: string | URL): string | null {
  const path = pathOf(url);
  const room = ROOM_PATH.exec(path);
  if (room?.[1]) return room[1];
  const workroom = WORKROOM_PATH.exec(path);
  if (workroom?.[1]) return `workroom_${workroom[1]}`;
  return null;
}

/** The policy surface a page kind writes to. */
export function surfaceOf(kind: PageKind): Surface {
  switch (kind) {
    case 'message-thread':
    case 'contract-workroom':
      return 'message';
    case 'proposal':
      return 'proposal';
    case 'job-post':
      return 'job-post';
    case 'profile':
      return 'profile';
    default:
      return 'other';
  }
}
