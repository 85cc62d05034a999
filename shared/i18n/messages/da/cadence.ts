import type { cadence as en } from '../en/cadence.js';

export const cadence: typeof en = {
  unknownService: (p) => `Ukendt ydelse »${p.service}«. Denne regelpakke kender: ${p.known}.`,
  noCadence: (p) => `Regelpakken »${p.pack}« har ingen regler for opfølgning.`,
  invalidToday: 'Referencedatoen (»i dag«) er ikke en gyldig dato.',
  overdueSince: (p) => `Overskredet siden ${p.date}: ${p.label}`,
  dueOn: (p) => (p.days === 0 ? `Forfalder i dag: ${p.label}` : `Forfalder ${p.date} (om ${p.days} dag${p.days === 1 ? '' : 'e'}): ${p.label}`),
  dueAtSession: (p) => `Forfalder ved session ${p.session} (${p.held} afholdt): ${p.label}`,
  overdueAtSession: (p) => `Overskredet: ${p.held} sessioner afholdt, forfald ved session ${p.session}: ${p.label}`,
  missingData: (p) => `Kan ikke tjekke »${p.label}«: ${p.fields} mangler.`,
  completed: (p) => `Udført ${p.date}: ${p.label}`,
  completedLate: (p) => `Udført ${p.date}, efter fristen ${p.due}: ${p.label}`,
  ended: (p) => `Ikke længere påkrævet: ${p.label}`,
  overridden: (p) => `Aftalt dato i stedet for ${p.original}: ${p.reason}`,
  nothingOpen: 'Intet åbent: ingen opfølgning forfalder.',
  countShort: (p) => `For få de seneste 12 måneder (${p.count} registreret): ${p.label}`,
  countMet: (p) => `${p.count} registreret de seneste 12 måneder: ${p.label}`,
  fieldNames: (p) =>
    ({ start: 'startdato', levelSince: 'dato for nuværende trin', arrival: 'ankomstdato', informed: 'dato for orientering af kommunen', stayPlan: 'dato for opholdsplan', noticeGiven: 'dato for opsigelse', received: 'dato for modtagelse af klagen', decisionReceived: 'dato for modtagelse af afslaget', sessions: 'antal afholdte sessioner' })[p.field] ?? p.field,
};
