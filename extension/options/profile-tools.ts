import { html, nothing } from 'lit/html.js';
import { formatDate, formatNumber, type Locale } from '../../shared/index.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { fieldWord } from '../site-profiles/generic-profile.js';
import { checkProfile, type ProfileCheckResult } from '../site-profiles/profile-check.js';
import { exportProfiles, mergeProfiles, readProfileFile, type ProfileFileProblem } from '../site-profiles/profile-files.js';
import type { SiteProfile } from '../site-profiles/schema.js';
import { PersonalDataError } from '../storage/personal-data-guard.js';
import { personalDataMessage } from '../storage/personal-data-messages.js';
import { PolicyLockedError, saveLocalSettings } from '../storage/settings.js';
import { translateProfileTools } from './profile-tools-messages.js';

type Context = {
  lang: () => Locale;
  /** The caseworker's own profiles in force. */
  profiles: () => SiteProfile[];
  locked: () => boolean;
  redraw: () => void;
};

type ImportState =
  | { status: 'idle' }
  | { status: 'conflict'; incoming: SiteProfile[]; migrated: string[]; problems: ProfileFileProblem[]; conflicts: string[] }
  | { status: 'done'; ok: boolean; lines: string[]; problems: ProfileFileProblem[] };

/**
 * The options page's profile tools for an administrator: export profiles as files, import them
 * (merged by id, asking before a file replaces a profile of the same id), and check a profile
 * against a saved journal page with the extension's own reading code.
 */
export function createProfileTools(context: Context) {
  let importState: ImportState = { status: 'idle' };
  let check: { profileId: string; result: ProfileCheckResult } | undefined;
  let checkProfileId: string | undefined;
  let exportChoice = '*';

  const allProfiles = () => {
    const own = context.profiles();
    return [...own, ...BUILT_IN_PROFILES.filter((profile) => !own.some((entry) => entry.id === profile.id))];
  };

  const download = () => {
    const own = context.profiles();
    const chosen = exportChoice === '*' ? own : allProfiles().filter((profile) => profile.id === exportChoice);
    if (chosen.length === 0) return;
    const blob = new Blob([exportProfiles(chosen)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportChoice === '*' ? 'saksvakt-profiles.json' : `${exportChoice}.saksvakt-profile.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const apply = async (incoming: SiteProfile[], migrated: string[], problems: ProfileFileProblem[], replace: boolean) => {
    const t = translateProfileTools.bind(context.lang());
    const plan = mergeProfiles(context.profiles(), incoming, { replace });
    const lines = [
      plan.added.length ? t('added', { ids: plan.added.join(', ') }) : '',
      plan.replaced.length ? t('replaced', { ids: plan.replaced.join(', ') }) : '',
      plan.kept.length ? t('kept', { ids: plan.kept.join(', ') }) : '',
      plan.unchanged.length ? t('unchanged', { ids: plan.unchanged.join(', ') }) : '',
      migrated.length ? t('migrated', { ids: migrated.join(', ') }) : '',
    ].filter(Boolean);
    try {
      if (plan.added.length || plan.replaced.length) await saveLocalSettings({ profiles: plan.profiles });
      importState = { status: 'done', ok: true, lines: lines.length ? lines : [t('nothingImported')], problems };
    } catch (error) {
      const text =
        error instanceof PersonalDataError && error.kind
          ? personalDataMessage(error.kind, error.path, context.lang())
          : error instanceof PolicyLockedError
            ? t('locked')
            : String(error);
      importState = { status: 'done', ok: false, lines: [text, t('nothingImported')], problems };
    }
    context.redraw();
  };

  const importFile = async (file: File) => {
    const t = translateProfileTools.bind(context.lang());
    const read = readProfileFile(await file.text());
    if ('syntaxError' in read) {
      importState = { status: 'done', ok: false, lines: [t('syntaxError', { detail: read.syntaxError })], problems: [] };
      context.redraw();
      return;
    }
    const conflicts = mergeProfiles(context.profiles(), read.profiles, { replace: false }).kept;
    if (conflicts.length) importState = { status: 'conflict', incoming: read.profiles, migrated: read.migrated, problems: read.problems, conflicts };
    else return apply(read.profiles, read.migrated, read.problems, false);
    context.redraw();
  };

  const checkPage = async (file: File) => {
    const profile = allProfiles().find((entry) => entry.id === (checkProfileId ?? allProfiles()[0]?.id));
    if (!profile) return;
    // A saved page is parsed as an inert document: its scripts do not run, nothing is fetched.
    const document = new DOMParser().parseFromString(inertPageHtml(await file.text()), 'text/html');
    check = { profileId: profile.id, result: checkProfile(document, profile) };
    context.redraw();
  };

  const problemsView = (problems: ProfileFileProblem[], lang: Locale) => {
    const t = translateProfileTools.bind(lang);
    if (!problems.length) return nothing;
    return html`<div role="alert" class="error"><ul>${problems.map((problem) =>
      problem.kind === 'invalid'
        ? html`<li>${t('invalidAt', { index: problem.index + 1 })}<ul>${problem.errors.map((error) => html`<li>${error.text[lang]}</li>`)}</ul></li>`
        : problem.kind === 'newer'
          ? html`<li>${t('newer', { index: problem.index + 1, version: problem.version })}</li>`
          : html`<li>${t('unknownVersion', { index: problem.index + 1 })}</li>`,
    )}</ul></div>`;
  };

  const checkView = (lang: Locale) => {
    const t = translateProfileTools.bind(lang);
    if (!check) return nothing;
    const { result } = check;
    if (result.status === 'no-page') return html`<p role="status" class="error">${t('noPage', { id: check.profileId })}</p>`;
    const understood = (field: (typeof result.fields)[number]) =>
      field.status === 'unreadable' ? t('unreadable') : field.value === undefined ? t('empty') : field.type === 'date' ? formatDate(String(field.value), lang) : field.type === 'number' ? formatNumber(Number(field.value), lang) : String(field.value);
    return html`<div role="status" class="profile-check">
      <p>${t('checkedPage', { page: result.pageId, ...(result.rowCount !== undefined ? { rows: result.rowCount } : {}) })}</p>
      <table>
        <thead><tr><th scope="col">${t('colField')}</th><th scope="col">${t('colFound')}</th><th scope="col">${t('colElement')}</th><th scope="col">${t('colText')}</th><th scope="col">${t('colValue')}</th></tr></thead>
        <tbody>${result.fields.map((field) => html`<tr data-field=${field.name} data-found=${String(field.found)}>
          <th scope="row">${fieldWord(field.name, lang)}</th>
          <td class=${field.found ? 'ok' : 'error'}>${field.found ? t('found') : t('notFound')}</td>
          <td><code>${field.element ?? ''}</code></td>
          <td>${field.text ?? ''}</td>
          <td class=${field.status === 'unreadable' ? 'error' : ''}>${field.found ? understood(field) : ''}</td>
        </tr>`)}</tbody>
      </table>
      <p class=${result.missing.length ? 'error' : 'ok'}>${result.missing.length ? t('missing', { count: result.missing.length }) : t('allFound')}</p>
    </div>`;
  };

  return {
    view() {
      const lang = context.lang();
      const t = translateProfileTools.bind(lang);
      const own = context.profiles();
      const profiles = allProfiles();
      const label = (profile: SiteProfile) => `${profile.name} (${profile.id})${own.some((entry) => entry.id === profile.id) ? '' : ` – ${t('builtIn')}`}`;
      return html`
        <h3>${t('filesHeading')}</h3>
        <label for="export-profile">${t('exportLabel')}</label>
        <select id="export-profile" @change=${(event: Event) => (exportChoice = (event.target as HTMLSelectElement).value)}>
          ${own.length ? html`<option value="*" ?selected=${exportChoice === '*'}>${t('exportAll')}</option>` : nothing}
          ${profiles.map((profile) => html`<option value=${profile.id} ?selected=${exportChoice === profile.id}>${label(profile)}</option>`)}
        </select>
        <button type="button" class="export-profiles" @click=${() => {
          if (exportChoice === '*' && !own.length) exportChoice = profiles[0]?.id ?? '*';
          download();
        }}>${t('download')}</button>
        ${own.length ? nothing : html`<p class="hint">${t('nothingToExport')}</p>`}
        <label for="import-profiles">${t('importLabel')}</label>
        <p class="hint" id="import-profiles-hint">${t('importHint')}</p>
        <input id="import-profiles" type="file" accept="application/json,.json" aria-describedby="import-profiles-hint" ?disabled=${context.locked()} @change=${(event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (file) void importFile(file);
        }} />
        <div role="status" class="import-result">
          ${importState.status === 'conflict'
            ? html`${problemsView(importState.problems, lang)}<p>${t('conflict', { ids: importState.conflicts.join(', ') })}</p>
                <button type="button" class="import-replace" @click=${() => { const s = importState as Extract<ImportState, { status: 'conflict' }>; void apply(s.incoming, s.migrated, s.problems, true); }}>${t('replace')}</button>
                <button type="button" class="import-keep" @click=${() => { const s = importState as Extract<ImportState, { status: 'conflict' }>; void apply(s.incoming, s.migrated, s.problems, false); }}>${t('keep')}</button>`
            : importState.status === 'done'
              ? html`${problemsView(importState.problems, lang)}${importState.lines.map((line) => html`<p class=${importState.status === 'done' && importState.ok ? 'ok' : 'error'}>${line}</p>`)}`
              : nothing}
        </div>

        <h3>${t('checkHeading')}</h3>
        <p class="hint">${t('checkHint')}</p>
        <label for="check-profile">${t('checkProfile')}</label>
        <select id="check-profile" @change=${(event: Event) => (checkProfileId = (event.target as HTMLSelectElement).value)}>
          ${profiles.map((profile) => html`<option value=${profile.id} ?selected=${profile.id === checkProfileId}>${label(profile)}</option>`)}
        </select>
        <label for="check-page">${t('checkPage')}</label>
        <input id="check-page" type="file" accept="text/html,.html,.htm" @change=${(event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (file) void checkPage(file);
        }} />
        ${checkView(lang)}
      `;
    },
  };
}

type InertPagePolicy = { createHTML(text: string): string };
let inertPagePolicy: InertPagePolicy | undefined;

/**
 * The options page requires Trusted Types: a saved page's text reaches `DOMParser` only through our
 * one named policy, which lets it pass as is because `DOMParser` makes a document that runs no
 * script, fetches nothing and is never shown.
 */
function inertPageHtml(text: string): string {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(text: string): string }): InertPagePolicy } }).trustedTypes;
  if (!factory) return text;
  inertPagePolicy ??= factory.createPolicy('saksvakt-inert-page', { createHTML: (html) => html });
  return inertPagePolicy.createHTML(text);
}
