// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditorText } from './editor-text';

type Tree = string | Element_ | { br: string };
interface Element_ extends Array<string | Tree> {
  0: string;
}

function build(tree: Tree): Node {
  if (typeof tree === 'string') return document.createTextNode(tree);
  if (!Array.isArray(tree)) {
    const br = document.createElement('br');
    if (tree.br) br.className = tree.br;
    return br;
  }
  const [tag, ...children] = tree;
  const el = document.createElement(tag);
  for (const c of children) el.append(build(c));
  return el;
}

function editor(...blocks: Tree[]): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  for (const b of blocks) el.append(build(b));
  document.body.replaceChildren(el);
  return el;
}

describe('readEditorText', () => {
  it('joins paragraphs and hard breaks with newlines and ignores the trailing placeholder', () => {
    const el = editor(
      ['p', 'Hello ', ['strong', 'there']],
      ['p', 'line one', { br: '' }, 'line two'],
      ['p', { br: 'ProseMirror-trailingBreak' }],
    );
    expect(readEditorText(el).text).toBe('Hello there\nline one\nline two\n');
  });

  it('maps text offsets back to DOM ranges across formatting and paragraphs', () => {
    const el = editor(['p', 'mail ', ['em', 'jane'], '.doe@example.com'], ['p', 'pay me via PayPal']);
    const map = readEditorText(el);
    const start = map.text.indexOf('jane');
    const end = map.text.indexOf('.com') + 4;
    expect(rangeFor(map, start, end)?.toString()).toBe('jane.doe@example.com');
    const p = map.text.indexOf('PayPal');
    expect(rangeFor(map, p, p + 6)?.toString()).toBe('PayPal');
    expect(rangeFor(map, 0, map.text.length)?.toString()).toBe('mail jane.doe@example.compay me via PayPal');
  });

  it('returns null for empty or stale spans', () => {
    const el = editor(['p', 'abc']);
    const map = readEditorText(el);
    expect(rangeFor(map, 1, 1)).toBeNull();
    el.replaceChildren();
    expect(rangeFor(map, 0, 2)).toBeNull();
  });
});
