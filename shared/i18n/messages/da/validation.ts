import type { validation as en } from '../en/validation.js';

export const validation: typeof en = {
  where: (p) => (p.path ? `Ved ${p.path}` : 'I regelpakken'),
  invalidJson: (p) => `Filen er ikke gyldig JSON: ${p.detail}`,
  unknownPack: (p) => `Der findes ingen indbygget regelpakke »${p.id}«. Indbyggede pakker: ${p.known}.`,
  missing: 'værdien er påkrævet, men mangler.',
  wrongType: (p) => `forventede ${p.expected}, fandt ${p.found}.`,
  unknownField: (p) => `ukendt felt ${p.keys}. Tjek stavemåden; ukendte felter er ikke tilladt.`,
  oneOf: (p) => `skal være en af: ${p.values}.`,
  tooSmallNumber: (p) => (p.inclusive ? `skal være mindst ${p.min}.` : `skal være mere end ${p.min}.`),
  tooBigNumber: (p) => (p.inclusive ? `må højst være ${p.max}.` : `skal være mindre end ${p.max}.`),
  tooFewItems: (p) => `skal indeholde mindst ${p.min} element(er).`,
  emptyText: 'må ikke være tom.',
  notWholeNumber: 'skal være et helt tal.',
  notDate: 'skal være en dato skrevet ÅÅÅÅ-MM-DD, fx 2023-03-01.',
  badFormat: 'er ikke skrevet på den forventede form.',
  badIdentifier: 'må kun indeholde små bogstaver, cifre og bindestreg, fx »dk-vejle-voksen«.',
  badVersion: 'skal være en version som 1.2.0.',
  unknownKind: (p) => `ukendt type; brug en af: ${p.values}.`,
  duplicateYear: 'har samme år to gange; angiv én post pr. år (tidligere udmeldte takster under »supersedes«).',
  unknownDocument: (p) => `henviser til dokumentet »${p.document}«, som ikke står under »documents«.`,
  unknownTier: (p) => `henviser til trinnet »${p.tier}«, som ikke står under tiers.sel85.levels.`,
  duplicateId: (p) => `bruger id'et »${p.id}« mere end én gang.`,
  categoryRange: 'kategorien skal ligge inden for trappens trin, med fromStep ≤ toStep.',
  invalid: 'er ikke gyldig.',
  kind: (p) =>
    ({ number: 'et tal', string: 'tekst', boolean: 'true eller false', object: 'en gruppe felter', array: 'en liste', null: 'null', missing: 'ingenting', other: 'en anden type værdi' })[p.kind],
};
