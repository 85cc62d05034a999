import type { validation as en } from '../en/validation.js';

export const validation: typeof en = {
  where: (p) => (p.path ? `Ved ${p.path}` : 'I regelpakken'),
  invalidJson: (p) => `Filen er ikke gyldig JSON: ${p.detail}`,
  unknownPack: (p) => `Det finnes ingen innebygd regelpakke «${p.id}». Innebygde pakker: ${p.known}.`,
  missing: 'denne verdien må være med, men mangler.',
  wrongType: (p) => `forventet ${p.expected}, fant ${p.found}.`,
  unknownField: (p) => `ukjent felt ${p.keys}. Sjekk stavemåten; ukjente felt er ikke tillatt.`,
  oneOf: (p) => `må være en av: ${p.values}.`,
  tooSmallNumber: (p) => (p.inclusive ? `må være minst ${p.min}.` : `må være mer enn ${p.min}.`),
  tooBigNumber: (p) => (p.inclusive ? `må være høyst ${p.max}.` : `må være mindre enn ${p.max}.`),
  tooFewItems: (p) => `må ha minst ${p.min} element.`,
  emptyText: 'kan ikke være tom.',
  notWholeNumber: 'må være et heltall.',
  notDate: 'må være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2023-03-01.',
  badFormat: 'er ikke skrevet på forventet måte.',
  badIdentifier: 'kan bare inneholde små bokstaver, sifre og bindestrek, f.eks. «no-alver-vekstbedrift».',
  badVersion: 'må være en versjon som 1.2.0.',
  unknownKind: (p) => `ukjent type; bruk en av: ${p.values}.`,
  duplicateYear: 'har samme år to ganger; gi én oppføring per år (tidligere kunngjorte satser under «supersedes»).',
  unknownDocument: (p) => `viser til dokumentet «${p.document}», som ikke står under «documents».`,
  unknownTier: (p) => `viser til trinnet «${p.tier}», som ikke står under tiers.sel85.levels.`,
  duplicateId: (p) => `bruker id-en «${p.id}» mer enn én gang.`,
  categoryRange: 'kategorien må ligge innenfor trinnene i trappen, med fromStep ≤ toStep.',
  invalid: 'er ikke gyldig.',
  kind: (p) =>
    ({ number: 'et tall', string: 'tekst', boolean: 'true eller false', object: 'en gruppe felt', array: 'en liste', null: 'null', missing: 'ingenting', other: 'en annen type verdi' })[p.kind],
};
