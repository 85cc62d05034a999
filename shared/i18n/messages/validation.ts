import type { Locale } from '../locale.js';
import { createTranslator } from '../translate.js';

type ValueKind = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'null' | 'missing' | 'other';

const en = {
  where: (p: { path: string }) => (p.path ? `At ${p.path}` : 'In the pack'),
  invalidJson: (p: { detail: string }) => `The file is not valid JSON: ${p.detail}`,
  unknownPack: (p: { id: string; known: string }) => `There is no built-in rule pack "${p.id}". Built-in packs: ${p.known}.`,
  missing: 'this value is required but missing.',
  wrongType: (p: { expected: string; found: string }) => `expected ${p.expected}, found ${p.found}.`,
  unknownField: (p: { keys: string }) => `unknown field ${p.keys}. Check the spelling; unknown fields are not allowed.`,
  oneOf: (p: { values: string }) => `must be one of: ${p.values}.`,
  tooSmallNumber: (p: { min: string; inclusive: boolean }) => (p.inclusive ? `must be at least ${p.min}.` : `must be more than ${p.min}.`),
  tooBigNumber: (p: { max: string; inclusive: boolean }) => (p.inclusive ? `must be at most ${p.max}.` : `must be less than ${p.max}.`),
  tooFewItems: (p: { min: string }) => `must list at least ${p.min} item(s).`,
  emptyText: 'must not be empty.',
  notWholeNumber: 'must be a whole number.',
  notDate: 'must be a calendar date written YYYY-MM-DD, e.g. 2023-03-01.',
  badFormat: 'is not written in the expected form.',
  badIdentifier: 'must be lower-case letters, digits and hyphens, e.g. "dk-vejle-voksen".',
  badVersion: 'must be a version like 1.2.0.',
  unknownKind: (p: { values: string }) => `unknown kind; use one of: ${p.values}.`,
  duplicateYear: 'lists the same year twice; give one entry per year (keep earlier announcements under "supersedes").',
  unknownDocument: (p: { document: string }) => `names the document "${p.document}", which is not listed under "documents".`,
  unknownTier: (p: { tier: string }) => `names the tier "${p.tier}", which is not listed under tiers.sel85.levels.`,
  duplicateId: (p: { id: string }) => `uses the id "${p.id}" more than once.`,
  categoryRange: 'the category range must lie within the ladder\'s steps, with fromStep ≤ toStep.',
  invalid: 'is not valid.',
  kind: (p: { kind: ValueKind }) =>
    ({ number: 'a number', string: 'text', boolean: 'true or false', object: 'a group of fields', array: 'a list', null: 'null', missing: 'nothing', other: 'another kind of value' })[p.kind],
};

type Messages = typeof en;

const nn: Messages = {
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

const nb: Messages = {
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

const da: Messages = {
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

export type ValidationMessages = Messages;
export const translateValidation = createTranslator<Messages>({ en, nn, nb, da } satisfies Record<Locale, Messages>);
export type { ValueKind };
