import manifest from '../components/custom-elements.json' with { type: 'json' };
import type { Locale } from '../shared/index.js';
import { API_DESCRIPTIONS } from './api-descriptions.js';
import { codeText } from './code-text.js';
import { translateDemo } from './messages.js';

type Declaration = {
  tagName?: string;
  summary?: string;
  customElement?: boolean;
  members?: { kind: string; name: string; privacy?: string; static?: boolean; description?: string; type?: { text: string } }[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
};

/** A table cell: code (a name, an attribute, a type) or prose with `code` spans. */
type Cell = { code: string } | { text: string };

export function elementDeclarations(): Declaration[] {
  return (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
}

/** Every description the reference shows (summaries included), in English as the manifest has it. */
export function apiDescriptions(): string[] {
  return elementDeclarations().flatMap((declaration) => [
    declaration.summary ?? '',
    ...(declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static).map((member) => member.description ?? ''),
    ...[...(declaration.events ?? []), ...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])].map((entry) => entry.description ?? ''),
  ]).filter(Boolean);
}

/** A manifest description in the reader's language (English is the manifest's own). */
export function describe(text: string, locale: Locale): string {
  if (locale === 'en' || !text) return text;
  return API_DESCRIPTIONS[text]?.[locale] ?? text;
}

function fill(cell: HTMLTableCellElement, content: Cell) {
  if ('code' in content) {
    if (content.code === '') return void (cell.textContent = '–');
    const code = document.createElement('code');
    code.textContent = content.code;
    cell.append(code);
  } else cell.append(...codeText(content.text));
}

function table(caption: string, head: string[], rows: Cell[][]): HTMLTableElement {
  const element = document.createElement('table');
  element.className = 'api';
  element.createCaption().textContent = caption;
  const headRow = element.createTHead().insertRow();
  for (const text of head) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = text;
    headRow.append(cell);
  }
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((content, index) => {
      const cell = index === 0 ? document.createElement('th') : document.createElement('td');
      if (index === 0) (cell as HTMLTableCellElement).scope = 'row';
      fill(cell, content);
      tr.append(cell);
    });
  }
  return element;
}

/**
 * API tables for each element, generated from the Custom Elements Manifest (never written by
 * hand), headings and descriptions in the reader's language, code shown as code.
 */
export function renderApiReference(container: HTMLElement, locale: () => Locale): void {
  const build = () => {
    const lang = locale();
    const t = translateDemo.bind(lang);
    const say = (text: string | undefined): Cell => ({ text: describe(text ?? '', lang) });
    container.replaceChildren(
      ...elementDeclarations().map((declaration) => {
        const section = document.createElement('section');
        const heading = document.createElement('h3');
        const tag = document.createElement('code');
        tag.textContent = `<${declaration.tagName}>`;
        heading.append(tag);
        const summary = document.createElement('p');
        summary.append(...codeText(describe(declaration.summary ?? '', lang)));
        const attributes = new Map((declaration.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
        const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);
        section.append(
          heading,
          summary,
          table(t('apiProperties'), [t('apiProperty'), t('apiAttribute'), t('apiType'), t('apiDescription')], fields.map((field) => [{ code: field.name }, { code: attributes.get(field.name) ?? '' }, { code: field.type?.text ?? '' }, say(field.description)])),
          table(t('apiEvents'), [t('apiEvent'), t('apiDescription')], (declaration.events ?? []).map((event) => [{ code: event.name }, say(event.description)])),
          table(t('apiParts'), [t('apiPart'), t('apiDescription')], (declaration.cssParts ?? []).map((part) => [{ code: part.name }, say(part.description)])),
          table(t('apiCssProperties'), [t('apiProperty'), t('apiDescription')], (declaration.cssProperties ?? []).map((property) => [{ code: property.name }, say(property.description)])),
        );
        return section;
      }),
    );
  };
  build();
  document.addEventListener('saksvakt-demo-language', build);
}
