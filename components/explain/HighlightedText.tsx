interface Span {
  start: number;
  end: number;
  verdict: string;
  label: string;
}

interface Props {
  text: string;
  spans: readonly Span[];
}

/**
 * The message as text nodes, with each finding wrapped in a <mark>. Overlapping spans are
 * merged into the first; nothing is ever parsed as HTML.
 */
export function HighlightedText({ text, spans }: Props) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={`${s.start}-${s.end}`} class="cg-mark" data-verdict={s.verdict} title={s.label}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p class="cg-highlighted" data-contact-guard="highlighted-text">
      {parts}
    </p>
  );
}
