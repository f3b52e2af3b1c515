import { useState } from 'preact/hooks';
import type { Explanation } from '../../lib/policy/explain';
import {
  CLIENT_PLANS,
  CONTRACT_STATUSES,
  DECLARED_EXCEPTIONS,
  DIRECTIONS,
  type PolicyContext,
  ROLES,
  SURFACES,
} from '../../lib/policy/types';
import { FindingCard } from './FindingCard';
import { HighlightedText } from './HighlightedText';

interface Props {
  text: string;
  context: PolicyContext;
  explanation: Explanation;
  onText(text: string): void;
  onContext(context: PolicyContext): void;
  /** Copies the rewrite; resolves false when the clipboard refused. */
  onCopy(text: string): Promise<boolean>;
}

const LABELS: Record<string, string> = {
  active: 'Active contract in this thread',
  none: 'No contract in this thread',
  unknown: 'Unknown',
  message: 'Message',
  proposal: 'Proposal',
  'job-post': 'Job post',
  profile: 'Profile',
  other: 'Other',
  outgoing: 'I am sending it',
  incoming: 'I received it',
  freelancer: 'Freelancer',
  client: 'Client',
  agency: 'Agency',
  basic: 'Basic',
  plus: 'Plus',
  business: 'Business',
  enterprise: 'Enterprise',
  legal: 'A legal step (NDA, licence, identity check)',
  'systems-access': 'Systems access (an email to grant access)',
  '': 'None',
};

function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  values: readonly T[];
  onChange(value: T): void;
}) {
  return (
    <label class="cg-field" for={props.id}>
      <span>{props.label}</span>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.values.map((v) => (
          <option key={v} value={v}>
            {LABELS[v] ?? v}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The explainer: paste a message, set the context, and see the verdict, the message with
 * each finding marked, a card per finding, and a safe rewrite to copy.
 */
export function ExplainView({ text, context, explanation, onText, onContext, onCopy }: Props) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const set = (patch: Partial<PolicyContext>) => onContext({ ...context, ...patch });
  const { findings, rewrite } = explanation;
  const hasContact = findings.some((f) => f.rule.id === 'contact-before-contract');
  const showThreadTrap = context.contract.status !== 'active' && context.surface === 'message' && hasContact;

  return (
    <main class="cg-explain">
      <h1>Explain a message</h1>
      <p class="cg-muted">
        Paste a message you are about to send, or one the marketplace flagged or removed. Everything stays on this
        computer.
      </p>

      <label class="cg-field cg-message" for="cg-text">
        <span>Message</span>
        <textarea
          id="cg-text"
          data-contact-guard="explain-input"
          rows={6}
          value={text}
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>

      <fieldset class="cg-context">
        <legend>Where and who</legend>
        <Select
          id="cg-contract"
          label="Contract status of this thread"
          value={context.contract.status}
          values={CONTRACT_STATUSES}
          onChange={(status) => set({ contract: { status, evidence: ['set-by-user'] } })}
        />
        <Select
          id="cg-surface"
          label="Where it is written"
          value={context.surface}
          values={SURFACES}
          onChange={(surface) => set({ surface })}
        />
        <Select
          id="cg-direction"
          label="Direction"
          value={context.direction}
          values={DIRECTIONS}
          onChange={(direction) => set({ direction })}
        />
        <Select id="cg-role" label="Your role" value={context.role} values={ROLES} onChange={(role) => set({ role })} />
        <Select
          id="cg-plan"
          label="The client's plan"
          value={context.clientPlan}
          values={CLIENT_PLANS}
          onChange={(clientPlan) => set({ clientPlan })}
        />
        <Select
          id="cg-declared"
          label="Exception you invoke"
          value={context.declared ?? ''}
          values={['', ...DECLARED_EXCEPTIONS] as const}
          onChange={(v) => set({ declared: v === '' ? null : v })}
        />
      </fieldset>

      <section
        class="cg-verdict-box"
        data-contact-guard="explain-verdict"
        data-verdict={explanation.verdict}
        aria-live="polite"
        aria-atomic="true"
      >
        <h2>
          <span class="cg-badge" data-verdict={explanation.verdict}>
            {explanation.verdict === 'violation' ? 'Violation' : explanation.verdict === 'caution' ? 'Caution' : 'OK'}
          </span>{' '}
          {explanation.summary}
        </h2>
        {explanation.reasons.map((r) => (
          <p key={r.code}>{r.text}</p>
        ))}
      </section>

      {showThreadTrap && (
        <aside class="cg-note" data-contact-guard="thread-trap">
          <strong>Have a contract with this person already?</strong> Contract status belongs to the message thread. A
          thread that is not tied to the contract (a new direct message, an old interview thread) is treated as before a
          contract, and messages there get flagged or removed. Write in the contract's own thread instead.
        </aside>
      )}

      {text.trim() !== '' && (
        <section aria-labelledby="cg-found">
          <h2 id="cg-found">What was found</h2>
          <HighlightedText
            text={text}
            spans={findings.map((f) => ({ start: f.start, end: f.end, verdict: f.verdict, label: f.categoryName }))}
          />
          {findings.map((f) => (
            <FindingCard key={`${f.start}-${f.end}-${f.category}`} finding={f} />
          ))}
        </section>
      )}

      {rewrite?.changed && (
        <section aria-labelledby="cg-rewrite" data-contact-guard="rewrite">
          <h2 id="cg-rewrite">A safe rewrite</h2>
          <textarea
            readOnly
            rows={5}
            value={rewrite.text}
            aria-label="Safe rewrite"
            data-contact-guard="rewrite-text"
          />
          <button
            type="button"
            data-contact-guard="copy-rewrite"
            onClick={async () => setCopied((await onCopy(rewrite.text)) ? 'done' : 'failed')}
          >
            Copy rewrite
          </button>
          <span role="status" class="cg-muted">
            {copied === 'done'
              ? ' Copied.'
              : copied === 'failed'
                ? ' Could not copy: select the text and copy it.'
                : ''}
          </span>
        </section>
      )}
    </main>
  );
}
