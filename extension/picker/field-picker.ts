import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { html, render } from 'lit/html.js';

const CSS = `
  :host { all: initial; }
  .box { position: fixed; pointer-events: none; z-index: 2147483645; border: 3px solid #0b5c8a; background: #0b5c8a22; border-radius: 3px; }
  .hint { position: fixed; left: 50%; top: 8px; transform: translateX(-50%); z-index: 2147483646; font: 600 13px system-ui, sans-serif; background: #0b3c5d; color: #fff; padding: 6px 12px; border-radius: 6px; }
`;

/**
 * Lets the caseworker point at a journal field: the element under the pointer (or the focused
 * field) is outlined; a click or Enter picks it, Escape cancels. The journal gets no click while
 * picking, and everything is removed afterwards.
 */
export async function pickElement(ctx: ContentScriptContext, instruction: string): Promise<Element | undefined> {
  const controller = new AbortController();
  const { signal } = controller;
  let box: HTMLElement | undefined;
  const ui = await createShadowRootUi<void>(ctx, {
    name: 'saksvakt-picker',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: CSS,
    onMount: (container) => {
      render(html`<div class="box" hidden></div><div class="hint" role="status">${instruction}</div>`, container);
      box = container.querySelector<HTMLElement>('.box')!;
    },
  });
  ui.mount();

  const outline = (target: Element | null) => {
    if (!box || !target || target.localName.startsWith('saksvakt-')) return;
    const rect = target.getBoundingClientRect();
    Object.assign(box.style, { left: `${rect.left - 3}px`, top: `${rect.top - 3}px`, width: `${rect.width + 6}px`, height: `${rect.height + 6}px` });
    box.hidden = false;
  };

  return new Promise((resolve) => {
    const finish = (element: Element | undefined) => {
      controller.abort();
      ui.remove();
      resolve(element);
    };
    // The innermost element, inside open shadow roots too (event.target is retargeted to the host).
    const targetOf = (event: Event) => (event.composedPath()[0] as Element | undefined) ?? (event.target as Element);
    document.addEventListener('mousemove', (event) => outline(targetOf(event)), { capture: true, signal });
    document.addEventListener('focusin', (event) => outline(targetOf(event)), { capture: true, signal });
    document.addEventListener(
      'click',
      (event) => {
        event.preventDefault();
        event.stopPropagation();
        finish(targetOf(event));
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') finish(undefined);
        else if (event.key === 'Enter' && document.activeElement && document.activeElement !== document.body) {
          event.preventDefault();
          finish(document.activeElement);
        }
      },
      { capture: true, signal },
    );
    ctx.onInvalidated(() => finish(undefined));
  });
}
