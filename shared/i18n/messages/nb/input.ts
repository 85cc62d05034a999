import type { input as en } from '../en/input.js';

export const input: typeof en = {
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
