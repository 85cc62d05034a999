import { cadence } from './cadence.js';
import { fields } from './fields.js';
import { funding } from './funding.js';
import { input } from './input.js';
import { limits } from './limits.js';
import { tiers } from './tiers.js';
import { validation } from './validation.js';

/** The engines' messages in English: the catalogue that defines every key and its parameters. */
export default { cadence, fields, funding, input, limits, tiers, validation };
