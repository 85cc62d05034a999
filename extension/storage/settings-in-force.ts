import type { browser as browserApi } from 'wxt/browser';
import type { RulePack } from '../../shared/index.js';
import type { SiteProfile } from '../site-profiles/schema.js';
import type { PolicyProblem } from './policy.js';

type Browser = typeof browserApi;

/**
 * The settings in force, already validated and merged (defaults, the caseworker's, the policy's)
 * by the background, so content scripts on journal pages read them without loading the validator.
 */
export type SettingsInForce = {
  /** The revision of the caseworker's settings this was made from. */
  revision: number;
  /**
   * True once made after managed storage answered in this browser session. Until then journal
   * pages wait: settings without the policy would show the wrong pack or language.
   */
  final: boolean;
  lang: 'nn' | 'nb' | 'da' | 'en' | 'auto';
  referenceDate?: string;
  profiles: SiteProfile[];
  /** The custom pack, validated, or the chosen built-in pack id. */
  customPack?: RulePack;
  packId?: string;
  /** Policy values that could not be used, for IT (shown in the panel and the options page). */
  policyProblems: PolicyProblem[];
};

export const SETTINGS_IN_FORCE_KEY = 'settingsInForce';
/** Asks the background to read the policy again and publish the settings in force. */
export const REFRESH_POLICY_MESSAGE = 'saksvakt:refresh-policy';
/** How often an open journal page has the policy read again (a change made while the browser ran). */
export const POLICY_REFRESH_INTERVAL_MS = 2 * 60_000;

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown } | undefined>;

function requestPolicyRefresh(browser: Browser): void {
  try {
    void Promise.resolve(browser.runtime.sendMessage({ type: REFRESH_POLICY_MESSAGE })).catch(() => undefined);
  } catch {
    // The extension was reloaded under this page; the new one publishes on its own.
  }
}

/**
 * The settings in force, once final. Before the background has published them for this browser
 * session (it waits for the policy), this waits too, and wakes the background if it sleeps:
 * a journal page shows nothing rather than the wrong pack or language.
 */
export async function readSettingsInForce(browser: Browser): Promise<SettingsInForce> {
  const read = async () => (await browser.storage.local.get(SETTINGS_IN_FORCE_KEY))[SETTINGS_IN_FORCE_KEY] as SettingsInForce | undefined;
  const now = await read();
  if (now?.final) return now;
  return new Promise((resolve) => {
    let done = false;
    const finish = (settings: SettingsInForce) => {
      if (done) return;
      done = true;
      browser.storage.onChanged.removeListener(listener);
      resolve(settings);
    };
    const listener = (changes: Changes, area: string) => {
      const next = area === 'local' ? (changes[SETTINGS_IN_FORCE_KEY]?.newValue as SettingsInForce | undefined) : undefined;
      if (next?.final) finish(next);
    };
    browser.storage.onChanged.addListener(listener);
    // Published between the first read and the subscription?
    void read().then((settings) => settings?.final && finish(settings));
    requestPolicyRefresh(browser);
  });
}

/**
 * While a journal page is open, has the background re-read the policy every few minutes: a policy
 * changed while the browser runs reaches the page even if the browser sends no change event.
 */
export function keepPolicyFresh(browser: Browser, signal: AbortSignal, intervalMs = POLICY_REFRESH_INTERVAL_MS): void {
  const timer = setInterval(() => requestPolicyRefresh(browser), intervalMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
