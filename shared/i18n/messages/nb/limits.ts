import type { limits as en } from '../en/limits.js';

export const limits: typeof en = {
  unknownLimit: (p) => `Ukjent grense «${p.limit}». Denne regelpakken har: ${p.known}.`,
  unit: (p) => `${p.count} ${{ years: 'år', places: 'plasser', days: 'døgn', hours: 'timer', weeks: 'uker', months: 'måneder' }[p.unit]}`,
  within: (p) => `${p.value} er innenfor grensen: ${p.label} (${p.range}).`,
  exception: (p) => `${p.value} er over det vanlige ${p.usual} og bare tillatt i særlige tilfeller, opp til ${p.max}: ${p.label}.`,
  below: (p) => `${p.value} er under grensen på ${p.min}: ${p.label}.`,
  above: (p) => `${p.value} er over grensen på ${p.max}: ${p.label}.`,
  range: (p) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `minst ${p.min}` : `høyst ${p.max}`),
};
