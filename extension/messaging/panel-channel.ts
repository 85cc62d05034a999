import { browser } from 'wxt/browser';
import type { PanelMessage, PickAnswer } from './panel-messages.js';
import { asPanelRequest, type PanelRequest } from './panel-requests.js';

/**
 * The channel between a journal tab's content script and the side panel it opens in a frame.
 *
 * Extension messaging, never `window.postMessage`: the page can read and forge window messages,
 * but it has no way to open or write to an extension port. The panel page (an extension page)
 * finds its tab with `tabs.getCurrent()` and opens `tabs.connect(tab, { name })`; the name carries
 * a random pairing made for this one frame, so in a tab whose frames each run the content
 * script, only the frame that opened the panel answers. The content script accepts one port per
 * pairing, from our own extension's panel page, and validates every message on both sides.
 */
export const PANEL_PORT_PREFIX = 'saksvakt-panel:';
export const PANEL_PAGE = '/panel.html';

export type PanelChannel = {
  /** The page the frame loads: the panel, told its pairing. */
  page: string;
  /** Sends to the panel once it has connected (`onConnected` is the moment to send the latest case). */
  send(message: PanelMessage | PickAnswer): void;
  close(): void;
};

type Port = ReturnType<typeof browser.runtime.connect>;

/** Content-script side: listens for the one panel frame it is about to open. */
export function openPanelChannel(options: { signal: AbortSignal; onRequest: (request: PanelRequest) => void; onConnected: () => void }): PanelChannel {
  const pairing = crypto.randomUUID();
  let port: Port | undefined;
  let closed = false;
  const onConnect = (candidate: Port) => {
    if (candidate.name !== PANEL_PORT_PREFIX + pairing) return;
    if (port || closed || !fromOurPanel(candidate, pairing)) {
      candidate.disconnect();
      return;
    }
    port = candidate;
    port.onMessage.addListener((message: unknown) => {
      const request = asPanelRequest(message);
      if (request) options.onRequest(request);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
    });
    options.onConnected();
  };
  const close = () => {
    closed = true;
    browser.runtime.onConnect.removeListener(onConnect);
    port?.disconnect();
    port = undefined;
  };
  browser.runtime.onConnect.addListener(onConnect);
  options.signal.addEventListener('abort', close, { once: true });
  return {
    page: `${PANEL_PAGE}?pair=${pairing}`,
    send(message) {
      try {
        port?.postMessage(message);
      } catch {
        // The panel went away between the check and the send; it asks again when it reconnects.
      }
    },
    close,
  };
}

/** Only our own extension can open a port to our content script; the URL also names this frame's pairing. */
function fromOurPanel(port: Port, pairing: string): boolean {
  const sender = port.sender;
  if (!sender || sender.id !== browser.runtime.id || !sender.url) return false;
  try {
    const url = new URL(sender.url);
    return url.pathname === PANEL_PAGE && url.searchParams.get('pair') === pairing;
  } catch {
    return false;
  }
}
