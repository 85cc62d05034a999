import { FIELD_NAMES, type FieldName } from '../site-profiles/schema.js';
import type { PickRequest } from '../overlay/case-panel.js';

/** The panel asks the journal tab to close it. */
export type ClosePanelRequest = { type: 'saksvakt:close-panel' };

/** Everything the panel may ask of the content script that opened it. */
export type PanelRequest = PickRequest | ClosePanelRequest;

const isField = (value: unknown): value is FieldName => typeof value === 'string' && (FIELD_NAMES as readonly string[]).includes(value);

/**
 * The content script's gate for what arrives from the panel. A plain guard, not zod: journal
 * pages load no validator. Anything else (other keys, other types, a field the profiles do not
 * know) is dropped.
 */
export function asPanelRequest(value: unknown): PanelRequest | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const message = value as Record<string, unknown>;
  if (message.type === 'saksvakt:close-panel' && keys.length === 1) return { type: 'saksvakt:close-panel' };
  if (message.type === 'saksvakt:start-picker' && keys.length === 2 && isField(message.field)) return { type: 'saksvakt:start-picker', field: message.field };
  return undefined;
}
