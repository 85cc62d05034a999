import { html, nothing, render } from 'lit/html.js';
import '../../components/index.js';
import { builtInPacks, formatNumber, type Locale } from '../../shared/index.js';
import { ownProfile } from '../site-profiles/own-profile.js';
import { fieldWord } from '../site-profiles/generic-profile.js';
import type { PanelMessage, PickAnswer, PickRequest } from '../overlay/case-panel.js';
import { addLocator } from '../picker/add-locator.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { FIELD_NAMES, FIELD_TYPES, type FieldName, type Locator } from '../site-profiles/schema.js';
import { browser } from 'wxt/browser';
import { loadSettings, saveLocalSettings } from '../storage/settings.js';
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
  .fields th[scope="row"] { color: #4a5a69; }
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
  let pickState: { status: 'picking' | 'picked' | 'cancelled' | 'saved' | 'managed'; answer?: Extract<PickAnswer, { type: 'saksvakt:picked' }> } | undefined;

  const describe = (locator: Locator) =>
    locator.by === 'label' ? `"${locator.text[0]}"` : locator.by === 'name' ? `name=${locator.name}` : locator.by === 'css' ? locator.selector : locator.by === 'aria' ? `aria-label=${locator.label}` : locator.header[0]!;

  const startPicking = () => {
    pickState = { status: 'picking' };
    journal.send({ type: 'saksvakt:start-picker', field } satisfies PickRequest);
    draw();
  };

  const savePicked = async () => {
    const answer = pickState?.answer;
    if (!message || !answer?.locators[0]) return;
    const { settings, managedKeys } = await loadSettings();
    if (managedKeys.includes('profiles')) {
      pickState = { status: 'managed' };
      draw();
      return;
    }
    const base =
      settings.profiles.find((profile) => profile.id === message!.profileId) ??
      BUILT_IN_PROFILES.find((profile) => profile.id === message!.profileId) ??
      // The generic profile, or none: the picked field goes into a profile of this journal address.
      ownProfile(message.origin, settings.profiles);
    const pageId = base.pages.some((page) => page.id === message!.pageId) ? message.pageId! : (base.pages.find((page) => page.kind === 'case') ?? base.pages[0]!).id;
    const updated = addLocator(base, pageId, answer.field as FieldName, answer.locators[0], FIELD_TYPES[answer.field as FieldName]);
    await saveLocalSettings({ profiles: [...settings.profiles.filter((profile) => profile.id !== updated.id), updated] });
    pickState = { status: 'saved' };
    draw();
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
                    ? t('listChecked', { checked: message.list.checked, total: formatNumber(message.list.total, lang) })
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
                      <thead><tr><th scope="col">${t('fieldColumn')}</th><th scope="col">${t('valueColumn')}</th></tr></thead>
                      <tbody>
                        ${message.fields.map(
                          (entry) => html`<tr data-field=${entry.name} data-status=${entry.status}>
                            <th scope="row">${entry.word}</th>
                            <td class=${entry.status === 'unreadable' || entry.status === 'not-found' ? 'warn' : ''}>
                              ${entry.status === 'read' ? entry.understood : entry.status === 'empty' ? t('empty') : entry.status === 'unreadable' ? t('unreadableMark', { text: entry.text ?? '' }) : t('notFoundField')}
                            </td>
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
                <button type="button" class="pick" @click=${startPicking}>${t('pick')}</button>
                <p role="status">
                  ${pickState?.status === 'picking' ? t('picking') : nothing}
                  ${pickState?.status === 'picked' && pickState.answer
                    ? html`${t('picked', { locator: describe(pickState.answer.locators[0]!), text: pickState.answer.text })} <button type="button" class="save" @click=${savePicked}>${t('save')}</button>`
                    : nothing}
                  ${pickState?.status === 'cancelled' ? t('cancelled') : nothing}
                  ${pickState?.status === 'saved' ? t('saved') : nothing}
                  ${pickState?.status === 'managed' ? t('managed') : nothing}
                </p>
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
    else if (incoming.type === 'saksvakt:picked') pickState = { status: 'picked', answer: incoming };
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
