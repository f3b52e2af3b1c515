/**
 * Styles of the in-page UI. Each piece lives in its own open shadow root, so these rules
 * neither leak into the marketplace page nor inherit from it.
 */
export const PAGE_UI_CSS = `
:host { all: initial; }
.cg { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
.cg-card { box-sizing: border-box; margin: 6px 0; padding: 8px 10px; border-radius: 8px;
  border: 1px solid #f0b3ad; background: #fff6f5; max-width: 720px; }
.cg-card.caution { border-color: #f1d28a; background: #fffaf0; }
.cg-head { display: flex; align-items: baseline; gap: 8px; font-weight: 600; }
.cg-badge { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px;
  border-radius: 999px; background: #d1242f; color: #fff; }
.cg-badge.caution { background: #9a6700; }
.cg-list { margin: 6px 0 0; padding: 0 0 0 18px; }
.cg-list li { margin: 2px 0; }
.cg-what { font-weight: 600; }
.cg-excerpt { font-family: ui-monospace, monospace; background: rgba(0,0,0,.05); padding: 0 3px; border-radius: 3px;
  overflow-wrap: anywhere; }
.cg-advice { color: #57606a; }
.cg-actions { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
.cg button { font: inherit; cursor: pointer; border-radius: 6px; padding: 3px 10px; border: 1px solid #8c959f;
  background: #fff; color: #1f2328; }
.cg button.primary { background: #1f883d; border-color: #1a7f37; color: #fff; }
.cg button.danger { background: #fff; border-color: #d1242f; color: #d1242f; }
.cg button.link { border: none; background: none; color: #0969da; padding: 0; text-decoration: underline; }
.cg button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.cg-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: flex; align-items: center;
  justify-content: center; z-index: 2147483646; }
.cg-dialog { box-sizing: border-box; width: min(520px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  background: #fff; border-radius: 12px; padding: 16px 18px; box-shadow: 0 12px 32px rgba(0,0,0,.25); }
.cg-dialog h2 { font-size: 16px; margin: 0 0 6px; }
.cg-dialog p { margin: 6px 0; }
.cg-rule { color: #57606a; font-size: 12px; }
.cg-incoming { margin: 4px 0 6px; padding: 4px 8px; border-left: 3px solid #9a6700; background: #fffaf0;
  border-radius: 0 6px 6px 0; font-size: 12px; }
.cg-incoming.deleted { border-left-color: #57606a; background: #f6f8fa; }
`;
