/**
 * Every funding scheme's formulas, present up front: imported by `shared/index.ts` (the demo, the
 * extension, the CLI and the tests use it), so `computeFunding` needs no `loadFundingSchemes`.
 * The package entries leave it out and load a scheme with the first pack that has it.
 */
import { provideFundingScheme } from './schemes.js';
import { computeSel85 } from './sel85.js';
import { computeSel97 } from './sel97.js';
import { computeSel109 } from './sel109.js';
import { computeVekstbedrift } from './vekstbedrift.js';

provideFundingScheme('vekstbedrift', computeVekstbedrift);
provideFundingScheme('sel85', computeSel85);
provideFundingScheme('sel97', computeSel97);
provideFundingScheme('sel109', computeSel109);
