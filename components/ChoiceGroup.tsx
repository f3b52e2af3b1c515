import type { ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  hint?: ComponentChildren;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  inline?: boolean;
}

/** A labelled radio group: native radios, so arrow keys and screen readers work as usual. */
export function ChoiceGroup<T extends string>({ name, legend, hint, choices, value, onChange, inline }: Props<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="cg-card cg-stack" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && (
        <div id={hintId} class="cg-hint">
          {hint}
        </div>
      )}
      <div class={inline ? 'cg-inline' : 'cg-stack'}>
        {choices.map((c) => (
          <label class="cg-choice" key={c.value}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span>
              {c.label}
              {c.hint && <small>{c.hint}</small>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
