import { builtInPacks, checkCadence, computeFunding, formatDate, formatMoney, parseDateText, selectTier, type Locale } from '../shared/index.js';
import { translateDemo, type DemoMessages } from './messages.js';

/**
 * An exercise: the trainee answers first, then the element reveals and explains the answer.
 * The right answer is computed by the same engine the element uses, never written down here.
 */
type Exercise = {
  id: string;
  question: keyof DemoMessages;
  /** The answer from the engine, as text in the trainee's language, and a checker for their text. */
  answer: (locale: Locale) => { text: string; matches: (input: string) => boolean };
  element: { tag: string; attributes: Record<string, string> };
};

const sameDate = (expected: string) => (input: string) => parseDateText(input) === expected;
const sameNumber = (expected: number) => (input: string) => Math.abs(Number(input.replace(/\s|kr\.?/g, '').replace(',', '.')) - expected) < 0.005;

export const EXERCISES: Exercise[] = [
  {
    id: 'sel85-next-follow-up',
    question: 'q85',
    answer: (locale) => {
      const due = checkCadence(builtInPacks['dk-vejle-voksen'], { service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] }, { today: '2025-05-01' }).obligations.find((entry) => entry.id === 'follow-up')!.dueDate!;
      return { text: formatDate(due, locale), matches: sameDate(due) };
    },
    element: { tag: 'cadence-checker', attributes: { pack: 'dk-vejle-voksen', service: 'sel85', start: '15.01.2025', 'follow-ups': '22.04.2025', today: '01.05.2025' } },
  },
  {
    id: 'alver-2023-base',
    question: 'qAlver',
    answer: (locale) => {
      const base = computeFunding(builtInPacks['no-alver-vekstbedrift'], { scheme: 'vekstbedrift', date: '2023-03-01', months: 10 }).amounts.monthlyPerPlace!;
      return { text: formatMoney(base, 'NOK', locale), matches: sameNumber(base) };
    },
    element: { tag: 'funding-calculator', attributes: { pack: 'no-alver-vekstbedrift', date: '01.03.2023', months: '10' } },
  },
  {
    id: 'sel85-tier',
    question: 'qTier',
    answer: (locale) => {
      const tier = selectTier(builtInPacks['dk-vejle-voksen'], { scale: 'sel85', weeklyNeedHours: 2.2 }, { lang: locale }).tier!;
      const number = tier.id.replace(/\D/g, '');
      return { text: tier.label, matches: (input) => input.replace(/\D/g, '') === number };
    },
    element: { tag: 'tier-selector', attributes: { pack: 'dk-vejle-voksen', 'weekly-need-hours': '2,2' } },
  },
  {
    id: 'sel109-informed',
    question: 'qShelter',
    answer: (locale) => {
      const due = checkCadence(builtInPacks['dk-vejle-voksen'], { service: 'sel109', arrival: '2024-03-27' }, { today: '2024-03-27' }).obligations.find((entry) => entry.id === 'municipality-informed')!.dueDate!;
      return { text: formatDate(due, locale), matches: sameDate(due) };
    },
    element: { tag: 'cadence-checker', attributes: { pack: 'dk-vejle-voksen', service: 'sel109', arrival: '27.03.2024', today: '27.03.2024' } },
  },
];

/** The training section: answer-first exercises and the two PwC discussion cases. */
export function renderTraining(root: HTMLElement, locale: () => Locale): void {
  const build = () => {
    const lang = locale();
    const t = translateDemo.bind(lang);
    const list = document.createElement('ol');
    list.className = 'exercises';
    for (const exercise of EXERCISES) {
      const item = document.createElement('li');
      item.dataset.exercise = exercise.id;
      const form = document.createElement('form');
      const question = document.createElement('label');
      const input = document.createElement('input');
      input.id = `answer-${exercise.id}`;
      input.name = 'answer';
      question.htmlFor = input.id;
      question.textContent = t(exercise.question) as string;
      const button = document.createElement('button');
      button.type = 'submit';
      button.textContent = t('check');
      const feedback = document.createElement('p');
      feedback.setAttribute('role', 'status');
      const reveal = document.createElement('div');
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const answer = exercise.answer(lang);
        feedback.textContent = answer.matches(input.value) ? t('correct') : t('notQuite', { answer: answer.text });
        const element = document.createElement(exercise.element.tag);
        for (const [name, value] of Object.entries(exercise.element.attributes)) element.setAttribute(name, value);
        reveal.replaceChildren(element);
      });
      form.append(question, input, button);
      const link = document.createElement('a');
      link.className = 'exercise-link';
      link.href = `?lang=${lang}#exercise=${exercise.id}`;
      link.textContent = t('exerciseLink');
      item.append(form, feedback, reveal, link);
      list.append(item);
    }
    const discussion = document.createElement('section');
    const heading = document.createElement('h3');
    heading.textContent = t('discussion');
    const cases = document.createElement('ul');
    for (const key of ['case1a', 'case7a'] as const) {
      const entry = document.createElement('li');
      entry.textContent = t(key);
      cases.append(entry);
    }
    discussion.append(heading, cases);
    root.replaceChildren(list, discussion);
  };
  build();
  document.addEventListener('saksvakt-demo-language', build);
}
