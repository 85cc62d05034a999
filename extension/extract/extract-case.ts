import type { FieldName, PageProfile, SiteProfile } from '../site-profiles/schema.js';
import { deepQuery, deepQueryAll, locate } from './locate.js';
import { readDate, readNumber } from './read-values.js';

export type ExtractedField = {
  /** The element the value was read from (the badge's anchor). */
  element: Element;
  /** The text as the journal shows it. */
  text: string;
  /** The value read: ISO date, number or text; `undefined` when the field is empty. */
  value: string | number | undefined;
};

export type ExtractedCase = {
  fields: Partial<Record<FieldName, ExtractedField>>;
  /** Fields the profile names that were not found on the page. */
  notFound: FieldName[];
  /** Fields found whose text could not be read as their type. */
  unreadable: FieldName[];
};

/** Reads one case's fields from a page (or one row of a list page) as the profile describes. */
export function extractCase(root: ParentNode, page: PageProfile, profile: SiteProfile): ExtractedCase {
  const result: ExtractedCase = { fields: {}, notFound: [], unreadable: [] };
  for (const [name, spec] of Object.entries(page.fields) as [FieldName, NonNullable<PageProfile['fields'][FieldName]>][]) {
    const located = locate(root, spec.locators);
    if (!located) {
      result.notFound.push(name);
      continue;
    }
    const field = readField(located.element, located.text, spec.type, profile);
    if (field.value === null) result.unreadable.push(name);
    result.fields[name] = { ...field, value: field.value ?? undefined };
  }
  return result;
}

/** One field's text read as its type: `null` when the text is there but is no such value. */
export function readField(element: Element, shown: string, type: 'date' | 'number' | 'text', profile: SiteProfile): { element: Element; text: string; value: string | number | undefined | null } {
  const text = shown.replace(/\s+/g, ' ').trim();
  const value = type === 'date' ? readDate(text, profile) : type === 'number' ? readNumber(text, profile) : text || undefined;
  return { element, text, value };
}

/** Fields that say which case and service a row is, but give no check anything to compute. */
export const IDENTITY_FIELDS: readonly FieldName[] = ['caseNumber', 'service', 'targetGroup', 'country'];

/**
 * A list counts as a caseload only when its rows show something a check computes from (a date,
 * a cost, a level), besides the case's identity: a table of case numbers and legal bases alone
 * (a news page, an index of paragraphs) has nothing to check, whatever its words.
 */
export function listHasCheckableColumn(row: Element, page: PageProfile): boolean {
  return (Object.entries(page.fields) as [FieldName, NonNullable<PageProfile['fields'][FieldName]>][])
    .some(([name, spec]) => !IDENTITY_FIELDS.includes(name) && locate(row, spec.locators) !== undefined);
}

/** The rows of a list page that hold cases (header rows left out). */
export function dataRows(root: ParentNode, page: PageProfile): Element[] {
  if (page.kind !== 'list' || !page.rowSelector) return [];
  return deepQueryAll(root, page.rowSelector).filter((row) => !isHeaderRow(row));
}

const detects = (root: ParentNode, page: PageProfile) => {
  const element = deepQuery(root, page.detect.selector);
  if (!element) return false;
  if (!page.detect.textIncludes) return true;
  // Only the matched element's text: reading a whole heavy journal page's text costs milliseconds.
  const text = element.textContent ?? '';
  return page.detect.textIncludes.some((needle) => text.includes(needle));
};

/** The page kind of a profile that this document shows, if any (the first whose detection matches). */
export function detectPage(root: ParentNode, profile: SiteProfile): PageProfile | undefined {
  return profile.pages.find((page) => detects(root, page));
}

/** Every page kind of a profile whose detection matches, in order (the caller keeps the first whose required fields are read). */
export function candidatePages(root: ParentNode, profile: SiteProfile): PageProfile[] {
  return profile.pages.filter((page) => detects(root, page));
}

/** True when a case read for a page has every field the page requires. */
export function hasRequiredFields(extracted: ExtractedCase, page: PageProfile): boolean {
  return (page.requires ?? []).every((name) => extracted.fields[name]?.value !== undefined);
}

/** Where a page's fields are read: its scope, else the element that identified it, else the document. */
export function pageScope(root: ParentNode, page: PageProfile): ParentNode {
  return deepQuery(root, page.scope ?? page.detect.selector) ?? root;
}

/** A header row of a table or grid holds only header cells; it is no case. */
const isHeaderRow = (row: Element) => !row.querySelector('td, [role="gridcell"], [role="cell"]');

/** The rows of a list page, each read as a case. */
export function extractRows(root: ParentNode, page: PageProfile, profile: SiteProfile, rows = dataRows(root, page)): { row: Element; extracted: ExtractedCase }[] {
  return rows.map((row) => ({ row, extracted: extractCase(row, page, profile) }));
}

/**
 * How many cases a list holds in all, when it says so (`aria-rowcount` on a virtual grid, less
 * its header rows); `undefined` when the list shows every row it has.
 */
export function listTotal(row: Element | undefined): number | undefined {
  const grid = row?.closest('[aria-rowcount]');
  const count = Number(grid?.getAttribute('aria-rowcount'));
  if (!grid || !Number.isInteger(count) || count <= 0) return undefined;
  const headerRows = [...grid.querySelectorAll('[role="row"]')].filter(isHeaderRow).length;
  return count - headerRows;
}
