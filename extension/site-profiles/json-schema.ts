import { z } from 'zod';
import { siteProfileSchema } from './schema.js';

/**
 * The site-profile JSON Schema, generated from the zod schema (the one source) so an administrator's
 * editor validates and completes a profile through its `$schema` key.
 */
export function siteProfileJsonSchema(): Record<string, unknown> {
  return { title: 'Saksvakt site profile', ...z.toJSONSchema(siteProfileSchema, { io: 'input', unrepresentable: 'any' }) };
}
