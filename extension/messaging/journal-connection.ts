import { browser } from 'wxt/browser';
import { PANEL_PORT_PREFIX } from './panel-channel.js';
import type { PanelRequest } from './panel-requests.js';
import { asJournalMessage, type JournalMessage } from './to-panel.js';

export type JournalConnection = {
  /** Sends a request to the content script that opened this panel (queued until connected). */
  send(request: PanelRequest): void;
};

/**
 * Panel side of the channel (see `panel-channel.ts`): connects to the content script of the tab
 * this frame is in, under the pairing its URL names. Messages that fail validation are dropped.
 * A panel opened on its own (no pairing, or not in a tab) stays unconnected and says it is waiting.
 */
export function connectToJournal(onMessage: (message: JournalMessage) => void, location: { href: string } = window.location): JournalConnection {
  const queue: PanelRequest[] = [];
  let port: ReturnType<typeof browser.tabs.connect> | undefined;
  const pairing = new URL(location.href).searchParams.get('pair');
  if (pairing && /^[0-9a-f-]{36}$/.test(pairing)) {
    void browser.tabs
      .getCurrent()
      .then((tab) => {
        if (tab?.id === undefined) return;
        port = browser.tabs.connect(tab.id, { name: PANEL_PORT_PREFIX + pairing });
        port.onMessage.addListener((message: unknown) => {
          const valid = asJournalMessage(message);
          if (valid) onMessage(valid);
        });
        port.onDisconnect.addListener(() => {
          port = undefined;
        });
        for (const request of queue.splice(0)) port.postMessage(request);
      })
      .catch(() => undefined);
  }
  return {
    send(request) {
      if (port) port.postMessage(request);
      else queue.push(request);
    },
  };
}
