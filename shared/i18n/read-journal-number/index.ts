/**
 * How a journal writes the separators in numbers, when known (from its site profile). Without
 * hints the text decides: a group of exactly three digits after a dot or space is thousands, a
 * comma is the decimal mark (as in Norwegian and Danish), and with both a dot and a comma the
 * last one is the decimal mark.
 */
export type NumberSeparators = { thousandsSeparator?: ' ' | '.' | ',' | ''; decimalSeparator?: ',' | '.' };

/** What may stand before a number: a currency. */
const PREFIX = /^(?:kr\.?|nok|dkk|sek|eur|€)\s*/i;
/** A number with its separators, then whole kroner written `,-`. */
const CORE = /^(-?\d+(?:[ .,']\d+)*)(?:,[-–])?/;

/**
 * Reads a number as a journal shows it, with currency and units around it: `kr 22 317,-`,
 * `22.317 kr.`, `NOK 23 500,50`, `1 plass`, `2,5 t/uke`, `2,5 timer/uge`, `60 %`, `1,234.50`.
 * Gives the number, `undefined` for empty text, or `null` for text that holds no single number
 * (two numbers, a range, words only): the caller says it could not read it.
 *
 * @example readJournalNumber('kr 22 317,-') //=> 22317
 * @example readJournalNumber('1–3 dagar') //=> null
 */
export function readJournalNumber(text: string, separators: NumberSeparators = {}): number | undefined | null {
  const plain = text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
  if (plain === '') return undefined;
  const withoutPrefix = plain.replace(PREFIX, '');
  const match = CORE.exec(withoutPrefix);
  if (!match) return null;
  // Whatever follows is a unit or currency: letters, %, /, brackets and dots, but no other digit.
  const rest = withoutPrefix.slice(match[0].length);
  if (/\d/.test(rest) || !/^[\s\p{L}%/().,\-–]*$/u.test(rest)) return null;
  const core = match[1]!;
  const value = interpret(core, separators);
  return value === undefined || !Number.isFinite(value) ? null : value;
}

function interpret(core: string, { thousandsSeparator, decimalSeparator }: NumberSeparators): number | undefined {
  let text = core.replace(/'/g, '');
  if (/\s/.test(text)) {
    // Spaces only ever group thousands: each group after the first has three digits.
    if (!/^-?\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) return undefined;
    text = text.replace(/ /g, '');
  }
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let decimal: '.' | ',' | undefined;
  if (dots && commas) decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  else if (dots) decimal = decimalSeparator === '.' || (thousandsSeparator !== '.' && !/^-?\d{1,3}(\.\d{3})+$/.test(text)) ? '.' : undefined;
  else if (commas) decimal = thousandsSeparator === ',' && /^-?\d{1,3}(,\d{3})+$/.test(text) ? undefined : ',';
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : commas ? ',' : '.';
  const [whole, fraction, extra] = text.split(decimal ?? '\u0000');
  if (extra !== undefined) return undefined;
  const wholeDigits = whole!.includes(thousands) ? (/^-?\d{1,3}([.,]\d{3})+$/.test(whole!) ? whole!.split(thousands).join('') : undefined) : whole;
  if (wholeDigits === undefined || !/^-?\d+$/.test(wholeDigits) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  return Number(fraction === undefined ? wholeDigits : `${wholeDigits}.${fraction}`);
}
