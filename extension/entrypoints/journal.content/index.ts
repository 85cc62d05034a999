import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { startJournalLoader } from '../../overlay/journal-loader.js';
import { keepPolicyFresh } from '../../storage/settings-in-force.js';
import { ignoreForgedInvalidation } from '../../messaging/context-guard.js';

/**
 * The journal loader, a few KB: registered at run time by the background, only for journal origins
 * the caseworker (or policy) has granted; `matches` here only tells WXT which hosts the script is
 * built for. It has the checks (journal-checks.content) injected only where a profile could read
 * a case.
 */
export default defineContentScript({
  matches: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  registration: 'runtime',
  runAt: 'document_idle',
  // WXT would also announce each start to the page with window.postMessage, naming the
  // extension's id; the document event it also sends is enough to stop an older copy.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    ignoreForgedInvalidation(ctx, browser.runtime);
    keepPolicyFresh(browser, ctx.signal);
    return startJournalLoader(ctx, browser);
  },
});
