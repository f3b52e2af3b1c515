/**
 * Reads the text of a contenteditable (a ProseMirror editor) WITHOUT touching it, with a
 * map from text offsets back to DOM positions so findings become DOM Ranges for highlights
 * and for a rewrite's selection. Blocks and <br> become "\n", as the editor's own plain
 * text does; ProseMirror's trailing-break placeholder is not text.
 */

interface Segment {
  /** Offset in `text` where this node's text starts. */
  start: number;
  node: Text;
}

export interface EditorText {
  text: string;
  segments: Segment[];
}

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'TR',
  'TABLE',
  'HR',
]);

export function readEditorText(root: HTMLElement): EditorText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let atBlockStart = true;
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ start: length, node: child as Text });
        push(data);
        atBlockStart = false;
      } else if (child.nodeType === 1) {
        const el = child as HTMLElement;
        if (el.tagName === 'BR') {
          if (!el.classList.contains('ProseMirror-trailingBreak')) push('\n');
          continue;
        }
        const block = BLOCK.has(el.tagName);
        if (block && !atBlockStart) {
          push('\n');
          atBlockStart = true;
        }
        walk(el);
        if (block) atBlockStart = false;
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** The DOM position of a text offset: inside the text node holding it (or ending at it). */
function positionOf(map: EditorText, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { segments } = map;
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (seg && seg.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) {
    const first = segments[0];
    return first ? { node: first.node, offset: 0 } : null;
  }
  let seg = segments[best];
  if (!seg) return null;
  // An end offset exactly at a node's start belongs to the end of the previous node.
  if (preferEnd && seg.start === offset && best > 0) {
    const prev = segments[best - 1];
    if (prev) return { node: prev.node, offset: prev.node.data.length };
  }
  const within = offset - seg.start;
  if (within > seg.node.data.length) {
    // Offset falls on a "\n" after this node: clamp to its end, or the next node's start.
    const next = segments[best + 1];
    if (!preferEnd && next) seg = next;
    return preferEnd || !next ? { node: seg.node, offset: seg.node.data.length } : { node: seg.node, offset: 0 };
  }
  return { node: seg.node, offset: within };
}

/** A DOM Range over [start, end) of the text, or null when the text changed under it. */
export function rangeFor(map: EditorText, start: number, end: number, doc: Document = document): Range | null {
  if (end <= start) return null;
  const a = positionOf(map, start, false);
  const b = positionOf(map, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}
