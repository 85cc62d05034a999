/** Helpers for the elements' tests in Chromium. */

/** Text with no-break spaces made plain and runs of white space folded. */
export const normalize = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** An element inside a component's shadow root. */
export const shadow = <T extends Element = HTMLElement>(host: Element, selector: string): T => host.shadowRoot!.querySelector<T>(selector)!;

/** Types into an input of a component as a user would (an `input` event), then waits for the update. */
export async function typeInto(host: HTMLElement & { updateComplete: Promise<unknown> }, id: string, value: string): Promise<void> {
  const field = shadow<HTMLInputElement>(host, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await host.updateComplete;
}
