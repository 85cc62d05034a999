import type { Locator } from '../site-profiles/schema.js';

const GENERATED = /\d{3,}|^(ctl\d+|ember\d+|react-|css-|sc-|jss)/i;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Locators for an element the caseworker picked, most robust first: the label text beside it,
 * its form name, its ARIA label, then a CSS selector from stable attributes. Generated ids and
 * class names are never used.
 */
export function suggestLocators(picked: Element): Locator[] {
  const element = picked.closest('input, select, textarea') ?? picked;
  const locators: Locator[] = [];
  const labelText = labelFor(element);
  if (labelText) locators.push({ by: 'label', text: [labelText] });
  const name = element.getAttribute('name');
  if (name) locators.push({ by: 'name', name });
  const aria = element.getAttribute('aria-label');
  if (aria) locators.push({ by: 'aria', label: aria });
  const stable = [...element.attributes].find((attribute) => /^data-(field|testid|test|qa)$/.test(attribute.name));
  if (stable) locators.push({ by: 'css', selector: `[${stable.name}="${stable.value.replace(/"/g, '\\"')}"]` });
  else if (element.id && !GENERATED.test(element.id)) locators.push({ by: 'css', selector: `#${element.id}` });
  return locators;
}

/** The text that labels an element: its <label>, the element it is `aria-labelledby`, the <dt> before its <dd>, or the cell before its cell. */
function labelFor(element: Element): string | undefined {
  const root = element.getRootNode() as Document | ShadowRoot;
  const id = element.getAttribute('id');
  if (id) {
    const label = root.querySelector(`label[for="${id.replace(/"/g, '\\"')}"]`);
    if (text(label)) return text(label);
  }
  const labelledBy = element.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  if (labelledBy) {
    const label = root.querySelector(`[id="${labelledBy.replace(/"/g, '\\"')}"]`);
    if (text(label)) return text(label);
  }
  const wrappingLabel = element.closest('label');
  if (wrappingLabel && text(wrappingLabel)) return text(wrappingLabel);
  const holder = element.closest('dd, td') ?? element;
  const previous = holder.previousElementSibling;
  // A label cell may hold a required mark (`Frå dato: <span>*</span>`), but no control of its own.
  if (previous && !previous.querySelector('input, select, textarea') && text(previous)) return text(previous);
  return undefined;
}
