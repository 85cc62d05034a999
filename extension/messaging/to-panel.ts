import { z } from 'zod';
import { LOCALES } from '../../shared/index.js';
import { FIELD_NAMES, locatorSchema } from '../site-profiles/schema.js';
import type { PanelMessage, PickAnswer } from './panel-messages.js';
import { LOCATOR_REASONS } from '../picker/suggest-locators.js';

/**
 * The panel's gate for what arrives from the journal tab's content script: the case to show and
 * the answer of a pick. Only our own content script can write to the port, so this is a second
 * line: a message of any other shape is dropped, never half shown.
 */
const fieldName = z.enum(FIELD_NAMES);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const badgeSchema = z.looseObject({ tone: z.enum(['alert', 'warn', 'ok', 'info']), text: z.string(), anchor: fieldName, fields: z.array(fieldName) });
const caseChecksSchema = z.looseObject({
  packId: z.string(),
  serviceId: z.string().optional(),
  badges: z.array(badgeSchema),
  // The inputs the full components get; the components validate their own properties.
  caseInput: z.looseObject({ service: z.string() }).optional(),
  notFound: z.array(fieldName),
  unreadable: z.array(fieldName),
});

const panelMessageSchema = z.strictObject({
  type: z.literal('saksvakt:case'),
  lang: z.enum(LOCALES),
  today: isoDate.optional(),
  status: z.enum(['checked', 'no-profile']),
  origin: z.url(),
  profileId: z.string().optional(),
  pageId: z.string().optional(),
  cases: z.array(caseChecksSchema),
  notFound: z.array(fieldName),
  unreadable: z.array(fieldName),
  fields: z
    .array(z.strictObject({ name: fieldName, word: z.string(), status: z.enum(['read', 'empty', 'unreadable', 'not-found']), text: z.string().optional(), understood: z.string().optional(), element: z.string().optional() }))
    .optional(),
  list: z.strictObject({ checked: z.number().int().nonnegative(), total: z.number().int().nonnegative().optional(), capped: z.literal(true).optional() }).optional(),
});

const readingSchema = z.strictObject({ text: z.string(), status: z.enum(['read', 'empty', 'unreadable']), value: z.union([z.string(), z.number()]).optional() });
const suggestionSchema = z.strictObject({
  locator: locatorSchema,
  reason: z.enum(LOCATOR_REASONS),
  personal: z.enum(['national-id', 'case-number', 'name']).optional(),
  reading: readingSchema,
});
const pickAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('saksvakt:picked'), field: fieldName, suggestions: z.array(suggestionSchema).min(1), reading: readingSchema }),
  z.strictObject({ type: z.literal('saksvakt:pick-cancelled'), field: fieldName }),
]);

export type JournalMessage = PanelMessage | PickAnswer;

export function asJournalMessage(value: unknown): JournalMessage | undefined {
  const message = panelMessageSchema.safeParse(value);
  if (message.success) return message.data as PanelMessage;
  const answer = pickAnswerSchema.safeParse(value);
  return answer.success ? (answer.data as PickAnswer) : undefined;
}
