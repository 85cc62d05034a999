import type { validation as en } from '../en/validation.js';

export const validation: typeof en = {
  where: (p) => (p.path ? `Ved ${p.path}` : 'I regelpakken'),
  invalidJson: (p) => `Fila er ikkje gyldig JSON: ${p.detail}`,
  unknownPack: (p) => `Det finst ingen innebygd regelpakke «${p.id}». Innebygde pakkar: ${p.known}.`,
  missing: 'denne verdien må vere med, men manglar.',
  wrongType: (p) => `venta ${p.expected}, fann ${p.found}.`,
  unknownField: (p) => `ukjent felt ${p.keys}. Sjekk stavemåten; ukjende felt er ikkje tillatne.`,
  oneOf: (p) => `må vere ein av: ${p.values}.`,
  tooSmallNumber: (p) => (p.inclusive ? `må vere minst ${p.min}.` : `må vere meir enn ${p.min}.`),
  tooBigNumber: (p) => (p.inclusive ? `må vere høgst ${p.max}.` : `må vere mindre enn ${p.max}.`),
  tooFewItems: (p) => `må ha minst ${p.min} element.`,
  emptyText: 'kan ikkje vere tom.',
  notWholeNumber: 'må vere eit heiltal.',
  notDate: 'må vere ein dato skriven ÅÅÅÅ-MM-DD, t.d. 2023-03-01.',
  badFormat: 'er ikkje skriven på forventa måte.',
  badIdentifier: 'kan berre innehalde små bokstavar, siffer og bindestrek, t.d. «no-alver-vekstbedrift».',
  badVersion: 'må vere ein versjon som 1.2.0.',
  unknownKind: (p) => `ukjend type; bruk ein av: ${p.values}.`,
  duplicateYear: 'har same år to gonger; gi éi oppføring per år (tidlegare kunngjorde satsar under «supersedes»).',
  unknownDocument: (p) => `viser til dokumentet «${p.document}», som ikkje står under «documents».`,
  unknownTier: (p) => `viser til trinnet «${p.tier}», som ikkje står under tiers.sel85.levels.`,
  duplicateId: (p) => `brukar id-en «${p.id}» meir enn éin gong.`,
  categoryRange: 'kategorien må liggje innanfor trinna på trappa, med fromStep ≤ toStep.',
  invalid: 'er ikkje gyldig.',
  kind: (p) =>
    ({ number: 'eit tal', string: 'tekst', boolean: 'true eller false', object: 'ei gruppe felt', array: 'ei liste', null: 'null', missing: 'ingenting', other: 'ein annan type verdi' })[p.kind],
};
