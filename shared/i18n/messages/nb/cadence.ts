import type { cadence as en } from '../en/cadence.js';

export const cadence: typeof en = {
  unknownService: (p) => `Ukjent tjeneste «${p.service}». Denne regelpakken kjenner: ${p.known}.`,
  noCadence: (p) => `Regelpakken «${p.pack}» har ingen regler for oppfølging.`,
  invalidToday: 'Referansedatoen («i dag») er ikke en gyldig dato.',
  overdueSince: (p) => `Forfalt siden ${p.date}: ${p.label}`,
  dueOn: (p) => (p.days === 0 ? `Forfaller i dag: ${p.label}` : `Forfaller ${p.date} (om ${p.days} dag${p.days === 1 ? '' : 'er'}): ${p.label}`),
  dueAtSession: (p) => `Forfaller ved økt ${p.session} (${p.held} holdt): ${p.label}`,
  overdueAtSession: (p) => `Forfalt: ${p.held} økter holdt, forfall ved økt ${p.session}: ${p.label}`,
  missingData: (p) => `Kan ikke sjekke «${p.label}»: ${p.fields} mangler.`,
  completed: (p) => `Gjort ${p.date}: ${p.label}`,
  completedLate: (p) => `Gjort ${p.date}, etter fristen ${p.due}: ${p.label}`,
  ended: (p) => `Ikke lenger påkrevd: ${p.label}`,
  overridden: (p) => `Avtalt dato i stedet for ${p.original}: ${p.reason}`,
  nothingOpen: 'Ingenting åpent: ingen oppfølging forfaller.',
  countShort: (p) => `For få de siste 12 månedene (${p.count} registrert): ${p.label}`,
  countMet: (p) => `${p.count} registrert de siste 12 månedene: ${p.label}`,
  fieldNames: (p) =>
    ({ start: 'startdato', levelSince: 'dato da nåværende trinn startet', arrival: 'ankomstdato', informed: 'dato kommunen ble orientert', stayPlan: 'dato for oppholdsplan', noticeGiven: 'dato for oppsigelse', received: 'dato klagen ble mottatt', decisionReceived: 'dato avslaget ble mottatt', sessions: 'antall holdte økter' })[p.field] ?? p.field,
};
