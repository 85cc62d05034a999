import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { html, render } from 'lit/html.js';
import type { Locale } from '../../shared/index.js';
import { pickElement } from '../picker/field-picker.js';
import { answerPick } from '../picker/pick-answer.js';
import { translateOverlay } from '../checks/messages.js';
import { openPanelChannel, type PanelChannel } from '../messaging/panel-channel.js';
import { scopedContext } from './scoped-context.js';
import type { PanelRequest } from '../messaging/panel-requests.js';
import type { PanelMessage, PickAnswer, PickRequest } from '../messaging/panel-messages.js';

const BUTTON_CSS = `
  :host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
  button { font: 600 13px system-ui, sans-serif; padding: 8px 12px; border-radius: 999px; border: 2px solid #fff; background: #0b3c5d; color: #fff; cursor: pointer; box-shadow: 0 2px 6px #0005; }
  button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;

/** An open panel: its frame, its port, and the lifetime both hang on (aborted when it closes). */
type OpenPanel = { frame: IframeContentScriptUi<void>; channel: PanelChannel; lifetime: AbortController };

/**
 * An open panel handed from a run that stopped to the next one, and the run its requests go to
 * (see the abort handler below).
 */
let handedOver: OpenPanel | undefined;
let activeRun: { onRequest(request: PanelRequest): void; onConnected(): void } | undefined;

/**
 * The side panel: a button on the journal page opens an extension page in a frame beside it,
 * where the full components run (custom elements work there, unlike in the content script's
 * isolated world). The case reaches it over an extension port (`messaging/`), which the page can
 * neither read nor write.
 *
 * `ctx` is the content script's own context: the button lives as long as this run (`signal`), an
 * open panel as long as it is open, which may outlast the run.
 */
export async function initCasePanel(ctx: ContentScriptContext, signal: AbortSignal, lang: Locale) {
  const t = translateOverlay.bind(lang);
  let latest: PanelMessage | undefined;
  let open = handedOver;
  handedOver = undefined;

  const send = () => {
    if (latest) open?.channel.send(latest);
  };

  const openPanel = (): OpenPanel => {
    const lifetime = new AbortController();
    ctx.signal.addEventListener('abort', () => lifetime.abort(), { once: true, signal: lifetime.signal });
    // A new pairing for every frame: a port is accepted only from the frame opened here.
    const channel = openPanelChannel({ signal: lifetime.signal, onRequest: (request) => activeRun?.onRequest(request), onConnected: () => activeRun?.onConnected() });
    // WXT ties a UI's removal to its context's invalidation: here, to the panel's own lifetime.
    const frame = createIframeUi(scopedContext(ctx, lifetime.signal), {
      // createIframeUi's typing lists only built paths; the pairing rides in the query.
      page: channel.page as '/panel.html',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (wrapper, iframe) => {
        wrapper.setAttribute('style', 'position:fixed;top:0;right:0;bottom:0;width:min(480px,100vw);z-index:2147483647;box-shadow:-2px 0 8px #0004;background:#fff');
        iframe.setAttribute('style', 'border:0;width:100%;height:100%');
        iframe.setAttribute('title', t('panelTitle'));
      },
    });
    frame.mount();
    lifetime.signal.addEventListener('abort', () => frame.remove(), { once: true });
    return { frame, channel, lifetime };
  };

  const toggle = () => {
    if (open) {
      open.lifetime.abort();
      open = undefined;
    } else {
      open = openPanel();
    }
  };

  const runContext = scopedContext(ctx, signal);
  // The button appears with the first message: a frame or frameset shell that shows no case stays clean.
  const button = await createShadowRootUi<void>(runContext, {
    name: 'saksvakt-panel-button',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: BUTTON_CSS,
    onMount: (container) => render(html`<button type="button" aria-haspopup="dialog" @click=${toggle}>${t('openPanel')}</button>`, container),
  });
  if (signal.aborted) {
    if (open) handedOver = open;
    return { update: () => undefined, open: () => undefined };
  }
  let mounted = false;
  // The panel asks to close itself, or to let the caseworker point at a field (validated by the channel).
  const onMessage = async (message: PanelRequest) => {
    if (!open) return;
    if (message.type === 'saksvakt:close-panel') toggle();
    if (message.type === 'saksvakt:start-picker') {
      const request: PickRequest = message;
      const wrapper = open.frame.wrapper;
      wrapper.style.visibility = 'hidden';
      const picked = await pickElement(runContext, t('pickInstruction'));
      wrapper.style.visibility = 'visible';
      const answer: PickAnswer = picked
        ? { type: 'saksvakt:picked', ...answerPick(picked, request.field, request.fieldType, request.formats, request.pageKind) }
        : { type: 'saksvakt:pick-cancelled', field: request.field };
      open?.channel.send(answer);
    }
  };
  const run = { onRequest: (request: PanelRequest) => void onMessage(request), onConnected: send };
  activeRun = run;
  signal.addEventListener('abort', () => {
    button.remove();
    if (activeRun === run) activeRun = undefined;
    // A restart (a saved field, a new view of a single-page journal) keeps an open panel, so what it
    // says ("saved", the undo button) stays in view: the next run takes it over, or it goes.
    const kept = open;
    if (!kept || kept.lifetime.signal.aborted) return;
    handedOver = kept;
    setTimeout(() => {
      if (handedOver !== kept) return;
      kept.lifetime.abort();
      handedOver = undefined;
    }, 5_000);
  });

  return {
    update(message: PanelMessage) {
      if (!mounted && document.body && document.body.localName !== 'frameset') {
        button.mount();
        mounted = true;
      }
      latest = message;
      send();
    },
    /** Opens the panel (the caseworker pressed the loader's button before the checks had loaded). */
    open() {
      if (mounted && !open) toggle();
    },
  };
}
