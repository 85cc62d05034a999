/**
 * Registers a custom element unless one is already registered under the name, so a vendor page
 * that loads our bundle twice (or next to the extension's copy) keeps working.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements === null) return;
  if (!customElements.get(name)) customElements.define(name, constructor);
}
