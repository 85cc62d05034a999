import type { FieldName, Locator, SiteProfile } from '../site-profiles/schema.js';
import { locate, textOf } from '../extract/locate.js';
import { readDate, readNumber } from '../extract/read-values.js';
import { pickedValueElement, searchRootFor, suggestLocatorsWithReasons, type PageKind, type Suggestion } from './suggest-locators.js';
export type { PageKind } from './suggest-locators.js';

/** The profile's reading conventions the picked value is understood with. */
export type ReadFormats = Pick<SiteProfile, 'dateFormats' | 'thousandsSeparator' | 'decimalSeparator'>;
export type FieldType = 'date' | 'number' | 'text';

/**
 * The value a locator reads, as the checks would: the text as the journal shows it, and the value
 * understood (ISO date, number or text), or that it is empty or cannot be read as the field's type.
 */
export type PickedReading = { text: string; status: 'read' | 'empty' | 'unreadable'; value?: string | number };

/** What a pick tells the panel: the locators offered (most stable first, with why) and what each would read. */
export type PickResult = { suggestions: (Suggestion & { reading: PickedReading })[]; reading: PickedReading };

/** The value's text read as the field's type with the profile's formats. */
export function readAs(text: string, type: FieldType, formats: ReadFormats): PickedReading {
  const squeezed = text.replace(/\s+/g, ' ').trim();
  const value = type === 'date' ? readDate(squeezed, formats) : type === 'number' ? readNumber(squeezed, formats) : squeezed || undefined;
  if (value === null) return { text: squeezed, status: 'unreadable' };
  if (value === undefined) return { text: squeezed, status: 'empty' };
  return { text: squeezed, status: 'read', value };
}

/** What a locator reads from the page the element is on (the row, for a column). */
export function readWith(locator: Locator, element: Element, type: FieldType, formats: ReadFormats, pageKind: PageKind = 'case'): PickedReading {
  const located = locate(searchRootFor(element, pageKind), [locator]);
  return readAs(located ? located.text : textOf(element), type, formats);
}

/**
 * The answer to a pick, worked out where the page is (the content script): the element the
 * caseworker pointed at becomes locators that find it again and the value they would read.
 */
export function answerPick(picked: Element, field: FieldName, type: FieldType, formats: ReadFormats, pageKind: PageKind = 'case'): PickResult & { field: FieldName } {
  const element = pickedValueElement(picked);
  const suggestions = suggestLocatorsWithReasons(picked, pageKind).map((suggestion) => ({ ...suggestion, reading: readWith(suggestion.locator, element, type, formats, pageKind) }));
  return { field, suggestions, reading: suggestions[0]?.reading ?? readAs(textOf(element), type, formats) };
}
