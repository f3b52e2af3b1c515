import { ADVICE_TEXT, CATEGORY_TEXT, REASON_TEXT, VERDICT_TEXT } from '../lib/policy/messages';
import type { Judgement } from '../lib/policy/types';

interface Props {
  text: string;
  judgements: readonly Judgement[];
}

/**
 * One item per finding: verdict, what it is, the exact words, why, and what to do instead.
 * The words are rendered as text (never HTML) and exist only in this view.
 */
export function JudgementList({ text, judgements }: Props) {
  return (
    <ul class="cg-list" data-contact-guard="judgements">
      {judgements.map((j) => (
        <li
          key={`${j.finding.start}-${j.finding.end}-${j.finding.category}`}
          class="cg-judgement"
          data-verdict={j.verdict}
          data-category={j.finding.category}
        >
          <div class="cg-verdict">
            <span class="cg-badge" data-verdict={j.verdict}>
              {VERDICT_TEXT[j.verdict]}
            </span>
            <span>{CATEGORY_TEXT[j.finding.category]}</span>
          </div>
          <q>{text.slice(j.finding.start, j.finding.end)}</q>
          {j.reasons.map((r) => (
            <p key={r} class="cg-hint">
              {REASON_TEXT[r]}
            </p>
          ))}
          <p>{ADVICE_TEXT[j.adviceCode] ?? j.advice}</p>
        </li>
      ))}
    </ul>
  );
}
