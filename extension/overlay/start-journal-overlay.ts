import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { builtInPacks, formatDate, formatNumber, resolveLocale, type Locale, type RulePack } from '../../shared/index.js';
import { fieldWord } from '../site-profiles/generic-profile.js';
import type { FieldName, PageProfile, SiteProfile } from '../site-profiles/schema.js';
import type { ExtractedCase } from '../extract/extract-case.js';
import { readSettingsInForce, SETTINGS_IN_FORCE_KEY } from '../storage/settings-in-force.js';
import { pseudonymousKey } from '../storage/personal-data-guard.js';
import type { CaseChecks } from '../checks/run-checks.js';
import { initCasePanel } from './case-panel.js';
import type { FieldReport } from '../messaging/panel-messages.js';
import { initJournalChecks } from './journal-checks.js';
import { describeElement } from '../site-profiles/profile-check.js';
import { profilesFor } from './profiles-for.js';

export { profilesFor } from './profiles-for.js';

/**
 * Starts the journal features on a page and restarts them on single-page navigation
 * (`wxt:locationchange`), tearing down the previous run through its AbortSignal. `openPanel`:
 * the caseworker pressed the loader's button, so the panel opens with the first result.
 */
export async function startJournalOverlay(ctx: ContentScriptContext, browser: Browser, { openPanel = false } = {}): Promise<void> {
  let controller = new AbortController();
  let panelWanted = openPanel;
  // Everything a run makes hangs on its own signal, which the content script's invalidation aborts too.
  ctx.onInvalidated(() => controller.abort());

  const start = async () => {
    const signal = controller.signal;
    try {
      const settings = await readSettingsInForce(browser);
      const profiles = profilesFor(location.href, settings.profiles);
      if (profiles.length === 0 || signal.aborted) return;
      const lang = settings.lang === 'auto' ? resolveLocale(document.documentElement.lang || navigator.language) : settings.lang;
      const pack: RulePack | undefined = settings.customPack ?? (settings.packId ? builtInPacks[settings.packId as keyof typeof builtInPacks] : undefined);
      const today = settings.referenceDate;
      const panel = await initCasePanel(ctx, signal, lang);
      const openIfWanted = () => {
        if (!panelWanted) return;
        panelWanted = false;
        panel.open();
      };
      initJournalChecks(ctx, signal, {
        firstRunWhenIdle: true,
        profiles,
        lang,
        ...(today ? { today } : {}),
        ...(pack ? { pack } : {}),
        onChecked: (checked, page, profile, read) => {
          const notFound = [...new Set(checked.flatMap((entry) => entry.notFound))];
          const unreadable = [...new Set(checked.flatMap((entry) => entry.unreadable))];
          panel.update({
            type: 'saksvakt:case',
            lang,
            ...(today ? { today } : {}),
            status: 'checked',
            origin: location.origin,
            profileId: profile.id,
            pageId: page.id,
            cases: page.kind === 'case' ? checked : [],
            notFound,
            unreadable,
            ...(page.kind === 'case' && read.cases[0] ? { fields: fieldReports(read.cases[0], page, lang) } : {}),
            ...(read.list ? { list: read.list } : {}),
          });
          openIfWanted();
          if (page.kind === 'case') void remember(browser, checked[0], profile);
        },
        onNoPage: () => {
          // A frame shell (frameset, or a page around an iframe) shows the case in its frames,
          // where this script runs too; only a page with no frames says it has no profile.
          if (window !== window.top || document.querySelector('frame, iframe:not([src^="chrome-extension:"]):not([src^="moz-extension:"])')) return;
          panel.update({ type: 'saksvakt:case', lang, ...(today ? { today } : {}), status: 'no-profile', origin: location.origin, cases: [], notFound: [], unreadable: [] });
          openIfWanted();
        },
      });
    } catch (error) {
      console.warn('[Saksvakt] could not start on this page:', error);
    }
  };
  const restart = () => {
    controller.abort();
    controller = new AbortController();
    void start();
  };

  void start();
  // A new view in a single-page journal, or changed settings (a picked field, another pack).
  ctx.addEventListener(window, 'wxt:locationchange', restart);
  const onSettingsChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown } | undefined>, area: string) => {
    const change = area === 'local' ? changes[SETTINGS_IN_FORCE_KEY] : undefined;
    if (change && JSON.stringify(change.oldValue) !== JSON.stringify(change.newValue)) restart();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChanged));
}

/** Each field the page names, as read: the value as understood (in the reader's format), or why not. */
function fieldReports(extracted: ExtractedCase, page: PageProfile, lang: Locale): FieldReport[] {
  return (Object.keys(page.fields) as FieldName[])
    .filter((name) => name !== 'caseNumber')
    .map((name): FieldReport => {
      const field = extracted.fields[name];
      const word = fieldWord(name, lang);
      if (!field) return { name, word, status: 'not-found' };
      const element = describeElement(field.element);
      if (extracted.unreadable.includes(name)) return { name, word, status: 'unreadable', text: field.text, element };
      if (field.value === undefined) return { name, word, status: 'empty', text: field.text, element };
      const type = page.fields[name]!.type;
      const understood = type === 'date' ? formatDate(String(field.value), lang) : type === 'number' ? formatNumber(Number(field.value), lang) : String(field.value);
      return { name, word, status: 'read', text: field.text, understood, element };
    });
}

const remembered = new Set<string>();

/** Keeps the case in the local caseload (dates and ids only, under a pseudonymous key). */
async function remember(browser: Browser, checks: CaseChecks | undefined, profile: SiteProfile) {
  if (!checks?.serviceId || !checks.caseInput?.start) return;
  // Without a case number on the page, the page address and grant stand in as the case identity.
  const caseNumber = checks.caseNumber ?? `${profile.id}:${location.pathname}:${checks.caseInput.start}:${checks.serviceId}`;
  const key = await pseudonymousKey(location.origin, caseNumber);
  const entry = {
    key,
    packId: checks.packId,
    service: checks.serviceId,
    start: checks.caseInput.start,
    ...(checks.caseInput.levelSince ? { levelSince: checks.caseInput.levelSince } : {}),
    followUps: checks.caseInput.followUps ?? [],
    openedAt: new Date().toISOString(),
    schemaVersion: 2 as const,
  };
  const signature = JSON.stringify({ ...entry, openedAt: '' });
  if (remembered.has(signature)) return;
  remembered.add(signature);
  try {
    await browser.runtime.sendMessage({ type: 'saksvakt:remember-case', entry });
  } catch {
    // The background may be restarting; the case is remembered next time it is opened.
  }
}
