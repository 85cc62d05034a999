import { DECIMAL_SEPARATORS, FIELD_NAMES, THOUSANDS_SEPARATORS, type FieldName } from '../site-profiles/field-names.js';
import type { PickRequest } from './panel-messages.js';
import type { FieldType, PageKind, ReadFormats } from '../picker/pick-answer.js';

/** The panel asks the journal tab to close it. */
export type ClosePanelRequest = { type: 'saksvakt:close-panel' };

/** Everything the panel may ask of the content script that opened it. */
export type PanelRequest = PickRequest | ClosePanelRequest;

const isField = (value: unknown): value is FieldName => typeof value === 'string' && (FIELD_NAMES as readonly string[]).includes(value);
const isFieldType = (value: unknown): value is FieldType => value === 'date' || value === 'number' || value === 'text';
const isPageKind = (value: unknown): value is PageKind => value === 'case' || value === 'list';

/** The profile's reading conventions, as the site-profile schema allows them. */
function asFormats(value: unknown): ReadFormats | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const formats = value as Record<string, unknown>;
  if (Object.keys(formats).length !== 3) return undefined;
  const { dateFormats, thousandsSeparator, decimalSeparator } = formats;
  if (!Array.isArray(dateFormats) || dateFormats.length === 0 || !dateFormats.every((format) => typeof format === 'string' && format.length > 0 && format.length <= 64)) return undefined;
  if (typeof thousandsSeparator !== 'string' || !(THOUSANDS_SEPARATORS as readonly string[]).includes(thousandsSeparator)) return undefined;
  if (typeof decimalSeparator !== 'string' || !(DECIMAL_SEPARATORS as readonly string[]).includes(decimalSeparator)) return undefined;
  return { dateFormats: [...dateFormats] as string[], thousandsSeparator: thousandsSeparator as ReadFormats['thousandsSeparator'], decimalSeparator: decimalSeparator as ReadFormats['decimalSeparator'] };
}

/**
 * The content script's gate for what arrives from the panel. A plain guard, not zod: journal
 * pages load no validator. Anything else (other keys, other types, a field the profiles do not
 * know) is dropped.
 */
export function asPanelRequest(value: unknown): PanelRequest | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const message = value as Record<string, unknown>;
  if (message.type === 'saksvakt:close-panel' && keys.length === 1) return { type: 'saksvakt:close-panel' };
  if (message.type === 'saksvakt:start-picker' && keys.length === 5 && isField(message.field) && isFieldType(message.fieldType) && isPageKind(message.pageKind)) {
    const formats = asFormats(message.formats);
    if (formats) return { type: 'saksvakt:start-picker', field: message.field, fieldType: message.fieldType, formats, pageKind: message.pageKind };
  }
  return undefined;
}
