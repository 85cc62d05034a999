import type { Locale } from '../shared/index.js';

/** A worked example from the source documents, set on one element with one click. */
export type Scenario = {
  id: string;
  element: 'funding-calculator' | 'cadence-checker' | 'tier-selector';
  title: Record<Locale, string>;
  /** Attributes to set; every other input attribute of the element is cleared first. */
  attributes: Record<string, string>;
};

export const SCENARIOS: Scenario[] = [
  {
    id: 'alver-2022',
    element: 'funding-calculator',
    title: { nn: 'Alver 2022: plass til 22 317 kr', nb: 'Alver 2022: plass til 22 317 kr', da: 'Alver 2022: plads til 22.317 kr.', en: 'Alver 2022: a place at NOK 22,317' },
    attributes: { pack: 'no-alver-vekstbedrift', scheme: 'vekstbedrift', date: '01.01.2022', places: '1', months: '12' },
  },
  {
    id: 'alver-2023',
    element: 'funding-calculator',
    title: { nn: 'Alver 2023: revidert sats', nb: 'Alver 2023: revidert sats', da: 'Alver 2023: revideret takst', en: 'Alver 2023: revised rate' },
    attributes: { pack: 'no-alver-vekstbedrift', scheme: 'vekstbedrift', date: '01.03.2023', places: '1', months: '10' },
  },
  {
    id: 'alver-grandfathered',
    element: 'funding-calculator',
    title: { nn: 'Plass frå før 24.11.2022', nb: 'Plass fra før 24.11.2022', da: 'Plads fra før 24.11.2022', en: 'Place from before 24.11.2022' },
    attributes: { pack: 'no-alver-vekstbedrift', scheme: 'vekstbedrift', date: '01.03.2023', 'place-start': '01.09.2021' },
  },
  {
    id: 'alver-budget',
    element: 'funding-calculator',
    title: { nn: 'Budsjettramma 2022', nb: 'Budsjettrammen 2022', da: 'Budgetrammen 2022', en: 'The 2022 budget frame' },
    attributes: { pack: 'no-alver-vekstbedrift', scheme: 'vekstbedrift', date: '01.01.2022', places: '24', months: '12' },
  },
  {
    id: 'vejle-trin-2-3',
    element: 'tier-selector',
    title: { nn: 'Vejle § 85: frå trinn 2 til 3', nb: 'Vejle § 85: fra trinn 2 til 3', da: 'Vejle § 85: fra Trin 2 til Trin 3', en: 'Vejle § 85: from level 2 to 3' },
    attributes: { pack: 'dk-vejle-voksen', scale: 'sel85', 'current-tier': 'trin-2', 'weekly-need-hours': '2,5', 'support-areas': 'contact-social-life self-care shopping-diet-cooking' },
  },
  {
    id: 'vejle-asf-3-years',
    element: 'cadence-checker',
    title: { nn: '§ 108 ASF: tre år etter innflytting', nb: '§ 108 ASF: tre år etter innflytting', da: '§ 108 ASF: tre år efter indflytning', en: '§ 108 ASF: three years after move-in' },
    attributes: { pack: 'dk-vejle-voksen', service: 'sel108-asf-abi', start: '10.01.2022', 'follow-ups': '11.04.2022 10.10.2022 12.04.2023 09.10.2023 10.04.2024 10.10.2024 10.01.2025', today: '22.11.2025' },
  },
  {
    id: 'vejle-shelter-easter',
    element: 'cadence-checker',
    title: { nn: 'Krisesenter over påska', nb: 'Krisesenter over påsken', da: 'Krisecenter hen over påsken', en: 'A shelter stay over Easter' },
    attributes: { pack: 'dk-vejle-voksen', service: 'sel109', arrival: '27.03.2024', today: '28.03.2024' },
  },
  {
    id: 'molde-complaint',
    element: 'cadence-checker',
    title: { nn: 'Molde: svar på klage', nb: 'Molde: svar på klage', da: 'Molde: svar på klage', en: 'Molde: answering a complaint' },
    attributes: { pack: 'no-molde-arbeid-aktivitet', service: 'complaint', received: '03.03.2025', today: '13.03.2025' },
  },
];
