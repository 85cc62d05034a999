import { normalizeLabel } from '../extract/locate.js';
import type { FieldName } from '../site-profiles/field-names.js';
import type { Locator, PageProfile, SiteProfile } from '../site-profiles/schema.js';

/**
 * What the journal loader learns about a page in one walk, to decide without the checks whether
 * any profile could read a case here: the label texts of the profiles that the page shows (as
 * text of its own, not as a column header), the column headers it has, and its open shadow roots.
 */
export type PageFacts = { labels: Set<string>; headers: Set<string>; roots: (Document | ShadowRoot)[] };

const OURS = /^saksvakt-/;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const HEADER_CELLS = 'thead th, thead td, [role="columnheader"]';
/** Elements whose `aria-label` names a field for the readers (the same exclusions as `locate`). */
const NOT_A_FIELD = '[role="grid"], [role="table"], table, section, form, nav';
/** Fields that identify a case but give a check nothing to compute (as `IDENTITY_FIELDS` in extract-case). */
const IDENTITY: readonly FieldName[] = ['caseNumber', 'service', 'targetGroup', 'country'];

const isHeaderCell = (element: Element) => element.matches(HEADER_CELLS);

/** Every label text the profiles look for, as `normalizeLabel` makes it. */
export function labelWords(profiles: readonly SiteProfile[]): Set<string> {
  const words = new Set<string>();
  for (const profile of profiles) {
    for (const page of profile.pages) {
      for (const spec of Object.values(page.fields)) {
        for (const locator of spec?.locators ?? []) if (locator.by === 'label') for (const text of locator.text) words.add(normalizeLabel(text));
      }
    }
  }
  words.delete('');
  return words;
}

/** Column headers and `aria-label`s of one root: a few elements, found by the browser's own selector engine. */
function addAttributeFacts(facts: PageFacts, root: Document | ShadowRoot, wanted: ReadonlySet<string>): void {
  for (const cell of root.querySelectorAll(HEADER_CELLS)) facts.headers.add(normalizeLabel(cell.textContent ?? ''));
  for (const element of root.querySelectorAll('[aria-label]')) {
    const label = normalizeLabel(element.getAttribute('aria-label') ?? '');
    if (wanted.has(label) && !element.matches(NOT_A_FIELD)) facts.labels.add(label);
  }
}

/**
 * What the page shows without walking it: its column headers and `aria-label`s in the light DOM.
 * Enough for a site profile that knows the page by a selector (most do), so the walk is skipped.
 */
export function quickPageFacts(document: Document, wanted: ReadonlySet<string>): PageFacts {
  const facts: PageFacts = { labels: new Set(), headers: new Set(), roots: [document] };
  addAttributeFacts(facts, document, wanted);
  return facts;
}

/** Text with nothing `normalizeLabel` would change but its case (no colon, mark, note, odd spacing). */
const PLAIN = /^[^\s*:()\u200b\u00ad](?:[^\s*:()\u200b\u00ad]| (?! ))*$/;

/** Every beginning (two characters or more, short of the whole) of the label texts looked for. */
function beginningsOf(wanted: ReadonlySet<string>): Set<string> {
  const beginnings = new Set<string>();
  for (const word of wanted) for (let length = 2; length < word.length; length += 1) beginnings.add(word.slice(0, length));
  return beginnings;
}

/** How many elements up a label split over elements (`<b>Start</b>dato`) may be whole. */
const SPLIT_LABEL_DEPTH = 3;

/**
 * Walks the page's text once (open shadow roots included), yielding every few hundred nodes so
 * the caller can do it in idle slices. A label counts when a text node of its own reads as the
 * label (as the readers compare it), or, for a label split over elements as the readers also
 * accept it (`<label><b>Start</b>dato</label>`), when a text node begins a label and an element
 * just above it reads as the whole label.
 */
export function* collectPageFacts(document: Document, wanted: ReadonlySet<string>, sliceSize = 400): Generator<void, PageFacts> {
  const facts: PageFacts = { labels: new Set(), headers: new Set(), roots: [document] };
  const prefixes = new Set([...wanted].map((word) => word.slice(0, 2)));
  const beginnings = beginningsOf(wanted);
  const lengths = [...wanted].map((word) => word.length);
  // Room for what normalisation removes: spacing, a colon, a required mark, "(påkrevd)".
  const longest = Math.max(0, ...lengths) + 40;
  for (let index = 0; index < facts.roots.length; index += 1) {
    const root = facts.roots[index]!;
    addAttributeFacts(facts, root, wanted);
    const walker = document.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((count += 1) % sliceSize === 0) yield;
      if (node.nodeType === 1) {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !OURS.test((node as Element).localName)) facts.roots.push(shadow);
        continue;
      }
      const data = (node as Text).data;
      if (data.length < 2 || data.length > longest) continue;
      const text = data.trim();
      if (text.length < 2) continue;
      const start = text[0] === '*' ? text.replace(/^[\s*]+/, '') : text;
      if (!prefixes.has(start.slice(0, 2).toLowerCase())) continue;
      const label = PLAIN.test(text) ? text.toLowerCase().normalize('NFC') : normalizeLabel(text);
      if (wanted.has(label)) {
        const parent = node.parentElement;
        if (parent && (isHeaderCell(parent) || OURS.test(parent.localName))) continue;
        facts.labels.add(label);
      } else if (beginnings.has(label)) {
        const whole = splitLabelAbove(node as Text, wanted, longest);
        if (whole) facts.labels.add(whole);
      }
    }
  }
  return facts;
}

/** The label an element just above a label's first piece reads as, if it reads as a whole label (not a column header, not ours). */
function splitLabelAbove(piece: Text, wanted: ReadonlySet<string>, longest: number): string | undefined {
  let element = piece.parentElement;
  for (let depth = 0; element && depth < SPLIT_LABEL_DEPTH; depth += 1, element = element.parentElement) {
    if (isHeaderCell(element) || OURS.test(element.localName)) return undefined;
    const text = element.textContent ?? '';
    if (text.length > longest) return undefined;
    const label = normalizeLabel(text);
    if (wanted.has(label)) return label;
  }
  return undefined;
}

/** The facts of a page at once (tests; the loader walks in slices). */
export function pageFacts(document: Document, profiles: readonly SiteProfile[]): PageFacts {
  const walk = collectPageFacts(document, labelWords(profiles));
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

const first = (facts: PageFacts, selector: string): Element | undefined => {
  try {
    for (const root of facts.roots) {
      const found = root.querySelector(selector);
      if (found) return found;
    }
  } catch {
    // A profile's selector this browser does not understand matches nothing (as in the readers).
  }
  return undefined;
};

const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');

function locatorMightMatch(facts: PageFacts, locator: Locator): boolean {
  switch (locator.by) {
    case 'label':
      return locator.text.some((text) => facts.labels.has(normalizeLabel(text)));
    case 'column':
      return locator.header.some((header) => facts.headers.has(normalizeLabel(header)));
    case 'css':
      return first(facts, locator.selector) !== undefined;
    case 'name':
      return first(facts, `[name="${quoted(locator.name)}"]`) !== undefined;
    case 'aria':
      return first(facts, `[aria-label="${quoted(locator.label)}"]`) !== undefined;
  }
}

const fieldMightBeThere = (facts: PageFacts, page: PageProfile, name: FieldName) => page.fields[name]?.locators.some((locator) => locatorMightMatch(facts, locator)) ?? false;

/**
 * Whether a page kind of a profile could be what the page shows: its detection matches, every
 * field it requires could be found, and a list has rows and a column to check. This is necessary
 * for the checks to recognise the page (never stricter than they are), and cheap.
 */
export function pageKindMightMatch(facts: PageFacts, page: PageProfile): boolean {
  const detected = first(facts, page.detect.selector);
  if (!detected) return false;
  if (page.detect.textIncludes) {
    const text = detected.textContent ?? '';
    if (!page.detect.textIncludes.some((needle) => text.includes(needle))) return false;
  }
  if (page.requires && !page.requires.every((name) => fieldMightBeThere(facts, page, name))) return false;
  if (page.kind === 'list') {
    if (!page.rowSelector || !first(facts, page.rowSelector)) return !page.requires;
    return (Object.keys(page.fields) as FieldName[]).some((name) => !IDENTITY.includes(name) && fieldMightBeThere(facts, page, name));
  }
  return true;
}

/** True when some profile for this page could recognise a case in it. */
export function mightBeOurs(facts: PageFacts, profiles: readonly SiteProfile[]): boolean {
  return profiles.some((profile) => profile.pages.some((page) => pageKindMightMatch(facts, page)));
}
