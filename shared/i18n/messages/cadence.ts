import type { Locale } from '../locale.js';
import { createTranslator } from '../translate.js';

const en = {
  unknownService: (p: { service: string; known: string }) => `Unknown service "${p.service}". This rule pack knows: ${p.known}.`,
  noCadence: (p: { pack: string }) => `The rule pack "${p.pack}" has no follow-up rules.`,
  invalidToday: 'The reference date ("today") is not a valid date.',
  overdueSince: (p: { date: string; label: string }) => `Overdue since ${p.date}: ${p.label}`,
  dueOn: (p: { date: string; label: string; days: number }) =>
    p.days === 0 ? `Due today: ${p.label}` : `Due ${p.date} (in ${p.days} day${p.days === 1 ? '' : 's'}): ${p.label}`,
  dueAtSession: (p: { session: number; held: number; label: string }) => `Due at session ${p.session} (${p.held} held): ${p.label}`,
  overdueAtSession: (p: { session: number; held: number; label: string }) => `Overdue: ${p.held} sessions held, due at session ${p.session}: ${p.label}`,
  missingData: (p: { fields: string; label: string }) => `Cannot check "${p.label}": ${p.fields} missing.`,
  completed: (p: { date: string; label: string }) => `Done ${p.date}: ${p.label}`,
  completedLate: (p: { date: string; due: string; label: string }) => `Done ${p.date}, after the deadline ${p.due}: ${p.label}`,
  ended: (p: { label: string }) => `No longer required: ${p.label}`,
  overridden: (p: { original: string; reason: string }) => `Date agreed instead of ${p.original}: ${p.reason}`,
  nothingOpen: 'Nothing open: no follow-up is due.',
  countShort: (p: { label: string; count: number }) => `Too few in the last 12 months (${p.count} recorded): ${p.label}`,
  countMet: (p: { label: string; count: number }) => `${p.count} recorded in the last 12 months: ${p.label}`,
  fieldNames: (p: { field: string }) =>
    ({ start: 'start date', levelSince: 'date the current tier began', arrival: 'arrival date', informed: 'date the municipality was informed', stayPlan: 'date of the stay plan', noticeGiven: 'date notice was given', received: 'date the complaint was received', decisionReceived: 'date the refusal was received', sessions: 'number of sessions held' })[p.field] ?? p.field,
};

export type CadenceMessages = typeof en;

const nn: CadenceMessages = {
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

const nb: CadenceMessages = {
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

const da: CadenceMessages = {
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

export const translateCadence = createTranslator<CadenceMessages>({ en, nn, nb, da } satisfies Record<Locale, CadenceMessages>);
