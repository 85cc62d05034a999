import { candidatePages, extractCase, hasRequiredFields, pageScope, type ExtractedCase } from '../extract/extract-case.js';
import type { PageProfile } from './schema.js';
import { deepQueryAll } from '../extract/locate.js';
import type { FieldName, SiteProfile } from './schema.js';

/** One field of a profile tried on a page: found or not, the element, the text as read, the value as understood. */
export type ProfileCheckField = {
  name: FieldName;
  type: 'date' | 'number' | 'text';
  found: boolean;
  /** A short description of the element (`input#id.class[name=…]`). */
  element?: string;
  text?: string;
  /** `unreadable`: found, but the text is no value of the field's type. */
  status?: 'read' | 'empty' | 'unreadable';
  /** ISO date, number or text. */
  value?: string | number;
};

export type ProfileCheckResult =
  | { status: 'no-page' }
  | { status: 'checked'; pageId: string; kind: 'case' | 'list'; rowCount?: number; fields: ProfileCheckField[]; missing: FieldName[] };

/** What an administrator needs to recognise the element: tag, id, classes, form name. */
export function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  const name = element.getAttribute('name');
  const root = element.getRootNode() as Node;
  const inShadow = root.nodeType === 11 ? ' (shadow DOM)' : '';
  return `${element.localName}${id}${classes}${name ? `[name="${name}"]` : ''}${inShadow}`;
}

/**
 * Tries a site profile on a page with the extension's own reading code: which page kind matches,
 * and per field whether it is found, the element, the text and the value as understood (a list
 * page: its first row). The options page, the panel and `npm run profile:check` all use this.
 */
export function checkProfile(document: Document, profile: SiteProfile): ProfileCheckResult {
  // As the journal overlay chooses: the first page kind that matches and reads its required fields
  // (the generic profile's list kind matches any table, but a case page's table holds no cases).
  let chosen: { page: PageProfile; rows?: Element[]; extracted: ExtractedCase } | undefined;
  for (const page of candidatePages(document, profile)) {
    const rows = page.kind === 'list' && page.rowSelector ? deepQueryAll(document, page.rowSelector).filter((row) => row.querySelector('td, [role="gridcell"], [role="cell"]')) : undefined;
    const extracted = extractCase(rows?.[0] ?? pageScope(document, page), page, profile);
    const reading = { page, ...(rows ? { rows } : {}), extracted };
    chosen ??= reading;
    if (!page.requires || hasRequiredFields(extracted, page)) {
      chosen = reading;
      break;
    }
  }
  if (!chosen) return { status: 'no-page' };
  const { page, rows, extracted } = chosen;
  const fields = (Object.keys(page.fields) as FieldName[]).map((name): ProfileCheckField => {
    const type = page.fields[name]!.type;
    const field = extracted.fields[name];
    if (!field) return { name, type, found: false };
    const status = extracted.unreadable.includes(name) ? 'unreadable' : field.value === undefined ? 'empty' : 'read';
    return { name, type, found: true, element: describeElement(field.element), text: field.text, status, ...(field.value !== undefined ? { value: field.value } : {}) };
  });
  return { status: 'checked', pageId: page.id, kind: page.kind, ...(rows ? { rowCount: rows.length } : {}), fields, missing: extracted.notFound };
}
