import type { browser as browserApi } from 'wxt/browser';
import type { RulePack } from '../../shared/index.js';
import type { SiteProfile } from '../site-profiles/schema.js';

type Browser = typeof browserApi;

/**
 * The settings in force, already validated and merged (defaults, the caseworker's, the policy's)
 * by the background, so content scripts on journal pages read them without loading the validator.
 */
export type SettingsInForce = {
  /** The revision of the caseworker's settings this was made from. */
  revision: number;
  lang: 'nn' | 'nb' | 'da' | 'en' | 'auto';
  referenceDate?: string;
  profiles: SiteProfile[];
  /** The custom pack, validated, or the chosen built-in pack id. */
  customPack?: RulePack;
  packId?: string;
};

export const SETTINGS_IN_FORCE_KEY = 'settingsInForce';
export const DEFAULT_SETTINGS_IN_FORCE: SettingsInForce = { revision: 0, lang: 'auto', profiles: [] };

export async function readSettingsInForce(browser: Browser): Promise<SettingsInForce> {
  const stored = (await browser.storage.local.get(SETTINGS_IN_FORCE_KEY))[SETTINGS_IN_FORCE_KEY] as SettingsInForce | undefined;
  return stored ?? DEFAULT_SETTINGS_IN_FORCE;
}
