import type { FieldName, PageProfile, SiteProfile } from '../site-profiles/schema.js';
import { locate } from './locate.js';
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
    const text = located.text.replace(/\s+/g, ' ').trim();
    const value = spec.type === 'date' ? readDate(text, profile) : spec.type === 'number' ? readNumber(text, profile) : text || undefined;
    if (value === null) result.unreadable.push(name);
    result.fields[name] = { element: located.element, text, value: value ?? undefined };
  }
  return result;
}

/** The page kind of a profile that this document shows, if any. */
export function detectPage(root: ParentNode, profile: SiteProfile): PageProfile | undefined {
  return profile.pages.find((page) => {
    const element = root.querySelector(page.detect.selector);
    if (!element) return false;
    if (!page.detect.textIncludes) return true;
    // Only the matched element's text: reading a whole heavy journal page's text costs milliseconds.
    const text = element.textContent ?? '';
    return page.detect.textIncludes.some((needle) => text.includes(needle));
  });
}

/** Where a page's fields are read: its scope, else the element that identified it, else the document. */
export function pageScope(root: ParentNode, page: PageProfile): ParentNode {
  return root.querySelector(page.scope ?? page.detect.selector) ?? root;
}

/** The rows of a list page, each read as a case. */
export function extractRows(root: ParentNode, page: PageProfile, profile: SiteProfile): { row: Element; extracted: ExtractedCase }[] {
  if (page.kind !== 'list' || !page.rowSelector) return [];
  return [...root.querySelectorAll(page.rowSelector)].map((row) => ({ row, extracted: extractCase(row, page, profile) }));
}
