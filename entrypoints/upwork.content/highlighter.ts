/**
 * Marks findings in compose boxes WITHOUT writing into the editor's DOM.
 * - contenteditable (ProseMirror): the CSS Custom Highlight API (`CSS.highlights`), styled by
 *   a `::highlight()` rule that must live in the page's document scope. Where the API is
 *   missing, rectangles from `Range.getClientRects()` in a shadow-root overlay.
 * - textarea (no DOM ranges inside): a mirror overlay that copies the box's text metrics
 *   and draws transparent text with marked spans, kept aligned on scroll and resize.
 */

import type { Verdict } from '../../lib/policy/types';
import { OWN_UI_ATTRIBUTE } from '../../lib/site/upwork/find-composers';

export const HIGHLIGHT_NAMES = { violation: 'contact-guard', caution: 'contact-guard-caution' } as const;

const HIGHLIGHT_CSS = `
::highlight(contact-guard) { background-color: rgba(209, 36, 47, 0.16); text-decoration: underline wavy rgb(209, 36, 47); text-decoration-skip-ink: none; }
::highlight(contact-guard-caution) { background-color: rgba(191, 135, 0, 0.14); text-decoration: underline dotted rgb(154, 103, 0); }
`;

const COLORS = { violation: 'rgba(209, 36, 47, 0.22)', caution: 'rgba(191, 135, 0, 0.2)' } as const;

export interface Mark {
  start: number;
  end: number;
  verdict: Exclude<Verdict, 'ok'>;
}

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function highlightApi(): { registry: HighlightRegistryLike; make: (ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
  const Ctor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, make: (ranges) => new Ctor(...ranges) };
}

/** One registry for the page: each box contributes its ranges; the two Highlights are rebuilt. */
export class RangeHighlights {
  private readonly byOwner = new Map<object, { range: Range; verdict: Mark['verdict'] }[]>();
  private readonly api = highlightApi();
  private styled = false;

  get supported(): boolean {
    return this.api !== null;
  }

  set(owner: object, ranges: { range: Range; verdict: Mark['verdict'] }[]): void {
    if (!this.api) return;
    if (ranges.length === 0 && !this.byOwner.has(owner)) return;
    if (ranges.length === 0) this.byOwner.delete(owner);
    else this.byOwner.set(owner, ranges);
    this.ensureStyle();
    const all = Array.from(this.byOwner.values()).flat();
    for (const verdict of ['violation', 'caution'] as const) {
      const ranges = all.filter((r) => r.verdict === verdict).map((r) => r.range);
      if (ranges.length === 0) this.api.registry.delete(HIGHLIGHT_NAMES[verdict]);
      else this.api.registry.set(HIGHLIGHT_NAMES[verdict], this.api.make(ranges));
    }
  }

  clear(): void {
    this.byOwner.clear();
    this.api?.registry.delete(HIGHLIGHT_NAMES.violation);
    this.api?.registry.delete(HIGHLIGHT_NAMES.caution);
  }

  private ensureStyle(): void {
    if (this.styled) return;
    this.styled = true;
    const style = document.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, 'highlight-style');
    style.textContent = HIGHLIGHT_CSS;
    (document.head ?? document.documentElement).append(style);
  }
}

/** A host element with an open shadow root, positioned over the page, ignoring the pointer. */
function overlayHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('contact-guard-overlay');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'overlay');
  host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483000;';
  const root = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  return { host, root };
}

const MIRRORED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
] as const;

/**
 * Marks for a textarea or (without the Highlight API) a contenteditable, drawn in an overlay
 * that follows the box. Alignment is recomputed from layout on scroll/resize, batched per frame.
 */
export class BoxOverlay {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private marks: Mark[] = [];
  private text = '';
  private frame = 0;

  private readonly box: HTMLElement;
  private readonly rangesFor: ((marks: Mark[]) => { range: Range; verdict: Mark['verdict'] }[]) | null;

  constructor(
    box: HTMLElement,
    rangesFor: ((marks: Mark[]) => { range: Range; verdict: Mark['verdict'] }[]) | null,
    signal: AbortSignal,
  ) {
    this.box = box;
    this.rangesFor = rangesFor;
    const { host, root } = overlayHost();
    this.host = host;
    this.layer = document.createElement('div');
    root.append(this.layer);
    const schedule = (): void => this.schedule();
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    window.addEventListener('resize', schedule, { passive: true, signal });
    box.addEventListener('scroll', schedule, { passive: true, signal });
    signal.addEventListener('abort', () => this.destroy());
  }

  update(text: string, marks: Mark[]): void {
    this.text = text;
    this.marks = marks;
    this.schedule();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.draw();
      } catch {
        // Drawing is cosmetic: never let it break the page.
      }
    });
  }

  private draw(): void {
    if (this.marks.length === 0 || !this.box.isConnected) {
      this.layer.replaceChildren();
      return;
    }
    if (this.rangesFor) this.drawRects();
    else this.drawMirror();
  }

  /** Contenteditable without the Highlight API: one rectangle per line box of each range. */
  private drawRects(): void {
    const rects: HTMLElement[] = [];
    for (const { range, verdict } of this.rangesFor?.(this.marks) ?? []) {
      for (const r of Array.from(range.getClientRects())) {
        const div = document.createElement('div');
        div.style.cssText = `position:absolute;left:${r.left + scrollX}px;top:${r.top + scrollY}px;width:${r.width}px;height:${r.height}px;background:${COLORS[verdict]};border-bottom:2px solid ${verdict === 'violation' ? '#d1242f' : '#9a6700'};`;
        rects.push(div);
      }
    }
    this.layer.replaceChildren(...rects);
  }

  /** Textarea: a mirror with the same metrics, transparent text, coloured marks. */
  private drawMirror(): void {
    const box = this.box;
    const cs = getComputedStyle(box);
    const rect = box.getBoundingClientRect();
    const mirror = document.createElement('div');
    for (const prop of MIRRORED) mirror.style[prop] = cs[prop];
    mirror.style.position = 'absolute';
    mirror.style.left = `${rect.left + scrollX}px`;
    mirror.style.top = `${rect.top + scrollY}px`;
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    mirror.style.boxSizing = 'border-box';
    mirror.style.borderColor = 'transparent';
    mirror.style.color = 'transparent';
    mirror.style.whiteSpace = 'pre-wrap';
    mirror.style.overflowWrap = 'break-word';
    mirror.style.overflow = 'hidden';
    mirror.style.margin = '0';
    // Leave room for the textarea's own scrollbar so lines wrap at the same place.
    const bars = box.offsetWidth - box.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    if (bars > 0) mirror.style.paddingRight = `${parseFloat(cs.paddingRight) + bars}px`;
    const inner = document.createElement('div');
    let at = 0;
    for (const mark of [...this.marks].sort((a, b) => a.start - b.start)) {
      if (mark.start < at) continue;
      inner.append(this.text.slice(at, mark.start));
      const span = document.createElement('span');
      span.textContent = this.text.slice(mark.start, mark.end);
      span.style.cssText = `background:${COLORS[mark.verdict]};border-radius:2px;box-shadow:inset 0 -2px ${mark.verdict === 'violation' ? '#d1242f' : '#9a6700'};`;
      inner.append(span);
      at = mark.end;
    }
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    inner.append(`${this.text.slice(at)}\u200b`);
    mirror.append(inner);
    this.layer.replaceChildren(mirror);
    // The mirror's scrollbar-free width can differ from the textarea's; align scrolling.
    mirror.scrollTop = box.scrollTop;
    mirror.scrollLeft = box.scrollLeft;
  }
}
