import type { limits as en } from '../en/limits.js';

export const limits: typeof en = {
  unknownLimit: (p) => `Ukendt grænse »${p.limit}«. Denne regelpakke har: ${p.known}.`,
  unit: (p) => `${p.count} ${{ years: 'år', places: 'pladser', days: 'døgn', hours: 'timer', weeks: 'uger', months: 'måneder' }[p.unit]}`,
  within: (p) => `${p.value} er inden for grænsen: ${p.label} (${p.range}).`,
  exception: (p) => `${p.value} er over de sædvanlige ${p.usual} og kun tilladt i særlige tilfælde, op til ${p.max}: ${p.label}.`,
  below: (p) => `${p.value} er under grænsen på ${p.min}: ${p.label}.`,
  above: (p) => `${p.value} er over grænsen på ${p.max}: ${p.label}.`,
  range: (p) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `mindst ${p.min}` : `højst ${p.max}`),
};
