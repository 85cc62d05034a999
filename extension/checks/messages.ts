import type { Locale } from '../../shared/index.js';
import { createTranslator } from '../../shared/i18n/translate.js';

const en = {
  costDiffers: (p: { cost: string; year: number; base: string }) => `Monthly cost ${p.cost} differs from ${p.year} base ${p.base}`,
  costMatches: (p: { year: number; base: string }) => `Monthly cost matches the ${p.year} base ${p.base}`,
  costBase: (p: { year: number; base: string }) => `${p.year} base: ${p.base} a month`,
  costByYear: (p: { years: string }) => `The period crosses a year; each month at its own year's base: ${p.years}`,
  grandfathered: 'Place from before the guideline: old terms apply',
  rateMissing: (p: { year: number }) => `No state rate for ${p.year} in the rule pack: enter it in the options`,
  tierFits: (p: { tier: string; count: number; range: string }) => `${p.tier} fits ${p.count} support areas (${p.range})`,
  tierMismatch: (p: { tier: string; count: number; expected: string }) => `${p.tier} does not fit ${p.count} support areas: ${p.expected} expected`,
  dayService: (p: { label: string }) => `${p.label}`,
  unknownService: 'Saksvakt: the service on this page is not in the rule pack',
  fieldNotFound: (p: { fields: string }) => `Field not found on this page: ${p.fields}`,
  unreadable: (p: { fields: string }) => `Could not read: ${p.fields}`,
  couldNotRead: (p: { field: string; text: string }) => `Could not read ${p.field}: “${p.text}” – not checked`,
  openPanel: 'Saksvakt',
  panelTitle: 'Saksvakt – checks for this case',
  close: 'Close',
  pickInstruction: 'Click the journal field (or focus it and press Enter). Escape cancels.',
};
export type OverlayMessages = typeof en;

const nn: OverlayMessages = {
  costDiffers: (p) => `Månadleg kostnad ${p.cost} avvik frå grunnlaget for ${p.year} på ${p.base}`,
  costMatches: (p) => `Månadleg kostnad stemmer med grunnlaget for ${p.year} på ${p.base}`,
  costBase: (p) => `Grunnlag ${p.year}: ${p.base} i månaden`,
  costByYear: (p) => `Perioden går over eit årsskifte; kvar månad med grunnlaget for sitt eige år: ${p.years}`,
  grandfathered: 'Plass frå før retningslinja: gamle vilkår gjeld',
  rateMissing: (p) => `Ingen statssats for ${p.year} i regelpakken: legg han inn i innstillingane`,
  tierFits: (p) => `${p.tier} passar med ${p.count} støtteområde (${p.range})`,
  tierMismatch: (p) => `${p.tier} passar ikkje med ${p.count} støtteområde: venta ${p.expected}`,
  dayService: (p) => `${p.label}`,
  unknownService: 'Saksvakt: tenesta på denne sida finst ikkje i regelpakken',
  fieldNotFound: (p) => `Fann ikkje feltet på denne sida: ${p.fields}`,
  unreadable: (p) => `Kunne ikkje lese: ${p.fields}`,
  couldNotRead: (p) => `Kunne ikkje lese ${p.field}: «${p.text}» – ikkje kontrollert`,
  openPanel: 'Saksvakt',
  panelTitle: 'Saksvakt – kontrollar for saka',
  close: 'Lukk',
  pickInstruction: 'Klikk på journalfeltet (eller gå til det og trykk Enter). Escape avbryt.',
};

const nb: OverlayMessages = {
  costDiffers: (p) => `Månedlig kostnad ${p.cost} avviker fra grunnlaget for ${p.year} på ${p.base}`,
  costMatches: (p) => `Månedlig kostnad stemmer med grunnlaget for ${p.year} på ${p.base}`,
  costBase: (p) => `Grunnlag ${p.year}: ${p.base} i måneden`,
  costByYear: (p) => `Perioden går over et årsskifte; hver måned med grunnlaget for sitt eget år: ${p.years}`,
  grandfathered: 'Plass fra før retningslinjen: gamle vilkår gjelder',
  rateMissing: (p) => `Ingen statssats for ${p.year} i regelpakken: legg den inn i innstillingene`,
  tierFits: (p) => `${p.tier} passer med ${p.count} støtteområder (${p.range})`,
  tierMismatch: (p) => `${p.tier} passer ikke med ${p.count} støtteområder: forventet ${p.expected}`,
  dayService: (p) => `${p.label}`,
  unknownService: 'Saksvakt: tjenesten på denne siden finnes ikke i regelpakken',
  fieldNotFound: (p) => `Fant ikke feltet på denne siden: ${p.fields}`,
  unreadable: (p) => `Kunne ikke lese: ${p.fields}`,
  couldNotRead: (p) => `Kunne ikke lese ${p.field}: «${p.text}» – ikke kontrollert`,
  openPanel: 'Saksvakt',
  panelTitle: 'Saksvakt – kontroller for saken',
  close: 'Lukk',
  pickInstruction: 'Klikk på journalfeltet (eller gå til det og trykk Enter). Escape avbryter.',
};

const da: OverlayMessages = {
  costDiffers: (p) => `Månedlig udgift ${p.cost} afviger fra grundlaget for ${p.year} på ${p.base}`,
  costMatches: (p) => `Månedlig udgift svarer til grundlaget for ${p.year} på ${p.base}`,
  costBase: (p) => `Grundlag ${p.year}: ${p.base} om måneden`,
  costByYear: (p) => `Perioden går over et årsskifte; hver måned med grundlaget for sit eget år: ${p.years}`,
  grandfathered: 'Plads fra før retningslinjen: gamle vilkår gælder',
  rateMissing: (p) => `Ingen statstakst for ${p.year} i regelpakken: indtast den i indstillingerne`,
  tierFits: (p) => `${p.tier} passer til ${p.count} indsatser (${p.range})`,
  tierMismatch: (p) => `${p.tier} passer ikke til ${p.count} indsatser: forventet ${p.expected}`,
  dayService: (p) => `${p.label}`,
  unknownService: 'Saksvakt: ydelsen på denne side findes ikke i regelpakken',
  fieldNotFound: (p) => `Feltet blev ikke fundet på siden: ${p.fields}`,
  unreadable: (p) => `Kunne ikke læse: ${p.fields}`,
  couldNotRead: (p) => `Kunne ikke læse ${p.field}: »${p.text}« – ikke tjekket`,
  openPanel: 'Saksvakt',
  panelTitle: 'Saksvakt – tjek af sagen',
  close: 'Luk',
  pickInstruction: 'Klik på journalfeltet (eller gå til det og tryk Enter). Escape annullerer.',
};

export const translateOverlay = createTranslator<OverlayMessages>({ en, nn, nb, da } satisfies Record<Locale, OverlayMessages>);
