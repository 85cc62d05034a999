import { html, nothing, render } from 'lit/html.js';
import { browser } from 'wxt/browser';
import { builtInPacks, formatDate, inEveryLanguage, localize, parseDateText, parseRulePack, resolveLocale, type Locale, type RulePackError } from '../../shared/index.js';
import { CaseloadError, clearCaseload, DB_NAME, exportCaseload, importCaseload, openCaseload, readCaseload, type CaseloadDb, type ImportResult } from '../storage/caseload-db.js';
import { CASELOAD_PROBLEM_KEY, readCaseloadProblem, type CaseloadProblem } from '../storage/caseload-problem.js';
import { loadSettings, PolicyLockedError, saveLocalSettings, type LoadedSettings, type Settings } from '../storage/settings.js';
import { policyProblemsView, translatePolicy } from './policy-messages.js';
import { parseSiteProfile, type SiteProfile } from '../site-profiles/schema.js';
import { translateOptions } from './messages.js';
import { translateValidation } from '../../shared/i18n/messages/validation.js';
import { createProfileTools } from './profile-tools.js';
import { PersonalDataError } from '../storage/personal-data-guard.js';
import { personalDataMessage } from '../storage/personal-data-messages.js';

const STYLE = `
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b2a38; background: #f4f6f8; }
  main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
  section { background: #fff; border: 1px solid #c9d3df; border-radius: 6px; padding: 0.75rem 1rem; margin-bottom: 1rem; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 0.5rem 0 0.2rem; }
  input, select, textarea, button { font: inherit; }
  input, select { padding: 0.35rem; min-width: 16rem; max-width: 100%; }
  textarea { width: 100%; min-height: 12rem; font-family: ui-monospace, monospace; font-size: 12px; }
  button { padding: 0.35rem 0.8rem; margin: 0.25rem 0.25rem 0.25rem 0; cursor: pointer; }
  .hint { color: #4a5a6a; font-size: 0.9em; }
  .error { color: #8c1d18; } .ok { color: #1e6b34; }
  .managed { font-size: 0.85em; background: #eef2f6; border-radius: 4px; padding: 0 0.4rem; margin-left: 0.4rem; }
  :focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #e1e7ee; vertical-align: top; }
  .policy-problems { border-color: #8c1d18; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

type State = {
  settings: Settings;
  managed: Set<keyof Settings>;
  loaded: LoadedSettings;
  origins: string[];
  /** Cases the background could not store (a full disk, no IndexedDB), until a write succeeds. */
  caseloadProblem?: CaseloadProblem;
  caseloadImport?: ImportResult;
  packErrors?: RulePackError[];
  /** Why the profiles typed in were refused, in every language (the reader may switch before reading). */
  profileErrors?: Record<Locale, string>[];
  notice?: { text: string; ok: boolean; area: string };
};

/** The options page: language, rule pack, training date, journal access, profiles, caseload, privacy. */
export async function renderOptionsPage(root: HTMLElement): Promise<void> {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);

  const refresh = async (): Promise<State> => {
    const loaded = await loadSettings();
    const { settings, managedKeys } = loaded;
    const { origins = [] } = await browser.permissions.getAll();
    const caseloadProblem = await readCaseloadProblem(browser.storage.local as never).catch(() => undefined);
    return { settings, managed: new Set(managedKeys), loaded, origins, caseloadProblem };
  };
  let state = await refresh();
  // Read apart from the settings, so a caseload that waits (another tab holds it during an upgrade)
  // or is unavailable (a private window) never keeps the rest of the page from showing.
  let caseload: CaseloadView = { status: 'loading' };
  const withCaseload = async <T>(use: (db: CaseloadDb) => Promise<T>): Promise<T> => {
    const db = await openCaseload(DB_NAME, {
      onBlocked: () => {
        caseload = { status: 'blocked' };
        draw();
      },
    });
    try {
      return await use(db);
    } finally {
      db.close();
    }
  };
  const loadCaseload = async () => {
    try {
      const { cases, skipped } = await withCaseload(readCaseload);
      caseload = { status: 'ready', count: cases.length, skipped: skipped.length };
    } catch (error) {
      caseload = { status: error instanceof CaseloadError && error.kind === 'unavailable' ? 'unavailable' : 'failed' };
    }
    draw();
  };
  const update = async (changes: Partial<State> = {}) => {
    state = { ...(await refresh()), ...changes };
    draw();
    await loadCaseload();
  };
  const locale = (): Locale => (state.settings.lang === 'auto' ? resolveLocale(navigator.language) : state.settings.lang);

  const save = async (changes: Partial<Settings>, area: string) => {
    try {
      await saveLocalSettings(changes);
      await update({ notice: { text: translateOptions(locale(), 'saved'), ok: true, area } });
    } catch (error) {
      const text =
        error instanceof PolicyLockedError
          ? translateOptions(locale(), 'lockedRefused')
          : error instanceof PersonalDataError && error.kind
            ? personalDataMessage(error.kind, error.path, locale())
            : `${translateOptions(locale(), 'invalid')}${String(error)}`;
      await update({ notice: { text, ok: false, area } });
    }
  };

  const importPack = async (file: File) => {
    const text = await file.text();
    const result = parseRulePack(text, { lang: locale() });
    if (!result.ok) {
      await update({ packErrors: result.errors });
      return;
    }
    // Refused (and said so) while the municipality sets the pack, even if the field was re-enabled.
    await save({ customPack: result.pack }, 'pack');
  };

  const allowOrigin = async (text: string) => {
    const t = translateOptions.bind(locale());
    let pattern: string;
    try {
      const url = new URL(text.trim());
      if (!/^https?:$/.test(url.protocol)) throw new Error('protocol');
      pattern = `${url.protocol}//${url.hostname}/*`;
    } catch {
      await update({ notice: { text: t('invalidOrigin'), ok: false, area: 'access' } });
      return;
    }
    // The browser asks the caseworker; nothing is granted without their click.
    await browser.permissions.request({ origins: [pattern] });
    await update();
  };

  const saveProfiles = async (text: string) => {
    const t = translateOptions.bind(locale());
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      await update({ profileErrors: [inEveryLanguage((lang) => translateValidation(lang, 'invalidJson', { detail }))] });
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    const profiles: SiteProfile[] = [];
    const errors: Record<Locale, string>[] = [];
    list.forEach((entry, index) => {
      const result = parseSiteProfile(entry);
      if (result.ok) profiles.push(result.profile);
      // In a list, which profile: its position, counted from 1.
      else for (const error of result.errors) errors.push(list.length > 1 ? inEveryLanguage((lang) => `${index + 1}: ${error.text[lang]}`) : error.text);
    });
    if (errors.length) {
      await update({ profileErrors: errors });
      return;
    }
    try {
      await saveLocalSettings({ profiles });
      await update({ notice: { text: t('profilesSaved'), ok: true, area: 'profiles' } });
    } catch (error) {
      const text = error instanceof PolicyLockedError ? t('lockedRefused') : error instanceof PersonalDataError && error.kind ? personalDataMessage(error.kind, error.path, locale()) : `${t('invalid')}${String(error)}`;
      await update({ notice: { text, ok: false, area: 'profiles' } });
    }
  };

  /** What a failed caseload action tells the caseworker; what was stored is kept in every case. */
  const caseloadFailure = (error: unknown) => {
    const t = translateOptions.bind(locale());
    const kind = error instanceof CaseloadError ? error.kind : 'failed';
    return { text: kind === 'unavailable' ? t('caseloadUnavailable') : kind === 'quota' ? t('caseloadQuota') : t('caseloadFailed'), ok: false, area: 'caseload' };
  };

  const download = async () => {
    try {
      const json = await withCaseload((db) => exportCaseload(db));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.download = 'saksvakt-caseload.json';
      link.click();
    } catch (error) {
      await update({ notice: caseloadFailure(error) });
    }
  };

  const importCases = async (file: File) => {
    try {
      const text = await file.text();
      const result = await withCaseload((db) => importCaseload(db, text));
      await update({ caseloadImport: result });
    } catch (error) {
      await update({ notice: caseloadFailure(error) });
    }
  };

  const clearAll = async () => {
    try {
      await withCaseload(clearCaseload);
      await update({ notice: { text: translateOptions(locale(), 'cleared'), ok: true, area: 'caseload' } });
    } catch (error) {
      await update({ notice: caseloadFailure(error) });
    }
  };

  // Export, import and the profile check keep their own state between redraws.
  const profileTools = createProfileTools({ lang: locale, profiles: () => state.settings.profiles, locked: () => state.managed.has('profiles'), redraw: () => draw() });

  function draw() {
    const lang = locale();
    const t = translateOptions.bind(lang);
    document.documentElement.lang = lang;
    document.title = t('title');
    const { settings, managed } = state;
    const managedTag = (key: keyof Settings) => (managed.has(key) ? html`<span class="managed">${t('managed')}</span>` : nothing);
    const notice = (area: string) => (state.notice?.area === area ? html`<p role="status" class=${state.notice.ok ? 'ok' : 'error'}>${state.notice.text}</p>` : nothing);
    const custom = settings.customPack ? parseRulePack(settings.customPack) : undefined;
    const packLocked = managed.has('packId') || managed.has('customPack');
    render(
      html`<h1>${t('title')}</h1>
        ${state.loaded.policyStatus === 'failed' ? html`<p role="status" class="error">${translatePolicy(lang, 'unreadable')}</p>` : nothing}
        ${policyProblemsView(state.loaded.problems, lang)}
        ${activeSettingsView(state, lang)}
        <section aria-labelledby="privacy"><h2 id="privacy">${t('privacy')}</h2><p>${t('privacyText')}</p></section>

        <section aria-labelledby="general">
          <h2 id="general">${t('language')} · ${t('pack')}</h2>
          <label for="lang">${t('language')}${managedTag('lang')}</label>
          <select id="lang" ?disabled=${managed.has('lang')} @change=${(event: Event) => save({ lang: (event.target as HTMLSelectElement).value as Settings['lang'] }, 'general')}>
            ${(['auto', 'nn', 'nb', 'da', 'en'] as const).map((value) => html`<option value=${value} ?selected=${settings.lang === value}>${value === 'auto' ? t('languageAuto') : { nn: 'Nynorsk', nb: 'Bokmål', da: 'Dansk', en: 'English' }[value]}</option>`)}
          </select>
          <label for="pack">${t('pack')}${packLocked ? html`<span class="managed">${t('managed')}</span>` : nothing}</label>
          <select id="pack" ?disabled=${packLocked} aria-describedby=${packLocked ? 'pack-locked' : nothing} @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            void save(value ? { packId: value } : { packId: undefined }, 'general');
          }}>
            <option value="" ?selected=${!settings.packId}>${t('packFromProfile')}</option>
            ${Object.values(builtInPacks).map((pack) => html`<option value=${pack.id} ?selected=${settings.packId === pack.id}>${localize(pack.name, lang)}</option>`)}
          </select>
          ${packLocked ? html`<p class="hint" id="pack-locked">${t('packLocked')}</p>` : nothing}
          ${state.loaded.localPackSetAside ? html`<p class="hint">${t('localPackSetAside')}</p>` : nothing}
          <label for="import">${t('importPack')}${packLocked ? html`<span class="managed">${t('managed')}</span>` : nothing}</label>
          <input id="import" type="file" accept="application/json,.json" ?disabled=${packLocked} aria-describedby=${packLocked ? 'pack-locked' : nothing} @change=${(event: Event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) void importPack(file);
          }} />
          ${custom?.ok ? html`<p>${t('importedPack', { name: localize(custom.pack.name, lang), version: custom.pack.version })} <button type="button" ?disabled=${packLocked} @click=${() => save({ customPack: undefined }, 'pack')}>${t('removeImported')}</button></p>` : nothing}
          ${state.packErrors?.length ? html`<div role="alert" class="error"><p>${t('packRejected')}</p><ul>${state.packErrors.map((error) => html`<li>${error.message}</li>`)}</ul></div>` : nothing}
          ${notice('general')} ${notice('pack')}
          <label for="reference-date">${t('referenceDate')}</label>
          <input id="reference-date" .value=${settings.referenceDate ? settings.referenceDate.split('-').reverse().join('.') : ''} aria-describedby="reference-date-hint" @change=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value.trim();
            const iso = text ? parseDateText(text) : undefined;
            if (text && !iso) void update({ notice: { text: `${t('invalid')}${text}`, ok: false, area: 'date' } });
            else void save({ referenceDate: iso }, 'date');
          }} />
          <p class="hint" id="reference-date-hint">${t('referenceDateHint')}</p>
          ${notice('date')}
        </section>

        <section aria-labelledby="access">
          <h2 id="access">${t('access')}</h2>
          <p class="hint">${t('accessHint')}</p>
          <form @submit=${(event: Event) => {
            event.preventDefault();
            void allowOrigin(((event.target as HTMLFormElement).elements.namedItem('origin') as HTMLInputElement).value);
          }}>
            <label for="origin">URL</label>
            <input id="origin" name="origin" type="url" placeholder="https://" />
            <button type="submit">${t('allow')}</button>
          </form>
          ${notice('access')}
          <h3>${t('allowed')}</h3>
          ${state.origins.length === 0 ? html`<p>${t('noneAllowed')}</p>` : html`<ul>${state.origins.map((origin) => html`<li>${origin} <button type="button" @click=${async () => { await browser.permissions.remove({ origins: [origin] }); await update(); }}>${t('revoke')}</button></li>`)}</ul>`}
        </section>

        <section aria-labelledby="profiles">
          <h2 id="profiles">${t('profiles')}${managedTag('profiles')}</h2>
          <p class="hint" id="profiles-hint">${t('profilesHint')}</p>
          <label for="profiles-json" class="visually-hidden">${t('profiles')}</label>
          <textarea id="profiles-json" aria-describedby="profiles-hint" ?disabled=${managed.has('profiles')} .value=${JSON.stringify(settings.profiles, null, 2)}></textarea>
          <button type="button" ?disabled=${managed.has('profiles')} @click=${() => saveProfiles((root.querySelector('#profiles-json') as HTMLTextAreaElement).value)}>${t('saveProfiles')}</button>
          ${state.profileErrors?.length ? html`<div role="alert" class="error"><p>${t('profilesRejected')}</p><ul>${state.profileErrors.map((error) => html`<li>${error[locale()]}</li>`)}</ul></div>` : nothing}
          ${notice('profiles')}
          ${profileTools.view()}
        </section>

        ${caseloadSection(caseload, state, lang, {
          retention: html`<label for="retention">${t('retention')}${managedTag('retentionDays')}</label>
            <input id="retention" inputmode="numeric" ?disabled=${managed.has('retentionDays')} .value=${String(settings.retentionDays)} @change=${(event: Event) => save({ retentionDays: Number((event.target as HTMLInputElement).value) }, 'caseload')} />`,
          download,
          importCases,
          clearAll,
          notice: notice('caseload'),
        })}`,
      root,
    );
  }
  // A policy that arrives or changes while the page is open (managed storage answers late at start-up),
  // and cases the background could not store (or stores again).
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && ('settings' in changes || CASELOAD_PROBLEM_KEY in changes))) void update();
  });
  draw();
  void loadCaseload();
}

/** "Active settings": each value in force and where it comes from, so support can answer "why does it show this?". */
function activeSettingsView(state: State, lang: Locale) {
  const t = translateOptions.bind(lang);
  const { settings, loaded } = state;
  const source = { policy: t('sourcePolicy'), 'policy-last-good': t('sourceLastGood'), caseworker: t('sourceCaseworker'), default: t('sourceDefault') };
  const custom = settings.customPack ? parseRulePack(settings.customPack) : undefined;
  const packName = custom?.ok
    ? `${localize(custom.pack.name, lang)} (${custom.pack.version})`
    : settings.packId && settings.packId in builtInPacks
      ? localize(builtInPacks[settings.packId as keyof typeof builtInPacks].name, lang)
      : t('packFromProfile');
  const rows: [string, string, keyof typeof loaded.sources][] = [
    [t('language'), settings.lang === 'auto' ? t('languageAuto') : { nn: 'Nynorsk', nb: 'Bokmål', da: 'Dansk', en: 'English' }[settings.lang], 'lang'],
    [t('pack'), packName, 'pack'],
    [t('referenceDate'), settings.referenceDate ? settings.referenceDate.split('-').reverse().join('.') : t('today'), 'referenceDate'],
    [t('retention'), t('days', { count: settings.retentionDays }), 'retentionDays'],
    [t('profiles'), t('ownProfiles', { count: settings.profiles.length }), 'profiles'],
  ];
  return html`<section aria-labelledby="active">
    <h2 id="active">${t('active')}</h2>
    <p class="hint">${t('activeHint')}</p>
    <table>
      <thead><tr><th scope="col">${t('activeSetting')}</th><th scope="col">${t('activeValue')}</th><th scope="col">${t('activeSource')}</th></tr></thead>
      <tbody>${rows.map(([label, value, key]) => html`<tr data-setting=${key}><th scope="row">${label}</th><td>${value}</td><td>${source[loaded.sources[key]]}</td></tr>`)}</tbody>
    </table>
  </section>`;
}

type CaseloadView = { status: 'loading' | 'blocked' | 'unavailable' | 'failed' } | { status: 'ready'; count: number; skipped: number };

/**
 * The caseload section: how many cases are stored and what could not be read, the retention, export,
 * import and delete; and, in the caseworker's language, why the caseload cannot be used when it
 * cannot (unavailable, waiting for another tab, cases the background could not store).
 */
function caseloadSection(
  caseload: CaseloadView,
  state: State,
  lang: Locale,
  parts: { retention: unknown; download: () => void; importCases: (file: File) => void; clearAll: () => void; notice: unknown },
) {
  const t = translateOptions.bind(lang);
  const usable = caseload.status === 'ready';
  const problem = state.caseloadProblem;
  const outcome = state.caseloadImport;
  const status = {
    loading: html`<p role="status">${t('caseloadLoading')}</p>`,
    blocked: html`<p role="status" class="error">${t('caseloadBlocked')}</p>`,
    unavailable: html`<p role="alert" class="error">${t('caseloadUnavailable')}</p>`,
    failed: html`<p role="alert" class="error">${t('caseloadFailed')}</p>`,
    ready: caseload.status === 'ready' ? html`<p>${t('caseloadCount', { count: caseload.count })}</p>${caseload.skipped ? html`<p role="status" class="error">${t('caseloadSkipped', { count: caseload.skipped })}</p>` : nothing}` : nothing,
  }[caseload.status];
  return html`<section aria-labelledby="caseload">
    <h2 id="caseload">${t('caseload')}</h2>
    ${status}
    ${problem ? html`<p role="alert" class="error">${t('caseloadProblem', { kind: problem.kind, count: problem.cases, since: formatDate(problem.since.slice(0, 10), lang) })}</p>` : nothing}
    ${parts.retention}
    <div>
      <button type="button" ?disabled=${!usable} @click=${parts.download}>${t('exportCaseload')}</button>
      <button type="button" ?disabled=${!usable} @click=${parts.clearAll}>${t('clearCaseload')}</button>
    </div>
    <label for="caseload-import">${t('importCaseload')}</label>
    <input id="caseload-import" type="file" accept="application/json,.json" ?disabled=${!usable} aria-describedby="caseload-import-hint" @change=${(event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) parts.importCases(file);
    }} />
    <p class="hint" id="caseload-import-hint">${t('importCaseloadHint')}</p>
    ${outcome ? importOutcomeView(outcome, lang) : nothing}
    ${parts.notice}
  </section>`;
}

function importOutcomeView(outcome: ImportResult, lang: Locale) {
  const t = translateOptions.bind(lang);
  if (!outcome.ok) {
    return html`<p role="alert" class="error">${outcome.reason === 'not-json' ? t('caseloadImportNotJson', { line: outcome.line, column: outcome.column }) : t('caseloadImportNotExport')}</p>`;
  }
  return html`<p role="status" class="ok">${t('caseloadImported', { added: outcome.added, replaced: outcome.replaced, kept: outcome.kept })}</p>
    ${outcome.refused.length
      ? html`<div role="alert" class="error">
          <p>${t('caseloadImportRefused', { count: outcome.refused.length })}</p>
          <ul>${outcome.refused.map((refusal) => html`<li>${t('caseloadRefusal', { position: refusal.index + 1, field: refusal.problem.field, reason: refusal.problem.reason })}</li>`)}</ul>
        </div>`
      : nothing}`;
}
