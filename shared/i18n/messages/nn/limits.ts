import type { limits as en } from '../en/limits.js';

export const limits: typeof en = {
  unknownLimit: (p) => `Ukjend grense «${p.limit}». Denne regelpakken har: ${p.known}.`,
  unit: (p) => `${p.count} ${{ years: 'år', places: 'plassar', days: 'døgn', hours: 'timar', weeks: 'veker', months: 'månader' }[p.unit]}`,
  within: (p) => `${p.value} er innanfor grensa: ${p.label} (${p.range}).`,
  exception: (p) => `${p.value} er over det vanlege ${p.usual} og berre tillate i særlege tilfelle, opp til ${p.max}: ${p.label}.`,
  below: (p) => `${p.value} er under grensa på ${p.min}: ${p.label}.`,
  above: (p) => `${p.value} er over grensa på ${p.max}: ${p.label}.`,
  range: (p) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `minst ${p.min}` : `høgst ${p.max}`),
};
