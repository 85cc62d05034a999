import '../components/index.js';
import { resolveLocale, type Locale } from '../shared/index.js';
import { SCENARIOS } from './scenarios.js';
import { renderApiReference } from './api-reference.js';

const TEXT: Record<Locale, { tagline: string; language: string; scenarios: string; log: string }> = {
  nn: { tagline: 'Kommunale reglar for finansiering, støttenivå og oppfølging – med kjelde for kvart tal.', language: 'Språk', scenarios: 'Døme frå kjeldedokumenta', log: 'Hendingar' },
  nb: { tagline: 'Kommunale regler for finansiering, støttenivå og oppfølging – med kilde for hvert tall.', language: 'Språk', scenarios: 'Eksempler fra kildedokumentene', log: 'Hendelser' },
  da: { tagline: 'Kommunale regler for finansiering, støtteniveau og opfølgning – med kilde til hvert tal.', language: 'Sprog', scenarios: 'Eksempler fra kildedokumenterne', log: 'Hændelser' },
  en: { tagline: 'Municipal rules for funding, support levels and follow-up – with a source for every figure.', language: 'Language', scenarios: 'Examples from the source documents', log: 'Events' },
};

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
  const text = TEXT[locale];
  document.querySelector('#tagline')!.textContent = text.tagline;
  document.querySelector('#language-label')!.textContent = text.language;
  document.querySelector('#scenarios-heading')!.textContent = text.scenarios;
  document.querySelector('#log-heading')!.textContent = text.log;
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
applyLanguage();
if (match && SCENARIOS.some((scenario) => scenario.id === match[1])) runScenario(match[1]!);
