import { z } from 'zod';
import { rulePackSchema } from './schema.js';

/**
 * The rule-pack JSON Schema, generated from the zod schema (the one source) so editors can
 * validate and complete a pack through its `$schema` key. `io: 'input'` describes what a pack file
 * may contain (defaults optional); refinements zod cannot express stay checks of `parseRulePack`.
 */
export function rulePackJsonSchema(): Record<string, unknown> {
  return { title: 'Saksvakt rule pack', ...z.toJSONSchema(rulePackSchema, { io: 'input', unrepresentable: 'any' }) };
}
