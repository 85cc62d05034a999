import { html, render } from 'lit/html.js';
import type { Badge } from '../checks/run-checks.js';

/** Styles inside each badge's shadow root: nothing leaks in from the journal or out to it. */
export const BADGE_CSS = `
  :host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 4px; }
  .badges { display: inline-flex; flex-wrap: wrap; gap: 4px; font: 12px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; }
  .badge { display: inline-flex; gap: 4px; align-items: baseline; border: 1px solid currentColor; border-radius: 4px; padding: 1px 6px; max-width: 36em; }
  .alert { color: #8c1d18; background: #fdecea; }
  .warn { color: #6b4500; background: #fff4d6; }
  .ok { color: #1e6b34; background: #e6f4ea; }
  .info { color: #33414e; background: #eef2f6; }
  .symbol { font-weight: 700; }
  /* Inside a cell of a dense grid: one line beside the cell's text, cut with an ellipsis (the full
     text is the title and in the panel), so a badge never makes its row taller or spills over the
     next row. (WXT resets the host to \`all: initial\` and wraps the badge in block html/body
     elements, so those are made inline and the wrapper carries the layout.) */
  :host([data-placement="cell"]) html, :host([data-placement="cell"]) body { display: inline; margin: 0; }
  :host([data-placement="cell"]) .badges { flex-wrap: nowrap; font-size: 11px; line-height: 1.2; max-width: calc(100% - 8em); overflow: hidden; vertical-align: middle; margin-left: 4px; }
  :host([data-placement="cell"]) .badge { white-space: nowrap; overflow: hidden; min-width: 0; }
  :host([data-placement="cell"]) .text { overflow: hidden; text-overflow: ellipsis; }
  @media (prefers-color-scheme: dark) {
    .alert { color: #ffb4ab; background: #3a1714; }
    .warn { color: #ffd27a; background: #33270b; }
    .ok { color: #8fd6a2; background: #12301b; }
    .info { color: #d3dde6; background: #1e2731; }
  }
`;

const SYMBOL = { alert: '!', warn: '◷', ok: '✓', info: 'i' } as const;

/** Renders a field's badges. Status is carried by a symbol and text as well as colour. */
export function renderBadges(container: HTMLElement, badges: readonly Badge[]): void {
  render(
    html`<span class="badges" role="status" aria-label="Saksvakt">
      ${badges.map(
        (badge) => html`<span class="badge ${badge.tone}" data-check=${badge.check} data-tone=${badge.tone} title=${badge.text}
          ><span class="symbol" aria-hidden="true">${SYMBOL[badge.tone]}</span><span class="text">${badge.text}</span></span
        >`,
      )}
    </span>`,
    container,
  );
}
