/**
 * One compose box: reads its text without touching it, scans it (debounced while typing,
 * never during IME composition, never while off screen), marks findings, keeps ONE warning
 * card next to it, and applies a safe rewrite through the editor's own input path.
 */

import { h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { WarningCard } from '../../components/page/WarningCard';
import { type ScanResult, scan } from '../../lib/scan';
import { type EditorText, rangeFor, readEditorText } from '../../lib/site/upwork/editor-text';
import type { Composer } from '../../lib/site/upwork/find-composers';
import { closestOf } from '../../lib/site/upwork/selectors';
import { describeFindings, flagged, headlineFor, rewritePlan } from './describe';
import { faultAt } from './fault';
import { BoxOverlay, type Mark, type RangeHighlights } from './highlighter';
import type { PageTracker } from './page-state';
import { createPreactUi, type PreactUi } from './ui/mount-preact';

/** Longer than the undo grouping delay of the editors the marketplace uses. */
const UNDO_GROUP_MS = 600;

/** Quiet time after the last keystroke before a scan; short enough to feel live. */
const DEBOUNCE_MS = 150;

export interface Check {
  text: string;
  result: ScanResult;
}

export interface GuardDeps {
  ctx: ContentScriptContext;
  page: PageTracker;
  highlights: RangeHighlights;
  explain: (text: string, result: ScanResult) => void;
}

export class ComposerGuard {
  readonly element: HTMLElement;
  private readonly abort = new AbortController();
  private readonly signal: AbortSignal;
  private cache: (Check & { version: number; map: EditorText | null }) | null = null;
  private composing = false;
  private visible = true;
  private timer: number | undefined;
  /** When the user last changed the text (performance.now()). */
  private lastInputAt = Number.NEGATIVE_INFINITY;
  private card: PreactUi | null = null;
  private overlay: BoxOverlay | null = null;
  private readonly observer: IntersectionObserver | null = null;
  readonly composer: Composer;
  private readonly deps: GuardDeps;

  constructor(composer: Composer, deps: GuardDeps) {
    this.composer = composer;
    this.deps = deps;
    this.element = composer.element;
    this.signal = AbortSignal.any([deps.ctx.signal, this.abort.signal]);
    const on = (type: string, fn: (e: Event) => void): void =>
      this.element.addEventListener(type, (e) => this.safely(() => fn(e)), { signal: this.signal });
    on('input', () => {
      this.lastInputAt = performance.now();
      this.schedule();
    });
    on('compositionstart', () => {
      this.composing = true;
      clearTimeout(this.timer);
    });
    on('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const was = this.visible;
        this.visible = entry.isIntersecting;
        if (this.visible && !was) this.schedule();
      });
      this.observer.observe(this.element);
    }
    this.signal.addEventListener('abort', () => this.teardown());
    this.schedule();
  }

  /** The current text and its verdict, synchronously (cached until text or context changes). */
  check(): Check {
    const map = this.composer.kind === 'textarea' ? null : readEditorText(this.element);
    const text = map ? map.text : (this.element as HTMLTextAreaElement).value;
    const { page } = this.deps;
    if (this.cache && this.cache.text === text && this.cache.version === page.version) {
      this.cache.map = map;
      return this.cache;
    }
    faultAt('detector'); // test-only seam, dead code in real builds (./fault.ts)
    const result = scan(text, page.scanContext('outgoing'), page.detectOptions());
    this.cache = { text, result, version: page.version, map };
    return this.cache;
  }

  /** Re-check now (context changed, e.g. settings or contract status). */
  refresh(): void {
    this.schedule(0);
  }

  /** The box's content changed without an input event (the page cleared it after sending). */
  poke(): void {
    this.schedule();
  }

  destroy(): void {
    this.abort.abort();
  }

  private schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    if (this.composing) return;
    this.timer = this.deps.ctx.setTimeout(() => this.safely(() => this.update()), delay);
  }

  private update(): void {
    if (this.composing || !this.visible || !this.element.isConnected) return;
    const check = this.check();
    this.render(check);
  }

  private render({ text, result }: Check): void {
    const { page } = this.deps;
    const shown = page.warns ? flagged(result) : [];
    this.mark(
      text,
      shown.map((j) => ({ start: j.finding.start, end: j.finding.end, verdict: j.verdict as Mark['verdict'] })),
    );
    if (shown.length === 0 || result.verdict === 'ok') {
      this.card?.render(null);
      return;
    }
    this.card ??= createPreactUi(this.deps.ctx, {
      name: 'contact-guard-card',
      ...this.cardAnchor(),
    });
    const verdict = result.verdict;
    const canRewrite = result.judgements.some((j) => j.verdict === 'violation');
    this.card.render(
      h(WarningCard, {
        verdict,
        headline: headlineFor(verdict),
        items: describeFindings(result, text),
        onWhy: () => this.safely(() => this.deps.explain(this.check().text, this.check().result)),
        onRewrite: canRewrite ? () => this.safely(() => this.rewriteAsOwnUndoStep()) : undefined,
      }),
    );
  }

  private cardAnchor(): { anchor: Element; append: 'before' | 'after' } {
    if (this.composer.role === 'message') {
      const container = closestOf(this.element, 'composerContainer');
      const outer = container?.closest('.up-d-composer') ?? container;
      if (outer) return { anchor: outer, append: 'before' };
    }
    return { anchor: this.element, append: 'after' };
  }

  private mark(text: string, marks: Mark[]): void {
    const { highlights } = this.deps;
    if (this.composer.kind === 'contenteditable' && highlights.supported) {
      highlights.set(this, this.rangesFor(marks));
      return;
    }
    if (marks.length === 0 && !this.overlay) return;
    this.overlay ??= new BoxOverlay(
      this.element,
      this.composer.kind === 'contenteditable' ? (m) => this.rangesFor(m) : null,
      this.signal,
    );
    this.overlay.update(text, marks);
  }

  private rangesFor(marks: Mark[]): { range: Range; verdict: Mark['verdict'] }[] {
    const map = this.cache?.map ?? readEditorText(this.element);
    const out: { range: Range; verdict: Mark['verdict'] }[] = [];
    for (const m of marks) {
      const range = rangeFor(map, m.start, m.end);
      if (range) out.push({ range, verdict: m.verdict });
    }
    return out;
  }

  /**
   * Replace each violating span with an on-platform sentence, one edit per span from the
   * end, through the editor's own input path (selection + insertText) so the editor keeps
   * its state and the user can undo.
   */
  /**
   * Editors merge edits made within a short delay into one undo step (ProseMirror's history
   * uses 500 ms), so a fix clicked right after typing would be undone together with the
   * typing. Wait until that delay has passed since the last keystroke: one undo then
   * restores exactly the draft.
   */
  rewriteAsOwnUndoStep(): void {
    const wait = UNDO_GROUP_MS - (performance.now() - this.lastInputAt);
    if (wait <= 0) this.rewrite();
    else window.setTimeout(() => this.safely(() => this.rewrite()), wait);
  }

  rewrite(): void {
    const plan = rewritePlan(this.check().result);
    const el = this.element;
    el.focus();
    for (const rep of plan) {
      if (el instanceof HTMLTextAreaElement) {
        el.setSelectionRange(rep.start, rep.end);
        if (!document.execCommand('insertText', false, rep.text)) {
          el.setRangeText(rep.text, rep.start, rep.end, 'end');
          el.dispatchEvent(
            new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: rep.text }),
          );
        }
        continue;
      }
      // The editor may have re-rendered after the previous edit: map offsets afresh.
      const range = rangeFor(readEditorText(el), rep.start, rep.end);
      const selection = getSelection();
      if (!range || !selection) continue;
      selection.removeAllRanges();
      selection.addRange(range);
      document.execCommand('insertText', false, rep.text);
    }
    this.schedule(0);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // A failure in the extension must never affect typing or sending.
    }
  }

  private teardown(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.deps.highlights.set(this, []);
    this.card?.remove();
    this.overlay?.destroy();
  }
}
