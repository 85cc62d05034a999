import '../components/index.js';
import { type Locale } from '../shared/index.js';
import { SCENARIOS } from './scenarios.js';
import { renderApiReference } from './api-reference.js';
import { codeText } from './code-text.js';
import { initialLanguage, LANGUAGE_STORAGE_KEY, withLanguage } from './demo-language.js';
import { translateDemo, type DemoMessages } from './messages.js';
import { renderPlayground } from './playground.js';
import { renderPackEditor } from './pack-editor.js';
import { renderTraining } from './training.js';
import { renderJournalPreview } from './journal-preview/journal-preview.js';

const INPUT_ATTRIBUTES: Record<string, string[]> = {
  'funding-calculator': ['scheme', 'date', 'places', 'months', 'place-start', 'individual-supplement', 'budget-frame', 'notice-given', 'state-rates', 'tier', 'day-rate', 'day-rate-kind', 'grant-start', 'hours-used', 'basis', 'arrival', 'days', 'departure', 'has-income'],
  'cadence-checker': ['service', 'today', 'start', 'level-since', 'arrival', 'informed', 'stay-plan', 'notice-given', 'received', 'answered', 'follow-ups', 'sparring-discussions', 'rate-reviews', 'evaluation-reports', 'collaboration-meetings', 'conversations', 'system-meetings', 'sessions'],
  'tier-selector': ['scale', 'weekly-need-hours', 'support-areas', 'support-area-count', 'current-tier', 'service', 'percent', 'days-per-week', 'half-days-per-week', 'step'],
};

const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
let locale: Locale = initialLanguage(location.search, readStoredLanguage(), navigator.languages ?? [navigator.language]);
let activeScenario: string | undefined;

// Storage can be unavailable (private modes, blocked by policy): the choice then lasts the visit.
function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function applyLanguage() {
  document.documentElement.lang = locale;
  languageSelect.value = locale;
  const t = translateDemo.bind(locale);
  document.title = t('pageTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) element.textContent = t(element.dataset.t as keyof DemoMessages) as string;
  for (const element of document.querySelectorAll<HTMLElement>('[data-t-code]')) element.replaceChildren(...codeText(t(element.dataset.tCode as keyof DemoMessages) as string));
  for (const element of document.querySelectorAll<HTMLElement>('[data-t-label]')) element.setAttribute('aria-label', t(element.dataset.tLabel as keyof DemoMessages) as string);
  const buttons = document.querySelector('#scenario-buttons')!;
  buttons.replaceChildren(
    ...SCENARIOS.map((scenario) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = scenario.title[locale];
      button.dataset.scenario = scenario.id;
      button.setAttribute('aria-pressed', String(scenario.id === activeScenario));
      button.addEventListener('click', () => runScenario(scenario.id, true));
      return button;
    }),
  );
  showScenarioActions();
}

function showScenarioActions() {
  const scenario = SCENARIOS.find((entry) => entry.id === activeScenario);
  const actions = document.querySelector<HTMLElement>('.scenario-actions')!;
  actions.hidden = !scenario;
  if (!scenario) return;
  document.querySelector('#scenario-title')!.textContent = scenario.title[locale];
  document.querySelector<HTMLAnchorElement>('#scenario-link')!.href = new URL(`?lang=${locale}#scenario=${scenario.id}`, location.href).href;
}

function runScenario(id: string, scroll: boolean) {
  const scenario = SCENARIOS.find((entry) => entry.id === id)!;
  const target = scenario.element === 'funding-calculator' ? '#funding' : scenario.element === 'tier-selector' ? '#tiers' : '#cadence';
  const element = document.querySelector<HTMLElement>(target)!;
  for (const attribute of INPUT_ATTRIBUTES[scenario.element]!) element.removeAttribute(attribute);
  for (const [name, value] of Object.entries(scenario.attributes)) element.setAttribute(name, value);
  // The print view shows only the element the example is about.
  for (const candidate of document.querySelectorAll('.grid > *')) candidate.toggleAttribute('data-scenario-target', candidate === element);
  activeScenario = id;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#scenario-buttons button')) button.setAttribute('aria-pressed', String(button.dataset.scenario === id));
  showScenarioActions();
  if (scroll) element.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
}

languageSelect.addEventListener('change', () => {
  locale = initialLanguage(`?lang=${languageSelect.value}`, null, []);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the address still carries it.
  }
  history.replaceState(history.state, '', withLanguage(location.href, locale));
  applyLanguage();
  document.dispatchEvent(new Event('saksvakt-demo-language'));
});

document.querySelector('#scenario-print')!.addEventListener('click', () => window.print());

const log = document.querySelector('#event-log')!;
for (const name of ['funding-change', 'tier-change', 'cadence-change']) {
  document.addEventListener(name, (event) => {
    const detail = (event as CustomEvent).detail as { ok?: boolean; amounts?: Record<string, number>; next?: { summary: string }; tier?: { label: string } | null };
    const item = document.createElement('li');
    const summary = detail.amounts ? JSON.stringify(detail.amounts) : detail.next ? detail.next.summary : detail.tier ? detail.tier.label : '';
    item.textContent = `${new Date().toLocaleTimeString()} ${name} (${(event.target as Element).id}) ok=${detail.ok} ${summary}`;
    log.prepend(item);
    while (log.children.length > 50) log.lastElementChild!.remove();
  });
}

renderApiReference(document.querySelector('#api-tables')!, () => locale);
renderTraining(document.querySelector('#training-exercises')!, () => locale);
renderJournalPreview(document.querySelector('#journal-preview')!, () => locale);
renderPlayground(document.querySelector('#playground-root')!, () => locale);
renderPackEditor(document.querySelector('#pack-editor-root')!, () => locale);
applyLanguage();

// Deep links make a trainer's handout reproducible: #scenario=alver-2023 sets the example,
// #exercise=sel85-tier opens an exercise.
function followDeepLink() {
  const scenario = /scenario=([\w-]+)/.exec(location.hash)?.[1];
  if (scenario && SCENARIOS.some((entry) => entry.id === scenario)) runScenario(scenario, true);
  const exercise = /exercise=([\w-]+)/.exec(location.hash)?.[1];
  const item = exercise ? document.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(exercise)}"]`) : null;
  if (item) {
    item.scrollIntoView({ block: 'start' });
    item.querySelector('input')?.focus({ preventScroll: true });
  }
}
followDeepLink();
addEventListener('hashchange', followDeepLink);
