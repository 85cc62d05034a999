import type { cadence as en } from '../en/cadence.js';

export const cadence: typeof en = {
  unknownService: (p) => `Ukjend teneste «${p.service}». Denne regelpakken kjenner: ${p.known}.`,
  noCadence: (p) => `Regelpakken «${p.pack}» har ingen reglar for oppfølging.`,
  invalidToday: 'Referansedatoen («i dag») er ikkje ein gyldig dato.',
  overdueSince: (p) => `Forfalle sidan ${p.date}: ${p.label}`,
  dueOn: (p) => (p.days === 0 ? `Forfell i dag: ${p.label}` : `Forfell ${p.date} (om ${p.days} dag${p.days === 1 ? '' : 'ar'}): ${p.label}`),
  dueAtSession: (p) => `Forfell ved økt ${p.session} (${p.held} haldne): ${p.label}`,
  overdueAtSession: (p) => `Forfalle: ${p.held} økter haldne, forfall ved økt ${p.session}: ${p.label}`,
  missingData: (p) => `Kan ikkje sjekke «${p.label}»: ${p.fields} manglar.`,
  completed: (p) => `Gjort ${p.date}: ${p.label}`,
  completedLate: (p) => `Gjort ${p.date}, etter fristen ${p.due}: ${p.label}`,
  ended: (p) => `Ikkje lenger påkravd: ${p.label}`,
  overridden: (p) => `Avtalt dato i staden for ${p.original}: ${p.reason}`,
  nothingOpen: 'Ingenting ope: ingen oppfølging forfell.',
  countShort: (p) => `For få dei siste 12 månadene (${p.count} registrert): ${p.label}`,
  countMet: (p) => `${p.count} registrert dei siste 12 månadene: ${p.label}`,
  fieldNames: (p) =>
    ({ start: 'startdato', levelSince: 'dato då noverande trinn tok til', arrival: 'ankomstdato', informed: 'dato kommunen vart orientert', stayPlan: 'dato for opphaldsplan', noticeGiven: 'dato for oppseiing', received: 'dato klaga vart motteken', decisionReceived: 'dato avslaget vart motteke', sessions: 'tal på haldne økter' })[p.field] ?? p.field,
};
