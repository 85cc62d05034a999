import type { Locator } from '../site-profiles/schema.js';

/** Where a field's value was found: the element holding it and its text as shown or typed. */
export type Located = { element: Element; text: string };

const CONTROL = 'input, select, textarea';

/** Quotes a value for an attribute selector (CSS.escape is missing outside browsers). */
const attributeValue = (value: string) => value.replace(/["\\]/g, '\\$&');

function textOf(element: Element): string {
  if (element.matches('input, textarea')) return (element as HTMLInputElement).value ?? element.getAttribute('value') ?? '';
  if (element.matches('select')) {
    const select = element as HTMLSelectElement;
    const option = select.selectedOptions?.[0] ?? select.querySelector('option[selected]') ?? select.querySelector('option');
    return option?.textContent ?? '';
  }
  return element.textContent ?? '';
}

/** The value element for a cell or description: the form control inside it, else itself. */
function valueElement(container: Element): Element {
  return container.querySelector(CONTROL) ?? container;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Finds the value for a label: a `<label for>`'s control, a `<dt>`'s `<dd>`, or a table cell's
 * next cell. Only the label's own text counts, so generated ids and classes do not matter.
 */
function byLabel(root: ParentNode, texts: string[]): Element | undefined {
  const wanted = texts.map(normalize);
  const candidates = root.querySelectorAll('label, dt, th, td, span, div');
  for (const candidate of candidates) {
    if (candidate.children.length > 0 && !candidate.matches('label')) continue;
    if (!wanted.includes(normalize(candidate.textContent ?? ''))) continue;
    if (candidate.matches('label')) {
      const target = candidate.getAttribute('for');
      const control = target ? (candidate.ownerDocument ?? document).getElementById(target) : candidate.querySelector(CONTROL);
      if (control) return control;
    }
    const next = candidate.nextElementSibling;
    if (next) return valueElement(next);
  }
  return undefined;
}

/** The cell of a row under the column whose header matches. */
function byColumn(row: ParentNode, headers: string[]): Element | undefined {
  const rowElement = row as Element;
  const table = rowElement.closest?.('table');
  if (!table) return undefined;
  const wanted = headers.map(normalize);
  const headerCells = [...table.querySelectorAll('thead th, thead td')];
  const index = headerCells.findIndex((cell) => wanted.includes(normalize(cell.textContent ?? '')));
  if (index < 0) return undefined;
  const cell = rowElement.children[index];
  return cell ? valueElement(cell) : undefined;
}

/** Tries the locators in order and returns the first match. */
export function locate(root: ParentNode, locators: readonly Locator[]): Located | undefined {
  for (const locator of locators) {
    let element: Element | undefined | null;
    switch (locator.by) {
      case 'label':
        element = byLabel(root, locator.text);
        break;
      case 'css':
        element = root.querySelector(locator.selector);
        if (element) element = valueElement(element);
        break;
      case 'name':
        element = root.querySelector(`[name="${attributeValue(locator.name)}"]`);
        break;
      case 'aria':
        element = root.querySelector(`[aria-label="${attributeValue(locator.label)}"]`);
        break;
      case 'column':
        element = byColumn(root, locator.header);
        break;
    }
    if (element) return { element, text: textOf(element) };
  }
  return undefined;
}

/** How many elements a locator matches on a page (profiles are tested against saved pages with the count each must give). */
export function countMatches(root: ParentNode, locator: Locator): number {
  switch (locator.by) {
    case 'css':
      return root.querySelectorAll(locator.selector).length;
    case 'name':
      return root.querySelectorAll(`[name="${attributeValue(locator.name)}"]`).length;
    case 'aria':
      return root.querySelectorAll(`[aria-label="${attributeValue(locator.label)}"]`).length;
    default:
      return locate(root, [locator]) ? 1 : 0;
  }
}
