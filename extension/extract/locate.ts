import type { Locator } from '../site-profiles/schema.js';

/** Where a field's value was found: the element holding it and its text as shown or typed. */
export type Located = { element: Element; text: string };

const CONTROL = 'input, select, textarea';
/** Our own elements on the page (badges, buttons, panel): never read, never descended into. */
const OURS = /^saksvakt-/;

/** Quotes a value for an attribute selector (CSS.escape is missing outside browsers). */
const attributeValue = (value: string) => value.replace(/["\\]/g, '\\$&');

/**
 * Every match of a selector under `root`, including inside open shadow roots (web-component
 * journals render their fields there). Closed shadow roots are out of reach by design.
 */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot && !OURS.test(host.localName)) found.push(...deepQueryAll(host.shadowRoot, selector));
  }
  return found;
}

/** The first match of a selector, looking into open shadow roots when the light DOM has none. */
export function deepQuery(root: ParentNode, selector: string): Element | undefined {
  return root.querySelector(selector) ?? deepQueryAll(root, selector)[0];
}

/** Every open shadow root under `root` (to observe them for changes). */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot && !OURS.test(host.localName)) roots.push(host.shadowRoot, ...openShadowRoots(host.shadowRoot));
  }
  return roots;
}

export function textOf(element: Element): string {
  if (element.matches('input, textarea')) return (element as HTMLInputElement).value ?? element.getAttribute('value') ?? '';
  if (element.matches('select')) {
    const select = element as HTMLSelectElement;
    const option = select.selectedOptions?.[0] ?? select.querySelector('option[selected]') ?? select.querySelector('option');
    return option?.textContent ?? '';
  }
  // Text only: a badge of ours inside a cell is not part of the journal's value.
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !OURS.test((node as Element).localName)) text += textOf(node as Element);
  }
  return text;
}

/** The value element for a cell or description: the form control inside it, else itself. */
function valueElement(container: Element): Element {
  return container.querySelector(CONTROL) ?? container;
}

/**
 * Label text compared forgivingly: case, spacing, a trailing colon, a required-mark `*` and
 * "(required)" notes do not matter.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/\((?:påkravd|påkrevd|obligatorisk|skal udfyldes|required)\)/g, '')
    .replace(/^[\s*]+/, '')
    .replace(/[\s:*]+$/, '')
    .trim();
}

const byId = (near: Element, id: string): Element | null => {
  const root = near.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? root.querySelector?.(`[id="${attributeValue(id)}"]`) ?? null;
};

/** The value a label element stands for, by the ways journals tie them. */
function valueForLabel(label: Element): Located | undefined {
  const root = label.getRootNode() as ParentNode;
  if (label.matches('label')) {
    const target = label.getAttribute('for');
    const control = target ? byId(label, target) : label.querySelector(CONTROL);
    if (control) return found(control);
  }
  const id = label.getAttribute('id');
  if (id) {
    const labelled = root.querySelector(`[aria-labelledby~="${attributeValue(id)}"]`);
    if (labelled) return found(valueElement(labelled));
  }
  const described = label.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean)[0];
  if (described) {
    const target = byId(label, described);
    if (target) return found(valueElement(target));
  }
  if (label.matches('dt')) {
    let next = label.nextElementSibling;
    while (next && !next.matches('dd')) next = next.nextElementSibling;
    if (next) return found(valueElement(next));
  }
  const next = label.nextElementSibling;
  if (next && !OURS.test(next.localName)) return found(valueElement(next));
  // Read-only text right after the label: `<b>Frå dato:</b> 01.03.2023`.
  const text = label.nextSibling?.nodeType === 3 ? label.nextSibling.textContent?.trim() : undefined;
  if (text) return { element: label, text };
  // A label alone in its wrapper: the value is in the wrapper's next sibling (`<div><span>Label</span></div><div>value</div>`).
  const parent = label.parentElement;
  if (parent && parent.children.length === 1 && parent.nextElementSibling) return found(valueElement(parent.nextElementSibling));
  return undefined;
}

const found = (element: Element): Located => ({ element, text: textOf(element) });

const LABEL_CANDIDATES = 'label, dt, th, td, span, div, b, strong, p, [role="rowheader"]';

/**
 * What one synchronous reading of a page finds again and again (every field of a profile looks at
 * the same label candidates; every row of a list at the same column headers), kept until the next
 * microtask, before the page can change. Without it a list's reading scans its whole table once per
 * row and field: quadratic in the rows, seconds on a page of a few thousand.
 */
const readingCache = new Map<ParentNode, Map<string, Element[]>>();
/** Each candidate's label text as compared, for the same reading (one normalisation per element, not per field). */
const normalizedText = new Map<Element, string>();
function normalizedLabelOf(element: Element): string {
  let text = normalizedText.get(element);
  if (text === undefined) {
    text = normalizeLabel(element.textContent ?? '');
    normalizedText.set(element, text);
  }
  return text;
}
function cachedForReading(root: ParentNode, key: string, find: () => Element[]): Element[] {
  let byRoot = readingCache.get(root);
  if (!byRoot) {
    if (readingCache.size === 0)
      queueMicrotask(() => {
        readingCache.clear();
        normalizedText.clear();
      });
    byRoot = new Map();
    readingCache.set(root, byRoot);
  }
  let found = byRoot.get(key);
  if (!found) {
    found = find();
    byRoot.set(key, found);
  }
  return found;
}
const cachedQueryAll = (root: ParentNode, selector: string) => cachedForReading(root, selector, () => deepQueryAll(root, selector));

/**
 * Finds the value for a label: a `<label for>`'s control, an element `aria-labelledby` the label,
 * a `<dt>`'s `<dd>`, a table cell's next cell, read-only text beside it, or a control whose
 * `aria-label` is the label. Only the label's own text counts, so generated ids and classes do not matter.
 */
function byLabel(root: ParentNode, texts: string[]): Located | undefined {
  const wanted = new Set(texts.map(normalizeLabel));
  for (const candidate of cachedQueryAll(root, LABEL_CANDIDATES)) {
    const text = normalizedLabelOf(candidate);
    if (!wanted.has(text) || candidate.matches('[role="columnheader"], thead th, thead td')) continue;
    // A column header names a column, not the value beside it. The innermost element holding the
    // label text is the label (a wrapper with the same text is not).
    if ([...candidate.children].some((child) => child.matches(LABEL_CANDIDATES) && normalizedLabelOf(child) === text)) continue;
    const value = valueForLabel(candidate);
    if (value) return value;
  }
  for (const element of cachedQueryAll(root, '[aria-label]')) {
    if (wanted.has(normalizeLabel(element.getAttribute('aria-label') ?? '')) && !element.matches('[role="grid"], [role="table"], table, section, form, nav')) return found(valueElement(element));
  }
  return undefined;
}

/** Key of a table's or grid's header cells in the reading cache (no selector, so it is never one of cachedQueryAll's). */
const HEADER_CELLS = '\0header cells';

const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** A row's own cells (not those of a table nested in a cell). */
const cellsOf = (row: Element) => [...row.children].filter((child) => child.matches(CELL));

/**
 * The cell of a row under the column whose header matches: in a `<table>` by position, in an ARIA
 * grid by `aria-colindex` when the grid gives it (virtual grids render only some columns), else by position.
 */
function byColumn(row: ParentNode, headers: string[]): Element | undefined {
  const rowElement = row as Element;
  const container = rowElement.closest?.('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!container) {
    // A case page read as a whole: the first data row of the first table or grid with that column.
    for (const table of deepQueryAll(row, 'table, [role="grid"], [role="table"], [role="treegrid"]')) {
      const first = [...table.querySelectorAll('tbody > tr, [role="row"]')].find((entry) => entry.querySelector('td, [role="gridcell"], [role="cell"]'));
      const cell = first && byColumn(first, headers);
      if (cell) return cell;
    }
    return undefined;
  }
  const wanted = new Set(headers.map(normalizeLabel));
  // The same header cells for every row and field of a reading: found once per table, not per row.
  const headerCells = cachedForReading(container, HEADER_CELLS, () =>
    container.matches('table') ? [...container.querySelectorAll('thead th, thead td')] : [...container.querySelectorAll('[role="columnheader"]')],
  );
  const header = headerCells.find((cell) => wanted.has(normalizedLabelOf(cell)));
  if (!header) return undefined;
  const colIndex = header.getAttribute('aria-colindex');
  const cells = cellsOf(rowElement);
  const cell = colIndex ? cells.find((entry) => entry.getAttribute('aria-colindex') === colIndex) : cells[headerCells.indexOf(header)];
  return cell ? valueElement(cell) : undefined;
}

/** Tries the locators in order and returns the first match. */
export function locate(root: ParentNode, locators: readonly Locator[]): Located | undefined {
  for (const locator of locators) {
    let element: Element | undefined | null;
    switch (locator.by) {
      case 'label': {
        const value = byLabel(root, locator.text);
        if (value) return value;
        break;
      }
      case 'css':
        element = deepQuery(root, locator.selector);
        if (element) element = valueElement(element);
        break;
      case 'name':
        element = deepQuery(root, `[name="${attributeValue(locator.name)}"]`);
        break;
      case 'aria':
        element = deepQuery(root, `[aria-label="${attributeValue(locator.label)}"]`);
        break;
      case 'column':
        element = byColumn(root, locator.header);
        break;
    }
    if (element) return found(element);
  }
  return undefined;
}

/** How many elements a locator matches on a page (profiles are tested against saved pages with the count each must give). */
export function countMatches(root: ParentNode, locator: Locator): number {
  switch (locator.by) {
    case 'css':
      return deepQueryAll(root, locator.selector).length;
    case 'name':
      return deepQueryAll(root, `[name="${attributeValue(locator.name)}"]`).length;
    case 'aria':
      return deepQueryAll(root, `[aria-label="${attributeValue(locator.label)}"]`).length;
    default:
      return locate(root, [locator]) ? 1 : 0;
  }
}
