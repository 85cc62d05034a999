import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { html, render } from 'lit/html.js';
import type { Locale } from '../../shared/index.js';
import type { CaseChecks } from '../checks/run-checks.js';
import { pickElement } from '../picker/field-picker.js';
import { suggestLocators } from '../picker/suggest-locators.js';
import type { FieldName, Locator } from '../site-profiles/schema.js';
import type { ListCoverage } from './journal-checks.js';
import { translateOverlay } from '../checks/messages.js';

/** One field of the case as read: its value as understood, or why there is none. */
export type FieldReport = { name: FieldName; word: string; status: 'read' | 'empty' | 'unreadable' | 'not-found'; text?: string; understood?: string };

/**
 * What the panel shows: the current case's checks and the inputs for the full components, each
 * field as read, how much of a list was checked; or that no profile recognises the page.
 */
export type PanelMessage = {
  type: 'saksvakt:case';
  lang: Locale;
  today?: string;
  /** `no-profile`: neither a site profile nor the generic one recognises the page. */
  status: 'checked' | 'no-profile';
  /** The journal's origin, for a profile made by pointing at fields on a page that has none. */
  origin: string;
  profileId?: string;
  pageId?: string;
  cases: CaseChecks[];
  notFound: string[];
  unreadable: string[];
  fields?: FieldReport[];
  list?: ListCoverage;
};

/** The panel asks the page to let the caseworker point at a field; the answer comes back. */
export type PickRequest = { type: 'saksvakt:start-picker'; field: string };
export type PickAnswer = { type: 'saksvakt:picked'; field: string; locators: Locator[]; text: string } | { type: 'saksvakt:pick-cancelled'; field: string };

const BUTTON_CSS = `
  :host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
  button { font: 600 13px system-ui, sans-serif; padding: 8px 12px; border-radius: 999px; border: 2px solid #fff; background: #0b3c5d; color: #fff; cursor: pointer; box-shadow: 0 2px 6px #0005; }
  button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;

/**
 * The side panel: a button on the journal page opens an extension page in a frame beside it,
 * where the full components run (custom elements work there, unlike in the content script's
 * isolated world). The case reaches it by postMessage to the extension's origin only.
 */
export async function initCasePanel(ctx: ContentScriptContext, signal: AbortSignal, lang: Locale) {
  const t = translateOverlay.bind(lang);
  let latest: PanelMessage | undefined;
  let frame: IframeContentScriptUi<void> | undefined;
  // getURL's typing lists only built paths; the extension's own origin is what is wanted here.
  const origin = new URL((browser.runtime as unknown as { getURL(path: string): string }).getURL('/')).origin;

  const send = () => {
    if (latest && frame?.iframe.contentWindow) frame.iframe.contentWindow.postMessage(latest, origin);
  };

  const toggle = () => {
    if (frame) {
      frame.remove();
      frame = undefined;
      return;
    }
    frame = createIframeUi(ctx, {
      page: '/panel.html',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (wrapper, iframe) => {
        wrapper.setAttribute('style', 'position:fixed;top:0;right:0;bottom:0;width:min(480px,100vw);z-index:2147483647;box-shadow:-2px 0 8px #0004;background:#fff');
        iframe.setAttribute('style', 'border:0;width:100%;height:100%');
        iframe.setAttribute('title', t('panelTitle'));
        iframe.addEventListener('load', send);
      },
    });
    frame.mount();
  };

  // The button appears with the first message: a frame or frameset shell that shows no case stays clean.
  const button = await createShadowRootUi<void>(ctx, {
    name: 'saksvakt-panel-button',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: BUTTON_CSS,
    onMount: (container) => render(html`<button type="button" aria-haspopup="dialog" @click=${toggle}>${t('openPanel')}</button>`, container),
  });
  if (signal.aborted) return { update: () => undefined, open: () => undefined };
  let mounted = false;
  // The panel asks to close itself, or to let the caseworker point at a field.
  const onMessage = async (event: MessageEvent) => {
    // Only our own pages have the extension's origin (window identities differ between the
    // content script's isolated world and the page, so the origin is what can be checked).
    if (event.origin !== origin || !frame) return;
    if (event.data?.type === 'saksvakt:close-panel') toggle();
    if (event.data?.type === 'saksvakt:start-picker') {
      const request = event.data as PickRequest;
      const wrapper = frame.wrapper;
      wrapper.style.visibility = 'hidden';
      const picked = await pickElement(ctx, t('pickInstruction'));
      wrapper.style.visibility = 'visible';
      const answer: PickAnswer = picked
        ? { type: 'saksvakt:picked', field: request.field, locators: suggestLocators(picked), text: (picked.closest('input, select, textarea') as HTMLInputElement | null)?.value ?? picked.textContent?.trim() ?? '' }
        : { type: 'saksvakt:pick-cancelled', field: request.field };
      frame?.iframe.contentWindow?.postMessage(answer, origin);
    }
  };
  window.addEventListener('message', onMessage, { signal });
  signal.addEventListener('abort', () => {
    frame?.remove();
    button.remove();
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
      if (mounted && !frame) toggle();
    },
  };
}
