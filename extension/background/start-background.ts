import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { loadSettings, markSettingsInForcePending, publishSettingsInForce } from '../storage/settings.js';
import { REFRESH_POLICY_MESSAGE } from '../storage/settings-in-force.js';
import type { CaseloadEntry } from '../storage/caseload-db.js';
import { createCaseloadFlush, createCaseloadWriter } from './caseload-writer.js';
import { CHECKS_SCRIPT_FILE, LOAD_CHECKS_MESSAGE } from '../overlay/loader-handoff.js';

export const CONTENT_SCRIPT_ID = 'saksvakt-journal';
const CONTENT_SCRIPT_FILE = 'content-scripts/journal.js';

/**
 * Registers the journal content script for exactly the origins the caseworker (or policy) has
 * granted, and keeps that in step as permissions change. No origin granted: nothing runs anywhere.
 */
export async function syncContentScripts(browser: Browser): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  const matches = origins.filter((origin: string) => /^(https?|\*):\/\//.test(origin));
  if (matches.length === 0) return [];
  await browser.scripting.registerContentScripts([{ id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true }]);
  return matches;
}

/**
 * Injects the checks into the frame whose loader asked. No web-accessible resources are needed
 * (the page can neither load nor fingerprint them), and the same call works in Chrome and Firefox
 * MV3; host access is the caseworker's grant for that origin, which the loader's registration implies.
 */
async function injectChecks(browser: Browser, sender: { tab?: { id?: number }; frameId?: number }): Promise<{ ok: boolean; error?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not from a tab' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CHECKS_SCRIPT_FILE] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

const SESSION_KEY = 'saksvaktSession';

/**
 * True on the first service-worker start of a browser session (session storage is emptied when
 * the browser closes). Without session storage (older browsers) no start counts as new: the last
 * publication stands until the policy has been read again.
 */
async function isNewBrowserSession(browser: Browser): Promise<boolean> {
  const session = browser.storage.session;
  if (!session) return false;
  if ((await session.get(SESSION_KEY))[SESSION_KEY]) return false;
  await session.set({ [SESSION_KEY]: true });
  return true;
}

export function startBackground(browser: Browser): void {
  // On a browser's launch the settings published in its last session are set aside first: the
  // policy may have changed meanwhile, and journal pages wait for this session's read.
  const ready = isNewBrowserSession(browser)
    .then((fresh) => (fresh ? markSettingsInForcePending() : undefined))
    .catch((error) => console.warn('[Saksvakt] settings could not be marked pending:', error));
  const publish = () => ready.then(() => publishSettingsInForce()).catch((error) => console.warn('[Saksvakt] settings could not be read:', error));
  const sync = () => {
    void publish();
    return syncContentScripts(browser).catch((error) => console.warn('[Saksvakt] content script registration failed:', error));
  };
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') void publish();
  });
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  // Every service-worker start reads the policy again (publish waits for managed storage's answer).
  void sync();

  const rememberCase = createCaseloadWriter(
    createCaseloadFlush({ retentionDays: async () => (await loadSettings()).settings.retentionDays, problems: browser.storage.local as never }),
  );
  browser.runtime.onMessage.addListener((message: { type?: string; entry?: CaseloadEntry }, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    // The journal loader found a page a profile could read: the checks go into that frame only.
    if (message?.type === LOAD_CHECKS_MESSAGE) return injectChecks(browser, sender);
    // An open journal page asks now and then, and when it is waiting for the settings in force.
    if (message?.type === REFRESH_POLICY_MESSAGE) return publish().then(() => ({ ok: true }));
    if (message?.type === 'saksvakt:remember-case' && message.entry) {
      return rememberCase(message.entry).then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, error: String(error) }),
      );
    }
    return undefined;
  });
}
