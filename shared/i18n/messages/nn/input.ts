import type { input as en } from '../en/input.js';

export const input: typeof en = {
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
