import '../components/index.js';
import { resolveLocale, type Locale } from '../shared/index.js';
import { SCENARIOS } from './scenarios.js';
import { renderApiReference } from './api-reference.js';
import { translateDemo } from './messages.js';
import { renderPlayground } from './playground.js';
import { renderTraining } from './training.js';
import { renderJournalPreview } from './journal-preview/journal-preview.js';

const INPUT_ATTRIBUTES: Record<string, string[]> = {
  'funding-calculator': ['scheme', 'date', 'places', 'months', 'place-start', 'individual-supplement', 'budget-frame', 'notice-given', 'state-rates', 'tier', 'day-rate', 'day-rate-kind', 'grant-start', 'hours-used', 'basis', 'arrival', 'days', 'departure', 'has-income'],
  'cadence-checker': ['service', 'today', 'start', 'level-since', 'arrival', 'informed', 'stay-plan', 'notice-given', 'received', 'answered', 'follow-ups', 'sparring-discussions', 'rate-reviews', 'evaluation-reports', 'collaboration-meetings', 'conversations', 'system-meetings', 'sessions'],
  'tier-selector': ['scale', 'weekly-need-hours', 'support-areas', 'support-area-count', 'current-tier', 'service', 'percent', 'days-per-week', 'half-days-per-week', 'step'],
};

const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const stored = localStorage.getItem('saksvakt-demo-language');
let locale: Locale = resolveLocale(stored ?? document.documentElement.lang);

function applyLanguage() {
  document.documentElement.lang = locale;
  languageSelect.value = locale;
  const t = translateDemo.bind(locale);
  const texts: Record<string, string> = {
    '#tagline': t('tagline'),
    '#language-label': t('language'),
    '#scenarios-heading': t('scenarios'),
    '#log-heading': t('log'),
    '#training-heading': t('training'),
    '#training-intro': t('trainingIntro'),
    '#playground-heading': t('playground'),
    '#playground-intro': t('playgroundIntro'),
    '#preview-heading': t('preview'),
    '#preview-intro': t('previewIntro'),
  };
  for (const [selector, text] of Object.entries(texts)) document.querySelector(selector)!.textContent = text;
  const buttons = document.querySelector('#scenario-buttons')!;
  buttons.replaceChildren(
    ...SCENARIOS.map((scenario) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = scenario.title[locale];
      button.dataset.scenario = scenario.id;
      button.addEventListener('click', () => runScenario(scenario.id));
      return button;
    }),
  );
}

function runScenario(id: string) {
  const scenario = SCENARIOS.find((entry) => entry.id === id)!;
  const target = scenario.element === 'funding-calculator' ? '#funding' : scenario.element === 'tier-selector' ? '#tiers' : '#cadence';
  const element = document.querySelector(target)!;
  for (const attribute of INPUT_ATTRIBUTES[scenario.element]!) element.removeAttribute(attribute);
  for (const [name, value] of Object.entries(scenario.attributes)) element.setAttribute(name, value);
  element.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

languageSelect.addEventListener('change', () => {
  locale = resolveLocale(languageSelect.value);
  localStorage.setItem('saksvakt-demo-language', locale);
  applyLanguage();
  document.dispatchEvent(new Event('saksvakt-demo-language'));
});

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

// Scenario deep links (#scenario=alver-2023) make a trainer's handout reproducible.
const match = /scenario=([\w-]+)/.exec(location.hash);
renderApiReference(document.querySelector('#api-tables')!);
renderTraining(document.querySelector('#training')!, () => locale);
renderJournalPreview(document.querySelector('#journal-preview')!, () => locale);
renderPlayground(document.querySelector('#playground')!, () => locale);
applyLanguage();
if (match && SCENARIOS.some((scenario) => scenario.id === match[1])) runScenario(match[1]!);
