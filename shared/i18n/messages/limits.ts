import type { Locale } from '../locale.js';
import { createTranslator } from '../translate.js';

type Unit = 'years' | 'places' | 'days' | 'hours' | 'weeks' | 'months';

const en = {
  unknownLimit: (p: { limit: string; known: string }) => `Unknown limit "${p.limit}". This rule pack has: ${p.known}.`,
  unit: (p: { unit: Unit; count: string }) => `${p.count} ${{ years: 'years', places: 'places', days: 'døgn', hours: 'hours', weeks: 'weeks', months: 'months' }[p.unit]}`,
  within: (p: { label: string; value: string; range: string }) => `${p.value} is within the limit: ${p.label} (${p.range}).`,
  exception: (p: { label: string; value: string; usual: string; max: string }) => `${p.value} is beyond the usual ${p.usual} and allowed only in special cases, up to ${p.max}: ${p.label}.`,
  below: (p: { label: string; value: string; min: string }) => `${p.value} is below the limit of ${p.min}: ${p.label}.`,
  above: (p: { label: string; value: string; max: string }) => `${p.value} is above the limit of ${p.max}: ${p.label}.`,
  range: (p: { min?: string; max?: string }) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `at least ${p.min}` : `at most ${p.max}`),
};
type Messages = typeof en;

const nn: Messages = {
  unknownLimit: (p) => `Ukjend grense «${p.limit}». Denne regelpakken har: ${p.known}.`,
  unit: (p) => `${p.count} ${{ years: 'år', places: 'plassar', days: 'døgn', hours: 'timar', weeks: 'veker', months: 'månader' }[p.unit]}`,
  within: (p) => `${p.value} er innanfor grensa: ${p.label} (${p.range}).`,
  exception: (p) => `${p.value} er over det vanlege ${p.usual} og berre tillate i særlege tilfelle, opp til ${p.max}: ${p.label}.`,
  below: (p) => `${p.value} er under grensa på ${p.min}: ${p.label}.`,
  above: (p) => `${p.value} er over grensa på ${p.max}: ${p.label}.`,
  range: (p) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `minst ${p.min}` : `høgst ${p.max}`),
};
const nb: Messages = {
  unknownLimit: (p) => `Ukjent grense «${p.limit}». Denne regelpakken har: ${p.known}.`,
  unit: (p) => `${p.count} ${{ years: 'år', places: 'plasser', days: 'døgn', hours: 'timer', weeks: 'uker', months: 'måneder' }[p.unit]}`,
  within: (p) => `${p.value} er innenfor grensen: ${p.label} (${p.range}).`,
  exception: (p) => `${p.value} er over det vanlige ${p.usual} og bare tillatt i særlige tilfeller, opp til ${p.max}: ${p.label}.`,
  below: (p) => `${p.value} er under grensen på ${p.min}: ${p.label}.`,
  above: (p) => `${p.value} er over grensen på ${p.max}: ${p.label}.`,
  range: (p) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `minst ${p.min}` : `høyst ${p.max}`),
};
const da: Messages = {
  unknownLimit: (p) => `Ukendt grænse »${p.limit}«. Denne regelpakke har: ${p.known}.`,
  unit: (p) => `${p.count} ${{ years: 'år', places: 'pladser', days: 'døgn', hours: 'timer', weeks: 'uger', months: 'måneder' }[p.unit]}`,
  within: (p) => `${p.value} er inden for grænsen: ${p.label} (${p.range}).`,
  exception: (p) => `${p.value} er over de sædvanlige ${p.usual} og kun tilladt i særlige tilfælde, op til ${p.max}: ${p.label}.`,
  below: (p) => `${p.value} er under grænsen på ${p.min}: ${p.label}.`,
  above: (p) => `${p.value} er over grænsen på ${p.max}: ${p.label}.`,
  range: (p) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `mindst ${p.min}` : `højst ${p.max}`),
};

export const translateLimits = createTranslator<Messages>({ en, nn, nb, da } satisfies Record<Locale, Messages>);
