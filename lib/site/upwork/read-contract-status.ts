/**
 * The contract status of the thread on screen, with the evidence it was read from (shown in
 * the popup). Contract status belongs to the THREAD (POLICY.md): only the workroom path or
 * the room's own "View contract" action make it `active`. A room whose header could be read
 * without either is `none`; `unknown` is kept for pages that could not be read at all.
 */
import type { PageKind } from '../../ext/messaging';
import type { ContractStatus } from '../../policy/types';
import { queryAll, queryFirst } from './selectors';

export interface ContractReading {
  status: ContractStatus;
  /** Stable kebab-case codes: what the status was read from. */
  evidence: string[];
}

const VIEW_CONTRACT_TEXT = /^\s{0,8}view contract\s{0,8}$/iu;

export function readContractStatus(doc: Document, kind: PageKind): ContractReading {
  switch (kind) {
    case 'contract-workroom':
      return { status: 'active', evidence: ['workroom-url'] };
    case 'proposal':
    case 'job-post':
    case 'profile':
      // Seen before (or outside) any contract by nature.
      return { status: 'none', evidence: [`surface-${kind}`] };
    case 'message-thread':
      return readRoom(doc);
    default:
      return { status: 'unknown', evidence: ['page-not-a-thread'] };
  }
}

function readRoom(doc: Document): ContractReading {
  if (queryFirst(doc, 'viewContractAction')) return { status: 'active', evidence: ['view-contract-action'] };
  const header = queryFirst(doc, 'roomHeader');
  if (!header) return { status: 'unknown', evidence: ['room-header-missing'] };
  // The data hook may be renamed; the button's words are a second source.
  const actions = queryAll(header, 'roomHeaderActions');
  if (actions.some((a) => VIEW_CONTRACT_TEXT.test(a.textContent ?? ''))) {
    return { status: 'active', evidence: ['view-contract-text'] };
  }
  const title = queryFirst(doc, 'roomTitle')?.textContent?.trim();
  if (!title) return { status: 'unknown', evidence: ['room-title-missing'] };
  return { status: 'none', evidence: ['room-header-no-contract'] };
}
