import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { loaderHandoff } from '../../overlay/loader-handoff.js';
import { startJournalOverlay } from '../../overlay/start-journal-overlay.js';
import { ignoreForgedInvalidation } from '../../messaging/context-guard.js';

/**
 * The checks, badges and panel button: never registered, injected by the background into the
 * frame whose loader (journal.content) asked for them (`scripting.executeScript`), so journal
 * pages no profile reads never parse them.
 */
export default defineContentScript({
  matches: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  registration: 'runtime',
  // As the loader: no start announcement to the page, and a forged stop event is ignored.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    ignoreForgedInvalidation(ctx, browser.runtime);
    const handoff = loaderHandoff();
    if (handoff.checksStarted) return;
    handoff.checksStarted = true;
    return startJournalOverlay(ctx, browser, { openPanel: handoff.openPanel ?? false });
  },
});
