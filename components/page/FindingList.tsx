import type { FindingItem } from './types';

/** The findings of one text, in words: what was found, where, and what to do instead. */
export function FindingList({ items }: { items: readonly FindingItem[] }) {
  return (
    <ul class="cg-list">
      {items.map((item) => (
        <li key={item.key}>
          <span class="cg-what">{item.label}</span>
          {item.excerpt ? (
            <>
              {' '}
              <span class="cg-excerpt">{item.excerpt}</span>
            </>
          ) : null}
          {item.advice ? <div class="cg-advice">{item.advice}</div> : null}
        </li>
      ))}
    </ul>
  );
}
