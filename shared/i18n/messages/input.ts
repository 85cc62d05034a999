import type { Locale } from '../locale.js';
import { createTranslator } from '../translate.js';

/** Messages about a value the user typed, shown at the field. Shared by all engines. */
const en = {
  invalidDate: 'Not a valid date. Write it as dd.mm.yyyy.',
  invalidNumber: 'Write a number.',
  ambiguousNumber: (p: { example: string }) => `The separators can be read more than one way. Write it as ${p.example}.`,
  numberExample: '1,234.50',
  negative: 'Cannot be negative.',
  notPositive: 'Must be more than 0.',
  notWhole: 'Must be a whole number.',
  tooBig: (p: { max: string }) => `Must be at most ${p.max}.`,
  required: 'Required.',
  notAList: 'Expected a list of dates.',
  notMonthMap: 'Expected months written as yyyy-mm, each with a number.',
  unknownValue: (p: { value: string; allowed: string }) => `"${p.value}" is not one of: ${p.allowed}.`,
  field: (p: { field: string; message: string }) => `${p.field}: ${p.message}`,
};
type Messages = typeof en;

const nn: Messages = {
  invalidDate: 'Ikkje ein gyldig dato. Skriv han som dd.mm.åååå.',
  invalidNumber: 'Skriv eit tal.',
  ambiguousNumber: (p) => `Skiljeteikna kan lesast på fleire måtar. Skriv talet som ${p.example}.`,
  numberExample: '1 234,50',
  negative: 'Kan ikkje vere negativt.',
  notPositive: 'Må vere meir enn 0.',
  notWhole: 'Må vere eit heiltal.',
  tooBig: (p) => `Kan ikkje vere meir enn ${p.max}.`,
  required: 'Må fyllast ut.',
  notAList: 'Venta ei liste med datoar.',
  notMonthMap: 'Venta månader skrivne som åååå-mm, kvar med eit tal.',
  unknownValue: (p) => `«${p.value}» er ikkje ein av: ${p.allowed}.`,
  field: (p) => `${p.field}: ${p.message}`,
};
const nb: Messages = {
  invalidDate: 'Ikke en gyldig dato. Skriv den som dd.mm.åååå.',
  invalidNumber: 'Skriv et tall.',
  ambiguousNumber: (p) => `Skilletegnene kan leses på flere måter. Skriv tallet som ${p.example}.`,
  numberExample: '1 234,50',
  negative: 'Kan ikke være negativt.',
  notPositive: 'Må være mer enn 0.',
  notWhole: 'Må være et heltall.',
  tooBig: (p) => `Kan ikke være mer enn ${p.max}.`,
  required: 'Må fylles ut.',
  notAList: 'Forventet en liste med datoer.',
  notMonthMap: 'Forventet måneder skrevet som åååå-mm, hver med et tall.',
  unknownValue: (p) => `«${p.value}» er ikke en av: ${p.allowed}.`,
  field: (p) => `${p.field}: ${p.message}`,
};
const da: Messages = {
  invalidDate: 'Ikke en gyldig dato. Skriv den som dd.mm.åååå.',
  invalidNumber: 'Skriv et tal.',
  ambiguousNumber: (p) => `Skilletegnene kan læses på flere måder. Skriv tallet som ${p.example}.`,
  numberExample: '1.234,50',
  negative: 'Kan ikke være negativ.',
  notPositive: 'Skal være mere end 0.',
  notWhole: 'Skal være et helt tal.',
  tooBig: (p) => `Må højst være ${p.max}.`,
  required: 'Skal udfyldes.',
  notAList: 'Forventede en liste med datoer.',
  notMonthMap: 'Forventede måneder skrevet som åååå-mm, hver med et tal.',
  unknownValue: (p) => `»${p.value}« er ikke en af: ${p.allowed}.`,
  field: (p) => `${p.field}: ${p.message}`,
};

export const translateInput = createTranslator<Messages>({ en, nn, nb, da } satisfies Record<Locale, Messages>);
