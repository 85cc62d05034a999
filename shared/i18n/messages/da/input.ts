import type { input as en } from '../en/input.js';

export const input: typeof en = {
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
