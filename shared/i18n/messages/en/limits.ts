export type Unit = 'years' | 'places' | 'days' | 'hours' | 'weeks' | 'months';

export const limits = {
  unknownLimit: (p: { limit: string; known: string }) => `Unknown limit "${p.limit}". This rule pack has: ${p.known}.`,
  unit: (p: { unit: Unit; count: string }) => `${p.count} ${{ years: 'years', places: 'places', days: 'døgn', hours: 'hours', weeks: 'weeks', months: 'months' }[p.unit]}`,
  within: (p: { label: string; value: string; range: string }) => `${p.value} is within the limit: ${p.label} (${p.range}).`,
  exception: (p: { label: string; value: string; usual: string; max: string }) => `${p.value} is beyond the usual ${p.usual} and allowed only in special cases, up to ${p.max}: ${p.label}.`,
  below: (p: { label: string; value: string; min: string }) => `${p.value} is below the limit of ${p.min}: ${p.label}.`,
  above: (p: { label: string; value: string; max: string }) => `${p.value} is above the limit of ${p.max}: ${p.label}.`,
  range: (p: { min?: string; max?: string }) => (p.min && p.max ? `${p.min}–${p.max}` : p.min ? `at least ${p.min}` : `at most ${p.max}`),
};
