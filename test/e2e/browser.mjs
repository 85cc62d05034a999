import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromePath, CHROME_ARGS } from '../chrome-path.mjs';

/** Starts the demo's Vite dev server on a free localhost port (what `npm start` runs). */
export async function startDemoServer() {
  const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export async function launchChromium() {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
}

/** Text of an element inside a component's shadow root, with no-break spaces made plain. */
export async function shadowText(page, host, selector) {
  return page.evaluate(
    ([hostSelector, innerSelector]) => {
      const element = document.querySelector(hostSelector)?.shadowRoot?.querySelector(innerSelector);
      return (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
    },
    [host, selector],
  );
}

/**
 * Chromium with an unpacked extension loaded, once its background has registered the journal
 * content script (it does so for the origins the build grants).
 */
export async function launchWithExtension(extensionDir, userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...CHROME_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  await worker.evaluate(async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('content script never registered');
  });
  return { context, extensionId: new URL(worker.url()).host };
}
