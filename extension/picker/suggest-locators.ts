import type { Locator } from '../site-profiles/schema.js';
import { locate } from '../extract/locate.js';
import { personalDataIn, stringsIn, type PersonalDataKind } from '../storage/personal-data-guard.js';

/**
 * Why a locator was offered, most stable first: the panel says it in the reader's language so an
 * administrator can choose knowingly.
 */
export const LOCATOR_REASONS = ['label', 'labelledby', 'column', 'name', 'aria', 'data-attribute', 'id', 'structure'] as const;
export type LocatorReason = (typeof LOCATOR_REASONS)[number];
/** `personal`: the locator holds what looks like a name, national id or case number; settings refuse it. */
export type Suggestion = { locator: Locator; reason: LocatorReason; personal?: PersonalDataKind };
/** The kind of page the field is saved to: a list reads each row as a case. */
export type PageKind = 'case' | 'list';

const GENERATED = /\d{3,}|^(ctl\d+|ember\d+|react-|css-|sc-|jss)/i;
const CONTROL = 'input, select, textarea';
const CELL = 'td, th, [role="gridcell"], [role="cell"]';
const HEADER_CELL = 'th, td, [role="columnheader"]';
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const quote = (value: string) => value.replace(/["\\]/g, '\\$&');

/** The element a pick stands for: the form control the pointer was in, else the element itself. */
export function pickedValueElement(picked: Element): Element {
  return picked.closest(CONTROL) ?? picked;
}

/**
 * Locators for an element the caseworker picked, most stable first, each with why: the label text
 * tied to it, the column header of its grid cell, its form name, its ARIA label, a data attribute,
 * a hand-written id, and as a last resort its position under the nearest root. Generated ids and
 * class names are never used. Only locators that find the picked element again are offered.
 */
export function suggestLocatorsWithReasons(picked: Element, pageKind: PageKind = 'case'): Suggestion[] {
  const element = pickedValueElement(picked);
  const candidates: Suggestion[] = [];
  const header = columnHeaderFor(element);
  if (header) candidates.push({ locator: { by: 'column', header: [header] }, reason: 'column' });
  const label = labelFor(element);
  if (label) candidates.push({ locator: { by: 'label', text: [label.text] }, reason: label.reason });
  const name = element.getAttribute('name');
  if (name) candidates.push({ locator: { by: 'name', name }, reason: 'name' });
  const aria = element.getAttribute('aria-label');
  if (aria?.trim()) candidates.push({ locator: { by: 'aria', label: aria }, reason: 'aria' });
  const stable = [...element.attributes].find((attribute) => /^data-(field|testid|test|qa)$/.test(attribute.name));
  if (stable) candidates.push({ locator: { by: 'css', selector: `[${stable.name}="${quote(stable.value)}"]` }, reason: 'data-attribute' });
  if (element.id && !GENERATED.test(element.id) && /^[A-Za-z][\w-]*$/.test(element.id)) candidates.push({ locator: { by: 'css', selector: `#${element.id}` }, reason: 'id' });
  const verified = candidates.filter((candidate) => findsAgain(candidate.locator, element, pageKind));
  // A "label" that is a citizen's name (a mis-click beside the header) would be refused on save:
  // offered last, marked, with the element's position before it when nothing else finds it.
  const clean = verified.filter((candidate) => !personalIn(candidate.locator));
  const personal = verified.filter((candidate) => personalIn(candidate.locator)).map((candidate) => ({ ...candidate, personal: personalIn(candidate.locator)! }));
  if (clean.length > 0) return [...clean, ...personal];
  const path = structuralSelector(element);
  const structure: Suggestion[] = path && findsAgain({ by: 'css', selector: path }, element, pageKind) ? [{ locator: { by: 'css', selector: path }, reason: 'structure' }] : [];
  return [...structure, ...personal];
}

/** What personal identifier a locator's texts hold, if any (the same test the settings apply). */
const personalIn = (locator: Locator): PersonalDataKind | undefined => [...stringsIn(locator)].map((entry) => personalDataIn(entry.text)).find(Boolean);

/** The locators alone, most stable first. */
export function suggestLocators(picked: Element, pageKind: PageKind = 'case'): Locator[] {
  return suggestLocatorsWithReasons(picked, pageKind).map((suggestion) => suggestion.locator);
}

/** Where a locator is tried: on a list page within the row (each row is a case), else in the whole document. */
export function searchRootFor(element: Element, pageKind: PageKind): ParentNode {
  if (pageKind === 'list') return element.closest('tr, [role="row"]') ?? element.ownerDocument;
  return element.ownerDocument;
}

/** True when the locator, tried as the extension tries it, reads the picked element (or the control inside it). */
function findsAgain(locator: Locator, element: Element, pageKind: PageKind): boolean {
  const found = locate(searchRootFor(element, pageKind), [locator])?.element;
  return !!found && (found === element || found.contains(element) || element.contains(found));
}

/** The header text of the column a grid or table cell is in (by `aria-colindex`, else by position); never a neighbouring cell. */
function columnHeaderFor(element: Element): string | undefined {
  const cell = element.closest(CELL);
  const row = cell?.closest('tr, [role="row"]');
  const container = row?.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!cell || !row || !container) return undefined;
  const isTable = container.matches('table');
  const headers = isTable ? [...container.querySelectorAll('thead th, thead td')] : [...container.querySelectorAll('[role="columnheader"]')];
  if (headers.length === 0 || headers.includes(cell)) return undefined;
  const colIndex = cell.getAttribute('aria-colindex');
  const header = colIndex
    ? headers.find((entry) => entry.getAttribute('aria-colindex') === colIndex)
    : headers[[...row.children].filter((child) => child.matches(isTable ? 'td, th' : `${CELL}, [role="rowheader"]`)).indexOf(cell)];
  return header?.matches(HEADER_CELL) && text(header) ? text(header) : undefined;
}

/** The text that labels an element: its <label>, the element it is `aria-labelledby`, a wrapping label, the <dt> before its <dd>, or a label cell or element before it. */
function labelFor(element: Element): { text: string; reason: LocatorReason } | undefined {
  const root = element.getRootNode() as Document | ShadowRoot;
  const id = element.getAttribute('id');
  if (id) {
    const label = root.querySelector(`label[for="${quote(id)}"]`);
    if (text(label)) return { text: text(label), reason: 'label' };
  }
  // The value may be wrapped (`<span aria-labelledby="k"><b>15-01-2025</b></span>`): the tie is on an ancestor.
  // Only a wrapper of the value itself: a section labelled by its heading is no field's label.
  const tied = element.closest('[aria-labelledby]');
  const labelledBy = tied && text(tied) === text(element) ? tied.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean)[0] : undefined;
  if (labelledBy) {
    const label = root.querySelector(`[id="${quote(labelledBy)}"]`);
    if (text(label)) return { text: text(label), reason: 'labelledby' };
  }
  const wrappingLabel = element.closest('label');
  if (wrappingLabel && text(wrappingLabel)) return { text: text(wrappingLabel), reason: 'label' };
  const holder = element.closest('dd, td, th') ?? element;
  // A cell under a column header is named by that header; the cell before it holds another value.
  if (holder.matches('td, th') && columnHeaderFor(holder)) return undefined;
  const previous = holder.previousElementSibling;
  // A label cell may hold a required mark (`Frå dato: <span>*</span>`), but no control of its own.
  // A label has words: a neighbour that is only a number or a date is another value.
  if (!previous || previous.querySelector(CONTROL) || previous.matches(CONTROL) || !/\p{L}/u.test(text(previous))) return undefined;
  // In a row of many cells the cell before may be another value: only a header cell or a text ending in a colon is a label there.
  const cellsInRow = holder.matches('td, th') ? [...(holder.parentElement?.children ?? [])].filter((child) => child.matches('td, th')).length : 0;
  if (cellsInRow > 2 && !previous.matches('th') && !text(previous).endsWith(':')) return undefined;
  return { text: text(previous), reason: 'label' };
  return undefined;
}

/** A selector by position from the nearest root (document or shadow root): the last resort, it breaks when the layout changes. */
function structuralSelector(element: Element): string | undefined {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && current.localName !== 'html') {
    const parent: Element | null = current.parentElement;
    const siblings = parent ? [...parent.children].filter((child) => child.localName === current!.localName) : [];
    parts.unshift(siblings.length > 1 ? `${current.localName}:nth-of-type(${siblings.indexOf(current) + 1})` : current.localName);
    if (!parent) break;
    current = parent;
  }
  return parts.length ? parts.join(' > ') : undefined;
}
