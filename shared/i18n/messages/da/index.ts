import { cadence } from './cadence.js';
import { fields } from './fields.js';
import { funding } from './funding.js';
import { input } from './input.js';
import { limits } from './limits.js';
import { tiers } from './tiers.js';
import { validation } from './validation.js';
import type english from '../en/index.js';

/** The engines' messages in one language, loaded on demand (`loadLocale('da')`). */
export default { cadence, fields, funding, input, limits, tiers, validation } satisfies typeof english;
