import manifest from '../components/custom-elements.json' with { type: 'json' };

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

function table(caption: string, head: string[], rows: string[][]): HTMLTableElement {
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
    row.forEach((text, index) => {
      const cell = index === 0 ? document.createElement('th') : document.createElement('td');
      if (index === 0) (cell as HTMLTableCellElement).scope = 'row';
      cell.textContent = text;
      tr.append(cell);
    });
  }
  return element;
}

/** API tables for each element, generated from the Custom Elements Manifest (never written by hand). */
export function renderApiReference(container: HTMLElement): void {
  const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
  for (const declaration of declarations) {
    const section = document.createElement('section');
    const heading = document.createElement('h3');
    heading.textContent = `<${declaration.tagName}>`;
    const summary = document.createElement('p');
    summary.textContent = declaration.summary ?? '';
    const attributes = new Map((declaration.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
    const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);
    section.append(
      heading,
      summary,
      table('Properties and attributes', ['Property', 'Attribute', 'Type', 'Description'], fields.map((field) => [field.name, attributes.get(field.name) ?? '–', field.type?.text ?? '', field.description ?? ''])),
      table('Events', ['Event', 'Description'], (declaration.events ?? []).map((event) => [event.name, event.description ?? ''])),
      table('CSS parts', ['Part', 'Description'], (declaration.cssParts ?? []).map((part) => [part.name, part.description ?? ''])),
      table('CSS custom properties', ['Property', 'Description'], (declaration.cssProperties ?? []).map((property) => [property.name, property.description ?? ''])),
    );
    container.append(section);
  }
}
