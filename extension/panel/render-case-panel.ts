import { html, nothing, render } from 'lit/html.js';
import '../../components/index.js';
import { builtInPacks, formatDate, formatNumber, type Locale } from '../../shared/index.js';
import { ownProfile } from '../site-profiles/own-profile.js';
import { fieldWord } from '../site-profiles/generic-profile.js';
import type { PanelMessage, PickAnswer, PickRequest } from '../messaging/panel-messages.js';
import { addLocator } from '../picker/add-locator.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { FIELD_NAMES, FIELD_TYPES, type FieldName, type Locator, type SiteProfile } from '../site-profiles/schema.js';
import type { PickedReading } from '../picker/pick-answer.js';
import { PersonalDataError } from '../storage/personal-data-guard.js';
import { personalDataMessage } from '../storage/personal-data-messages.js';
import { browser } from 'wxt/browser';
import { loadSettings, PolicyLockedError, saveLocalSettings, type Settings } from '../storage/settings.js';
import { SETTINGS_IN_FORCE_KEY, type SettingsInForce } from '../storage/settings-in-force.js';
import type { PolicyProblem } from '../storage/policy.js';
import { policyProblemsView } from '../options/policy-messages.js';
import { translatePanel } from './messages.js';
import { connectToJournal } from '../messaging/journal-connection.js';

const STYLE = `
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b2a38; background: #f4f6f8; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; background: #0b3c5d; color: #fff; position: sticky; top: 0; z-index: 1; }
  header h1 { font-size: 16px; margin: 0; }
  header button { font: inherit; background: transparent; color: #fff; border: 1px solid #fff; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
  section { padding: 8px 12px; }
  ul { padding-left: 1.2em; }
  .alert, .error { color: #8c1d18; }
  .policy-problems { border-bottom: 2px solid #8c1d18; background: #fff; } .policy-problems h2 { font-size: 15px; margin: 4px 0; } .hint { color: #4a5a6a; }
  .warn { color: #6b4500; } .ok { color: #1e6b34; }
  funding-calculator, cadence-checker, tier-selector { margin-bottom: 12px; }
  .fields table { border-collapse: collapse; width: 100%; }
  .fields th, .fields td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #d5dde5; font-weight: normal; }
  .fields th[scope="row"] { color: #4a5a69; } .fields code { font-size: 11px; word-break: break-all; }
  .suggestions { border: 0; padding: 0; margin: 6px 0; } .suggestions label { display: block; margin: 4px 0; }
  .reason { color: #4a5a6a; } .confirm { background: #e7f4ea; border-left: 4px solid #1e6b34; padding: 4px 8px; }
  .refused { background: #fbeaea; border-left: 4px solid #8c1d18; padding: 4px 8px; }
`;

/** The panel beside the journal: the current case's checks in full, with the real components. */
export function renderCasePanel(root: HTMLElement): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  let message: PanelMessage | undefined;
  let field: FieldName = 'start';
  // Broken policy values, for IT: read from the published settings, kept current as they change.
  let policyProblems: PolicyProblem[] = [];
  const showPolicyProblems = (settings: SettingsInForce | undefined) => {
    policyProblems = settings?.policyProblems ?? [];
    draw();
  };
  type Picked = Extract<PickAnswer, { type: 'saksvakt:picked' }>;
  let pickState:
    | { status: 'picking' | 'cancelled' | 'managed' | 'undone' }
    | { status: 'picked'; answer: Picked; chosen: number; refusal?: string }
    | { status: 'saved'; field: FieldName }
    | { status: 'failed'; detail: string }
    | undefined;
  /** The profiles as they were before the last save from this panel, for undo. */
  let beforeLastSave: Settings['profiles'] | undefined;

  const describe = (locator: Locator) =>
    locator.by === 'label' ? `"${locator.text[0]}"` : locator.by === 'name' ? `name=${locator.name}` : locator.by === 'css' ? locator.selector : locator.by === 'aria' ? `aria-label=${locator.label}` : `"${locator.header[0]}"`;

  /** The profile the picked field goes into: the caseworker's copy, the built-in one, or one for this journal address. */
  const profileToEdit = (profiles: readonly SiteProfile[]): SiteProfile =>
    profiles.find((profile) => profile.id === message!.profileId) ??
    BUILT_IN_PROFILES.find((profile) => profile.id === message!.profileId) ??
    // The generic profile, or none: the picked field goes into a profile of this journal address.
    ownProfile(message!.origin, profiles);

  /** The page of the profile the field goes to: the page shown, else its case page. */
  const pageToEdit = (profile: SiteProfile) => profile.pages.find((page) => page.id === message!.pageId) ?? profile.pages.find((page) => page.kind === 'case') ?? profile.pages[0]!;

  const startPicking = async () => {
    if (!message) return;
    pickState = { status: 'picking' };
    draw();
    const { settings } = await loadSettings();
    const profile = profileToEdit(settings.profiles);
    const { dateFormats, thousandsSeparator, decimalSeparator } = profile;
    const pageKind = pageToEdit(profile).kind;
    journal.send({ type: 'saksvakt:start-picker', field, fieldType: FIELD_TYPES[field], formats: { dateFormats, thousandsSeparator, decimalSeparator }, pageKind } satisfies PickRequest);
  };

  const savePicked = async () => {
    if (!message || pickState?.status !== 'picked') return;
    const state = pickState;
    const { answer, chosen } = state;
    const suggestion = answer.suggestions[chosen];
    if (!suggestion) return;
    const lang: Locale = message.lang;
    try {
      const { settings, managedKeys } = await loadSettings();
      if (managedKeys.includes('profiles')) {
        pickState = { status: 'managed' };
        draw();
        return;
      }
      const base = profileToEdit(settings.profiles);
      const pageId = pageToEdit(base).id;
      const updated = addLocator(base, pageId, answer.field, suggestion.locator, FIELD_TYPES[answer.field]);
      const before = settings.profiles;
      await saveLocalSettings({ profiles: [...settings.profiles.filter((profile) => profile.id !== updated.id), updated] });
      beforeLastSave = before;
      pickState = { status: 'saved', field: answer.field };
    } catch (error) {
      if (error instanceof PersonalDataError && error.kind) {
        // Nothing was saved; the pick stays, so another locator can be chosen.
        pickState = { ...state, refusal: personalDataMessage(error.kind, error.path, lang) };
      } else if (error instanceof PolicyLockedError) pickState = { status: 'managed' };
      else pickState = { status: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    draw();
  };

  const undoLastSave = async () => {
    if (beforeLastSave === undefined) return;
    try {
      await saveLocalSettings({ profiles: beforeLastSave });
      beforeLastSave = undefined;
      pickState = { status: 'undone' };
    } catch (error) {
      pickState = error instanceof PolicyLockedError ? { status: 'managed' } : { status: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    draw();
  };

  /** Where a picked locator's text would go in the settings, so a refusal names it in words. */
  const locatorPath = (name: FieldName, locator: Locator) => ['pages', 0, 'fields', name, 'locators', 0, Object.keys(locator).find((key) => key !== 'by')!, 0];

  /** What a locator reads, as the checks would understand it, in the reader's format. */
  const readingText = (reading: PickedReading, lang: Locale) => {
    const t = translatePanel.bind(lang);
    if (reading.status === 'empty') return t('readsEmpty');
    if (reading.status === 'unreadable') return t('readsUnreadable', { text: reading.text, type: t(FIELD_TYPES[field] === 'date' ? 'typeDate' : 'typeNumber') });
    const understood = typeof reading.value === 'number' ? formatNumber(reading.value, lang) : FIELD_TYPES[field] === 'date' ? formatDate(String(reading.value), lang) : String(reading.value);
    return t('readsAs', { text: reading.text, understood });
  };

  const pickView = (lang: Locale) => {
    const t = translatePanel.bind(lang);
    if (!pickState) return nothing;
    switch (pickState.status) {
      case 'picking':
        return html`<p>${t('picking')}</p>`;
      case 'cancelled':
        return html`<p>${t('cancelled')}</p>`;
      case 'managed':
        return html`<p class="warn">${t('managed')}</p>`;
      case 'undone':
        return html`<p class="confirm">${t('undone')}</p>`;
      case 'failed':
        return html`<p class="error">${t('failed', { detail: pickState.detail })}</p>`;
      case 'saved':
        return html`<p class="confirm">${t('saved', { field: fieldWord(pickState.field, lang) })}
          ${beforeLastSave !== undefined ? html`<button type="button" class="undo" @click=${undoLastSave}>${t('undo')}</button>` : nothing}</p>`;
      case 'picked': {
        const { answer, chosen, refusal } = pickState;
        const first = answer.suggestions[0];
        if (!first) return html`<p class="warn">${t('noLocator')}</p>`;
        const state = pickState;
        return html`<p>${t('picked', { locator: describe(first.locator), text: answer.reading.text })}</p>
          <fieldset class="suggestions">
            <legend>${t('chooseLocator')}</legend>
            ${answer.suggestions.map(
              (suggestion, index) => html`<label><input type="radio" name="locator" .checked=${index === chosen} @change=${() => {
                pickState = { ...state, chosen: index };
                delete (pickState as { refusal?: string }).refusal;
                draw();
              }} />
                ${describe(suggestion.locator)} <span class="reason">— ${t(`reason-${suggestion.reason}`)}</span><br /><span class="reads">${readingText(suggestion.reading, lang)}</span>
                ${suggestion.personal ? html`<br /><span class="warn personal">${personalDataMessage(suggestion.personal, locatorPath(answer.field, suggestion.locator), lang)}</span>` : nothing}</label>`,
            )}
          </fieldset>
          ${refusal ? html`<p class="refused">${refusal}</p>` : nothing}
          <button type="button" class="save" @click=${savePicked}>${t('save')}</button>`;
      }
    }
  };

  const draw = () => {
    const lang: Locale = message?.lang ?? 'en';
    const t = translatePanel.bind(lang);
    document.documentElement.lang = lang;
    const words = (names: string[]) => names.map((name) => fieldWord(name as FieldName, lang)).join(', ');
    const close = () => journal.send({ type: 'saksvakt:close-panel' });
    render(
      html`<header><h1>${t('title')}</h1><button type="button" @click=${close}>${t('close')}</button></header>
        ${policyProblemsView(policyProblems, lang)}
        ${!message
          ? html`<section><p>${t('waiting')}</p></section>`
          : html`
              ${message.status === 'no-profile'
                ? html`<section role="status" class="no-profile"><h2>${t('noProfile')}</h2><p>${t('noProfileHint')}</p></section>`
                : nothing}
              ${message.list
                ? html`<section role="status" class="coverage"><p>${message.list.total !== undefined && message.list.total > message.list.checked
                    ? t(message.list.capped ? 'listCapped' : 'listChecked', { checked: message.list.checked, total: formatNumber(message.list.total, lang) })
                    : t('listAll', { checked: message.list.checked })}</p></section>`
                : nothing}
              ${message.notFound.length || message.unreadable.length
                ? html`<section role="status">
                    ${message.notFound.length ? html`<p class="warn">${t('notFound', { fields: words(message.notFound) })}</p>` : nothing}
                    ${message.unreadable.length ? html`<p class="warn">${t('unreadable', { fields: words(message.unreadable) })}</p>` : nothing}
                  </section>`
                : nothing}
              ${message.fields?.length
                ? html`<section aria-labelledby="fields-heading" class="fields">
                    <h2 id="fields-heading">${t('fieldsHeading')}</h2>
                    <table>
                      <thead><tr><th scope="col">${t('fieldColumn')}</th><th scope="col">${t('valueColumn')}</th><th scope="col">${t('textColumn')}</th><th scope="col">${t('elementColumn')}</th></tr></thead>
                      <tbody>
                        ${message.fields.map(
                          (entry) => html`<tr data-field=${entry.name} data-status=${entry.status}>
                            <th scope="row">${entry.word}</th>
                            <td class=${entry.status === 'unreadable' || entry.status === 'not-found' ? 'warn' : ''}>
                              ${entry.status === 'read' ? entry.understood : entry.status === 'empty' ? t('empty') : entry.status === 'unreadable' ? t('unreadableMark', { text: entry.text ?? '' }) : t('notFoundField')}
                            </td>
                            <td class="shown">${entry.text ?? ''}</td>
                            <td class="element"><code>${entry.element ?? ''}</code></td>
                          </tr>`,
                        )}
                      </tbody>
                    </table>
                  </section>`
                : nothing}
              <section aria-labelledby="map-heading">
                <h2 id="map-heading">${t('mapHeading')}</h2>
                <p>${t('mapHint')}</p>
                <label for="pick-field">${t('field')}</label>
                <select id="pick-field" @change=${(event: Event) => (field = (event.target as HTMLSelectElement).value as FieldName)}>
                  ${FIELD_NAMES.map((name) => html`<option value=${name} ?selected=${name === field}>${fieldWord(name, lang)} ${message!.notFound.includes(name) ? t('notFoundMark') : ''}</option>`)}
                </select>
                <button type="button" class="pick" @click=${() => void startPicking()}>${t('pick')}</button>
                <div role="status" class="pick-status">${pickView(lang)}</div>
              </section>
              ${message.cases.map((entry) => {
                const pack = builtInPacks[entry.packId as keyof typeof builtInPacks] ?? entry.packId;
                const input = entry.caseInput;
                return html`<section>
                  <h2>${t('checks')}</h2>
                  <ul>${entry.badges.map((badge) => html`<li class=${badge.tone}>${badge.text}</li>`)}</ul>
                  ${input
                    ? html`<cadence-checker
                        .pack=${pack}
                        service=${input.service}
                        start=${input.start ?? ''}
                        level-since=${input.levelSince ?? ''}
                        .followUps=${input.followUps ?? []}
                        .evaluationReports=${input.evaluationReports ?? []}
                        .collaborationMeetings=${input.collaborationMeetings ?? []}
                        today=${message!.today ?? ''}
                      ></cadence-checker>`
                    : nothing}
                  ${entry.serviceId === 'vekstbedrift' && input?.start
                    ? html`<funding-calculator .pack=${pack} scheme="vekstbedrift" date=${input.start} place-start=${input.start}></funding-calculator>`
                    : nothing}
                  ${entry.serviceId === 'sel85' ? html`<tier-selector .pack=${pack} scale="sel85"></tier-selector>` : nothing}
                </section>`;
              })}
            `}`,
      root,
    );
  };

  // Only the content script that opened this frame can reach it (an extension port, validated).
  const journal = connectToJournal((incoming) => {
    if (incoming.type === 'saksvakt:case') message = incoming;
    else if (incoming.type === 'saksvakt:picked') pickState = { status: 'picked', answer: incoming, chosen: 0 };
    else pickState = { status: 'cancelled' };
    draw();
  });
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown } | undefined>, area: string) => {
    const change = area === 'local' ? changes[SETTINGS_IN_FORCE_KEY] : undefined;
    if (change) showPolicyProblems(change.newValue as SettingsInForce | undefined);
  });
  void browser.storage.local.get(SETTINGS_IN_FORCE_KEY).then((stored) => showPolicyProblems(stored[SETTINGS_IN_FORCE_KEY] as SettingsInForce | undefined));
  draw();
}
