import type { Locale } from '../../shared/index.js';
import { createTranslator } from '../../shared/i18n/translate.js';

const en = {
  title: 'Saksvakt',
  close: 'Close',
  waiting: 'Waiting for the journal page…',
  checks: 'Checks for this case',
  notFound: (p: { fields: string }) => `Field not found on this page: ${p.fields}. The checks that need it are not shown inline.`,
  unreadable: (p: { fields: string }) => `Could not read: ${p.fields}. Check the value in the journal.`,
};
type Messages = typeof en;
const nn: Messages = {
  title: 'Saksvakt',
  close: 'Lukk',
  waiting: 'Ventar på journalsida …',
  checks: 'Kontrollar for saka',
  notFound: (p) => `Fann ikkje feltet på sida: ${p.fields}. Kontrollane som treng det, vert ikkje viste på sida.`,
  unreadable: (p) => `Kunne ikkje lese: ${p.fields}. Sjekk verdien i journalen.`,
};
const nb: Messages = {
  title: 'Saksvakt',
  close: 'Lukk',
  waiting: 'Venter på journalsiden …',
  checks: 'Kontroller for saken',
  notFound: (p) => `Fant ikke feltet på siden: ${p.fields}. Kontrollene som trenger det, vises ikke på siden.`,
  unreadable: (p) => `Kunne ikke lese: ${p.fields}. Sjekk verdien i journalen.`,
};
const da: Messages = {
  title: 'Saksvakt',
  close: 'Luk',
  waiting: 'Venter på journalsiden …',
  checks: 'Tjek af sagen',
  notFound: (p) => `Feltet blev ikke fundet på siden: ${p.fields}. De tjek, der kræver det, vises ikke på siden.`,
  unreadable: (p) => `Kunne ikke læse: ${p.fields}. Tjek værdien i journalen.`,
};
export const translatePanel = createTranslator<Messages>({ en, nn, nb, da } satisfies Record<Locale, Messages>);
