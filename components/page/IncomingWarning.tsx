export interface IncomingWarningProps {
  kind: 'scam' | 'deleted';
  text: string;
  onWhy: () => void;
}

/** A quiet note under a message in the thread: a scam pattern, or why a message was removed. */
export function IncomingWarning({ kind, text, onWhy }: IncomingWarningProps) {
  return (
    <div class={`cg cg-incoming ${kind}`} data-contact-guard="incoming-warning" data-kind={kind} role="note">
      {text}{' '}
      <button type="button" class="link" data-contact-guard="why" onClick={onWhy}>
        {kind === 'deleted' ? 'Why was this removed?' : 'Why?'}
      </button>
    </div>
  );
}
