/**
 * A normalised text with a map back to the original.
 * `toOriginal[i]` is the original offset of normalised char i; `toOriginal[text.length]`
 * is the original length. The map is strictly increasing, so every non-empty normalised
 * span maps to a non-empty original span: [toOriginal[a], toOriginal[b]).
 */
export interface MappedText {
  readonly text: string;
  readonly toOriginal: readonly number[];
}

export function identity(text: string): MappedText {
  const toOriginal = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) toOriginal[i] = i;
  return { text, toOriginal };
}

/**
 * Builds the next text of a pipeline step. Each `emit` names the range of the INPUT text
 * it replaces; `compose` then maps through the input's own map to the original.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly map: number[] = [];
  private readonly input: MappedText;
  private length = 0;

  constructor(input: MappedText) {
    this.input = input;
  }

  /** Copy input[start, end) unchanged. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.input.text.slice(start, end));
    for (let i = start; i < end; i++) this.map.push(i);
    this.length += end - start;
  }

  /**
   * Replace input[start, end) (non-empty) with `out`. `out` may be empty (a deletion) or
   * have up to (end - start) chars; each output char is placed at a distinct input offset
   * in the range so the map stays strictly increasing. Longer outputs are truncated.
   */
  replace(start: number, end: number, out: string, anchors?: readonly number[]): void {
    const width = end - start;
    const n = Math.min(out.length, width);
    if (n <= 0) return;
    this.parts.push(out.length === n ? out : out.slice(0, n));
    for (let k = 0; k < n; k++) {
      const a = anchors?.[k];
      const prev = this.map.length ? (this.map[this.map.length - 1] as number) : -1;
      let pos = a !== undefined && a >= start && a < end ? a : start + k;
      if (pos <= prev) pos = prev + 1;
      if (pos >= end) pos = end - 1;
      this.map.push(pos);
    }
    this.length += n;
  }

  build(): MappedText {
    const text = this.parts.join('');
    const prev = this.input.toOriginal;
    const toOriginal = new Array<number>(this.length + 1);
    for (let i = 0; i < this.length; i++) toOriginal[i] = prev[this.map[i] as number] as number;
    toOriginal[this.length] = prev[this.input.text.length] as number;
    return { text, toOriginal };
  }
}

/** Map a normalised half-open span back to the original text. */
export function toOriginalSpan(mt: MappedText, start: number, end: number): [number, number] {
  const s = Math.max(0, Math.min(start, mt.text.length));
  const e = Math.max(s, Math.min(end, mt.text.length));
  return [mt.toOriginal[s] as number, mt.toOriginal[e] as number];
}
