import { cadence } from './cadence.js';
import { fields } from './fields.js';
import { funding } from './funding.js';
import { input } from './input.js';
import { limits } from './limits.js';
import { tiers } from './tiers.js';

/** The engines' texts in this language, the validator's apart (`./validation.ts`, loaded with the validator). */
export default { cadence, fields, funding, input, limits, tiers };
